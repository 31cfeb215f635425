import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Sign-in, sessions and the access gate. */
export const AUTH_ERRORS = {
  NOT_SIGNED_IN: {
    status: 401,
    description: 'No session, or the session has ended: sign in again.',
  },
  CREDENTIALS_INVALID: { status: 401, description: 'The email or password is not right.' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    description:
      'A state-changing request without the X-CSRF-Token header matching the pies_csrf cookie and the session.',
  },
  ROLE_REQUIRED: {
    status: 403,
    description: 'The caller holds none of the roles the route needs over this resource.',
  },
  AUDIT_NOT_SUBMITTED_YET: {
    status: 403,
    description: 'The board sees an audit once the agency submits it.',
  },
  ACCESS_RULE_MISSING: {
    status: 403,
    description: 'The route declares no access rule, so nobody may call it (a server defect).',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    description:
      'The password this session signed in with is shorter than the policy asks: change it (POST /api/auth/password) before anything else.',
  },
  ACCOUNT_LINK_INVALID: {
    status: 404,
    description:
      'The invitation or password reset link does not work: it is not one, has expired, has been used, or a newer one has been sent (one answer for all).',
  },
  RATE_LIMITED: {
    status: 429,
    description: 'Too many requests: wait Retry-After seconds.',
  },
  SIGN_IN_THROTTLED: {
    status: 429,
    description:
      'Too many failed sign-in attempts, password reset requests or link uses (auth/README.md): wait Retry-After seconds; each further failure doubles it, up to 15 minutes.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const AuthErrorCode = codesOf(AUTH_ERRORS);

/** A password being set (a new account's, or a change): the policy (auth/password-policy.ts). */
export const AUTH_PROBLEMS = {
  passwordTooShort: {
    description: 'The password is shorter than the minimum number of characters.',
    params: '{ min: number }',
  },
  passwordTooCommon: {
    description:
      'The password is on the list of commonly used passwords (alone, or with digits or symbols added before or after).',
  },
  passwordHasAppWords: {
    description: "The password contains the product's name or a partnership's name.",
  },
  currentPasswordWrong: { description: 'The current password is not right.' },
} as const satisfies Record<string, ProblemDeclaration>;

export const AuthProblemCode = codesOf(AUTH_PROBLEMS);
