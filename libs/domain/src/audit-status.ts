/** The life of one organisation's audit in one cycle. */
export const AUDIT_STATUSES = [
  'not_started',
  'in_progress',
  'submitted',
  'returned',
  'accepted',
] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** What can happen to an audit. `edit` is the first change after the board returned it. */
export const AUDIT_EVENTS = ['start', 'submit', 'return', 'accept', 'edit'] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

const TRANSITIONS: Record<AuditStatus, Partial<Record<AuditEvent, AuditStatus>>> = {
  not_started: { start: 'in_progress' },
  in_progress: { submit: 'submitted' },
  submitted: { return: 'returned', accept: 'accepted' },
  returned: { edit: 'in_progress', submit: 'submitted' },
  accepted: {},
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: AuditStatus,
    readonly event: AuditEvent,
  ) {
    super(`cannot ${event} an audit that is ${from.replace('_', ' ')}`);
    this.name = 'IllegalTransitionError';
  }
}

/** The status after `event`, or IllegalTransitionError naming the current status. */
export function transition(from: AuditStatus, event: AuditEvent): AuditStatus {
  const to = TRANSITIONS[from][event];
  if (!to) throw new IllegalTransitionError(from, event);
  return to;
}

export function canTransition(from: AuditStatus, event: AuditEvent): boolean {
  return TRANSITIONS[from][event] !== undefined;
}

/**
 * The states in which the board sees an audit and counts it in its figures: what the agency has
 * submitted (returned and accepted ones included), never a draft.
 */
export const BOARD_COUNTED_STATES = [
  'submitted',
  'returned',
  'accepted',
] as const satisfies readonly AuditStatus[];
export type BoardCountedState = (typeof BOARD_COUNTED_STATES)[number];

/** How many of a cycle's audits are in each state. */
export type AuditCounts = Readonly<Record<AuditStatus, number>>;

/**
 * The one way every page and report counts a cycle's audits: `received` is how many the board has
 * received (submitted, returned or accepted: BOARD_COUNTED_STATES, a returned one included, as
 * the board has had it), of `total` audits in every state.
 */
export function countAudits(counts: AuditCounts): { received: number; total: number } {
  return {
    received: BOARD_COUNTED_STATES.reduce((n, s) => n + counts[s], 0),
    total: AUDIT_STATUSES.reduce((n, s) => n + counts[s], 0),
  };
}

/** "8 of 15 audits received by the board", worded the same on every page and report. */
export function receivedSentence(counts: AuditCounts): string {
  const { received, total } = countAudits(counts);
  return `${received.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} ${total === 1 ? 'audit' : 'audits'} received by the board`;
}

/** Board roles see an audit only once it has been submitted. */
export function isVisibleToBoard(status: AuditStatus): boolean {
  return (BOARD_COUNTED_STATES as readonly AuditStatus[]).includes(status);
}

/**
 * The states in which an audit is with the agency: not yet submitted, or returned and not
 * resubmitted. Such an audit is overdue once its cycle's due date has passed.
 */
export const WITH_AGENCY_STATES = [
  'not_started',
  'in_progress',
  'returned',
] as const satisfies readonly AuditStatus[];

/** Responses, evidence, actions and assignments may change only while it is with the agency. */
export function isEditable(status: AuditStatus): boolean {
  return (WITH_AGENCY_STATES as readonly AuditStatus[]).includes(status);
}

export const AUDIT_STATUS_LABELS: Record<AuditStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  returned: 'Returned',
  accepted: 'Accepted',
};

/** An improvement action's progress; done and dropped close it (a dropped action is never overdue). */
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** The statuses that close an action. */
export const CLOSED_ACTION_STATUSES = [
  'done',
  'dropped',
] as const satisfies readonly ActionStatus[];

export const COMPLIANCE_STATUSES = ['compliant', 'due_soon', 'overdue', 'never_audited'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const CYCLE_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
/** A cycle that is scheduled or open is live: live cycles of a partnership may not overlap. */
export const LIVE_CYCLE_STATES = ['scheduled', 'open'] as const satisfies readonly CycleStatus[];
/** The status changes an admin may make: a scheduled cycle opens by itself on its date. */
export const CYCLE_STATUS_CHANGES: Record<CycleStatus, readonly CycleStatus[]> = {
  draft: ['scheduled', 'open'],
  scheduled: ['draft', 'open'],
  open: ['closed'],
  closed: ['open'],
};
