import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Audits, their answers, assignments and workflow. */
export const AUDIT_ERRORS = {
  RESPONSE_VERSION_CONFLICT: {
    status: 409,
    description:
      'The answer was changed by someone else since the client loaded it; `current` is the answer now (null if none).',
    details: '{ current: ResponseDto | null }',
  },
  AUDIT_LOCKED: {
    status: 409,
    description: 'The audit is submitted or accepted: it cannot change.',
    details: '{ status: AuditStatus }',
  },
  AUDIT_TRANSITION_NOT_ALLOWED: {
    status: 409,
    description: 'The audit cannot take this step from its current state.',
    details: '{ status: AuditStatus }',
  },
  AUDIT_INCOMPLETE: {
    status: 422,
    description:
      "Submitting needs every applicable indicator answered, and every answer carried forward from the last audit confirmed (or answered afresh where the wording changed): each gap is listed with the indicator's code and title.",
    details: '[{ indicatorCode, title, problems: [{ code, params, message }] }]',
  },
  FRESH_ANSWER_NEEDED: {
    status: 422,
    description:
      "The indicator's wording changed since the last audit: its carried-forward answer cannot be confirmed as it is; save a new answer.",
    details: '{ indicatorCodes: string[] }',
  },
  CARRIED_ANSWERS_CHANGED: {
    status: 409,
    description:
      'The answers waiting for confirmation in the standard are not the ones sent (someone answered or confirmed one meanwhile): `indicatorCodes` are the ones waiting now.',
    details: '{ indicatorCodes: string[] }',
  },
  INDICATOR_NOT_ASSIGNED: {
    status: 403,
    description: 'A contributor may change only the indicators assigned to them.',
  },
  NOTHING_ASSIGNED: {
    status: 403,
    description:
      'Only a contributor with something assigned in the audit can say their part is done.',
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const AuditErrorCode = codesOf(AUDIT_ERRORS);

/** Problems with an answer's fields, and an audit's gaps on submitting. */
export const AUDIT_PROBLEMS = {
  levelNotInScale: {
    description: "The level is not one of the framework's levels.",
    params: '{ levels: number[] }',
  },
  levelWithNotApplicable: {
    description: 'A level must be left out when the answer is not applicable.',
  },
  notApplicableNotAllowed: {
    description: 'This indicator applies to every agency: it cannot be not applicable.',
  },
  notInFramework: {
    description: "The indicator or area is not in the audit's framework.",
    params: '{ kind: "indicator" | "area" }',
  },
  areaOrIndicator: { description: 'An assignment gives areaCode or indicatorCode, not both.' },
  levelRequired: { description: 'Submitting: the indicator needs a level.' },
  commentaryRequired: { description: 'Submitting: the indicator needs commentary.' },
  notApplicableReasonRequired: {
    description: 'Submitting: a not-applicable answer needs a reason.',
  },
  confirmationRequired: {
    description:
      'Submitting: the answer was carried forward from the last audit and is not confirmed.',
  },
  freshAnswerRequired: {
    description:
      "Submitting: the answer was carried forward but the indicator's wording changed; it needs a new answer.",
  },
  evidenceConfirmationRequired: {
    description:
      'Submitting: evidence was carried forward to the indicator from the last audit and nobody has confirmed it is still current (or detached it).',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const AuditProblemCode = codesOf(AUDIT_PROBLEMS);
