import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Improvement actions: who may change one, and what may change once the audit is submitted or accepted. */
export const ACTION_ERRORS = {
  ACTION_NOT_YOURS: {
    status: 403,
    description:
      "A contributor changes the actions on indicators assigned to them and, as an action's owner, its progress (status, due date, notes); the rest, and actions on the audit as a whole, are the agency leads'. `details.rights` is what the person may change of it (`progress` or `none`).",
    details: "{ rights: 'progress' | 'none', fields: string[] }",
  },
  ACTION_PLAN_SETTLED: {
    status: 409,
    description:
      "The audit is submitted or accepted: an action's progress (status, notes, due date with a reason) can still change, but not its description or owner.",
    details: '{ status: AuditStatus, fields: string[] }',
  },
  ACTION_CARRIED_OVER: {
    status: 409,
    description:
      'The action was raised in an earlier audit and is in this plan because it is still open: it is dropped (with a reason), not removed.',
    details: '{ raisedInAuditId: string }',
  },
} as const satisfies Record<string, ErrorDeclaration>;

/** Problems with an action update's fields. */
export const ACTION_PROBLEMS = {
  reasonNeeded: {
    description:
      'A note is needed: the reason for moving the due date, or for dropping the action (`params.for` is `dueOn` or `dropped`).',
  },
  oneOwner: {
    description:
      'An action has one owner: a person in the organisation (`ownerId`) or a name (`owner`), not both and, for a new action, not neither.',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const ActionErrorCode = codesOf(ACTION_ERRORS);
export const ActionProblemCode = codesOf(ACTION_PROBLEMS);
