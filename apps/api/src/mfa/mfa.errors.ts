import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** The second factor: TOTP codes, recovery codes, enrolment and the partnership's policy. */
export const MFA_ERRORS = {
  MFA_STEP_INVALID: {
    status: 401,
    description:
      'No sign-in is waiting for its second step here (no pies_mfa cookie, or it has expired or been used, or this step does not match it): sign in again with your password.',
  },
  MFA_CODE_INVALID: {
    status: 401,
    description:
      'The code is not right, has been used already (a code works once), or the recovery code is unknown or used.',
  },
  MFA_NOT_ENROLLED: {
    status: 409,
    description: 'The account has no authenticator set up.',
  },
  MFA_ALREADY_ENROLLED: {
    status: 409,
    description: 'The account has an authenticator already: turn it off first to set up another.',
  },
  MFA_REQUIRED_BY_PARTNERSHIP: {
    status: 409,
    description:
      'A partnership you hold a board or admin role in requires a second factor: it cannot be turned off.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const MfaErrorCode = codesOf(MFA_ERRORS);

export const MFA_PROBLEMS = {
  mfaCodeWrong: {
    description: 'The code from the authenticator app is not right, or has been used already.',
  },
  mfaNotStarted: {
    description: 'No set-up is in progress: start it again (POST /api/account/mfa).',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const MfaProblemCode = codesOf(MFA_PROBLEMS);
