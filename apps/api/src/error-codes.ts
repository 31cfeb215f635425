import { ACTION_ERRORS, ACTION_PROBLEMS } from './actions/actions.errors';
import { AUDIT_ERRORS, AUDIT_PROBLEMS } from './audits/audits.errors';
import { AUTH_ERRORS, AUTH_PROBLEMS } from './auth/auth.errors';
import { CHALLENGE_ERRORS } from './challenges/challenges.errors';
import { COMMON_ERRORS, COMMON_PROBLEMS } from './common/errors/common.errors';
import type { ErrorDeclaration, ProblemDeclaration } from './common/errors/declare';
import { CYCLE_ERRORS, CYCLE_PROBLEMS } from './cycles/cycles.errors';
import { DASHBOARD_ERRORS } from './dashboards/dashboards.errors';
import { EVIDENCE_ERRORS, EVIDENCE_PROBLEMS } from './evidence/evidence.errors';
import { FRAMEWORK_ERRORS, FRAMEWORK_PROBLEMS } from './frameworks/frameworks.errors';
import { JOB_ERRORS } from './jobs/jobs.errors';
import { NOTIFICATION_PROBLEMS } from './notifications/notifications.errors';
import { MFA_ERRORS, MFA_PROBLEMS } from './mfa/mfa.errors';
import { REVIEW_PROBLEMS } from './review/review.errors';
import { SSO_ERRORS, SSO_PROBLEMS } from './sso/sso.errors';
import { USER_ERRORS, USER_PROBLEMS } from './users/users.errors';

/**
 * Every feature's error codes, gathered: the `code` of an error body is one of these. A feature
 * with codes of its own declares them in its `<feature>.errors.ts` and is added here once.
 */
export const ERRORS_BY_FEATURE = {
  common: COMMON_ERRORS,
  auth: AUTH_ERRORS,
  audits: AUDIT_ERRORS,
  users: USER_ERRORS,
  cycles: CYCLE_ERRORS,
  challenges: CHALLENGE_ERRORS,
  frameworks: FRAMEWORK_ERRORS,
  jobs: JOB_ERRORS,
  dashboards: DASHBOARD_ERRORS,
  mfa: MFA_ERRORS,
  sso: SSO_ERRORS,
  actions: ACTION_ERRORS,
  evidence: EVIDENCE_ERRORS,
} as const;

/** Every feature's field-problem codes: the `code` of each problem in `details`. */
export const PROBLEMS_BY_FEATURE = {
  common: COMMON_PROBLEMS,
  auth: AUTH_PROBLEMS,
  audits: AUDIT_PROBLEMS,
  users: USER_PROBLEMS,
  cycles: CYCLE_PROBLEMS,
  frameworks: FRAMEWORK_PROBLEMS,
  evidence: EVIDENCE_PROBLEMS,
  notifications: NOTIFICATION_PROBLEMS,
  mfa: MFA_PROBLEMS,
  sso: SSO_PROBLEMS,
  review: REVIEW_PROBLEMS,
  actions: ACTION_PROBLEMS,
} as const;

type Union<T> = T[keyof T];
export type ErrorCode = Union<{
  [F in keyof typeof ERRORS_BY_FEATURE]: keyof (typeof ERRORS_BY_FEATURE)[F];
}>;
export type ProblemCode = Union<{
  [F in keyof typeof PROBLEMS_BY_FEATURE]: keyof (typeof PROBLEMS_BY_FEATURE)[F];
}>;

function merge<T>(groups: Record<string, Record<string, T>>, what: string): Record<string, T> {
  const all: Record<string, T> = {};
  for (const [feature, declarations] of Object.entries(groups)) {
    for (const [code, declaration] of Object.entries(declarations)) {
      // A code means one thing across the API: two features may not both declare it.
      if (code in all) throw new Error(`${what} ${code} is declared twice (again in ${feature})`);
      all[code] = declaration;
    }
  }
  return all;
}

export const ERROR_DECLARATIONS = merge<ErrorDeclaration>(
  ERRORS_BY_FEATURE,
  'error code',
) as Record<ErrorCode, ErrorDeclaration>;
export const PROBLEM_DECLARATIONS = merge<ProblemDeclaration>(
  PROBLEMS_BY_FEATURE,
  'problem code',
) as Record<ProblemCode, ProblemDeclaration>;

export const ERROR_CODES = Object.keys(ERROR_DECLARATIONS) as ErrorCode[];
export const PROBLEM_CODES = Object.keys(PROBLEM_DECLARATIONS) as ProblemCode[];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_DECLARATIONS, value);
export const isProblemCode = (value: unknown): value is ProblemCode =>
  typeof value === 'string' && Object.hasOwn(PROBLEM_DECLARATIONS, value);
