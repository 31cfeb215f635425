import type { ComplianceStatus } from './audit-status';
import { addDays, addMonths, londonDate } from './calendar';

/** An agency's audit is due again two years after the board accepted the last one. */
export const COMPLIANCE_MONTHS = 24;
/** Due soon: the acceptance runs out in fewer than this many days ... */
export const EXPIRY_WARNING_DAYS = 90;
/** ... or an open cycle's audit is due in fewer than this many. */
export const CYCLE_WARNING_DAYS = 30;

export interface ComplianceDates {
  /** When the organisation's last audit in the partnership was accepted. */
  lastAcceptedAt: Date | string | null;
  /** The earliest due date of an open cycle whose audit is not accepted yet. */
  nextDueOn: string | null;
}

export interface Compliance {
  status: ComplianceStatus;
  /** The London day the last acceptance runs out: the audit is due again by then. */
  expiresOn: string | null;
}

/** The London day an acceptance runs out: 24 months after the London day it was given. */
export const acceptanceExpiresOn = (acceptedAt: Date | string) =>
  addMonths(londonDate(new Date(acceptedAt)), COMPLIANCE_MONTHS);

/**
 * An organisation's two-yearly compliance in one partnership on the London day `today`. Like a
 * cycle's due date, the day an acceptance runs out still counts: overdue starts the day after.
 * - compliant: accepted, and neither the acceptance nor an open cycle's audit is due soon;
 * - due_soon: the acceptance runs out in under 90 days, or an open cycle's audit is due in under 30;
 * - overdue: the acceptance ran out, or an open cycle's due date passed with its audit not
 *   accepted;
 * - never_audited: no accepted audit, and nothing due soon or past due.
 * The one home of this rule: every place that shows compliance computes it here.
 */
export function complianceOn(dates: ComplianceDates, today: string): Compliance {
  const expiresOn = dates.lastAcceptedAt ? acceptanceExpiresOn(dates.lastAcceptedAt) : null;
  const before = (date: string | null, days: number) =>
    date !== null && date < addDays(today, days);
  let status: ComplianceStatus;
  if (before(dates.nextDueOn, 0) || before(expiresOn, 0)) status = 'overdue';
  else if (before(expiresOn, EXPIRY_WARNING_DAYS) || before(dates.nextDueOn, CYCLE_WARNING_DAYS))
    status = 'due_soon';
  else status = expiresOn ? 'compliant' : 'never_audited';
  return { status, expiresOn };
}
