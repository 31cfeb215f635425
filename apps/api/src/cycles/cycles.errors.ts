import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Audit cycles. */
export const CYCLE_ERRORS = {
  CYCLE_STATUS_CHANGE_NOT_ALLOWED: {
    status: 409,
    description:
      'A cycle goes draft → scheduled or open, scheduled → draft or open, open → closed, closed → open.',
    details: '{ status: CycleStatus }',
  },
  CYCLE_OVERLAPS: {
    status: 409,
    description:
      "Scheduling or opening the cycle, or moving a live cycle's dates, would make it overlap another scheduled or open cycle of the partnership (one opening before the other is due).",
    details: '{ cycle: { id, name, status, opensOn, dueOn } } (the other cycle)',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const CycleErrorCode = codesOf(CYCLE_ERRORS);

export const CYCLE_PROBLEMS = {
  dueNotAfterOpening: { description: 'The due date must be after the opening date.' },
} as const satisfies Record<string, ProblemDeclaration>;

export const CycleProblemCode = codesOf(CYCLE_PROBLEMS);
