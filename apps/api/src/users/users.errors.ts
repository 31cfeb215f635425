import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** People and their memberships. */
export const USER_ERRORS = {
  USER_EXISTS_PASSWORD_GIVEN: {
    status: 409,
    description:
      'A user with this email exists: leave out the password to add roles to their account.',
    details:
      '[{ field: "password", problems: [{ code: "passwordNotForExistingUser", params, message }] }]',
  },
  USER_CREATED_CONCURRENTLY: {
    status: 409,
    description: 'A user with this email was created at the same time: try again.',
  },
  MEMBERSHIP_DUPLICATE: {
    status: 409,
    description: 'The request gives the same membership twice.',
  },
  AGENCY_LEAD_NEEDS_ADMIN: {
    status: 403,
    description: 'Only a partnership or platform admin can add an agency lead.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const UserErrorCode = codesOf(USER_ERRORS);

export const USER_PROBLEMS = {
  passwordRequiredForNewUser: {
    description: 'There is no account with this email yet: give an initial password.',
  },
  passwordNotForExistingUser: {
    description: 'The email has an account, whose password others do not change: leave it out.',
  },
  organisationNotForRole: {
    description: 'This role is held over the partnership: leave out organisationId.',
    params: '{ role: string }',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const UserProblemCode = codesOf(USER_PROBLEMS);
