import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** People and their memberships. */
export const USER_ERRORS = {
  MEMBERSHIP_DUPLICATE: {
    status: 409,
    description: 'The request gives the same membership twice.',
  },
  INVITATION_ANSWERED: {
    status: 409,
    description: 'The invitation has already been accepted or declined.',
  },
  LAST_PARTNERSHIP_ADMIN: {
    status: 409,
    description:
      'The change would leave a partnership with no partnership admin who can sign in: make someone else its admin first.',
    details: '{ partnershipIds: string[] }',
  },
  SELF_LOCKOUT: {
    status: 409,
    description:
      'Nobody can deactivate their own account, nor remove or change their own admin role: ask another admin.',
  },
  AGENCY_LEAD_NEEDS_ADMIN: {
    status: 403,
    description: 'Only a partnership or platform admin can add an agency lead.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const UserErrorCode = codesOf(USER_ERRORS);

export const USER_PROBLEMS = {
  roleNotForMembership: {
    description:
      'A role is changed within its kind: partnership admin and board member over a partnership, agency lead and contributor in an organisation.',
    params: '{ roles: string[] }',
  },
  organisationNotForRole: {
    description: 'This role is held over the partnership: leave out organisationId.',
    params: '{ role: string }',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const UserProblemCode = codesOf(USER_PROBLEMS);
