import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Audit cycles. */
export const CYCLE_ERRORS = {
  CYCLE_STATUS_CHANGE_NOT_ALLOWED: {
    status: 409,
    description: 'A cycle goes draft → open → closed (and closed → open) only.',
    details: '{ status: CycleStatus }',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const CycleErrorCode = codesOf(CYCLE_ERRORS);

export const CYCLE_PROBLEMS = {
  dueNotAfterOpening: { description: 'The due date must be after the opening date.' },
} as const satisfies Record<string, ProblemDeclaration>;

export const CycleProblemCode = codesOf(CYCLE_PROBLEMS);
