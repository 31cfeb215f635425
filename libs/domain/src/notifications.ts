import { addDays, daysBetween } from './calendar';

/**
 * What a person can be told, and how. Each kind is one occasion's notice (in the app, and by
 * mail at once, in a daily digest, or not at all, as the person chooses). Account mail
 * (invitations, password resets) is not a notification: it cannot be turned off.
 */
export const NOTIFICATION_KINDS = [
  'cycle_opened',
  'audit_due',
  'audit_overdue',
  'audit_challenged',
  'audit_returned',
  'audit_accepted',
  'audit_submitted',
  'challenge_replied',
  'contributor_assigned',
  'contributor_done',
  'action_assigned',
  'action_due',
  'action_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** At once for everything but the board's submissions, a daily digest, unless the person chooses. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  cycle_opened: 'immediate',
  audit_due: 'immediate',
  audit_overdue: 'immediate',
  audit_challenged: 'immediate',
  audit_returned: 'immediate',
  audit_accepted: 'immediate',
  audit_submitted: 'digest',
  challenge_replied: 'immediate',
  contributor_assigned: 'immediate',
  contributor_done: 'immediate',
  action_assigned: 'immediate',
  action_due: 'immediate',
  action_overdue: 'immediate',
};

/** Days before an improvement action's due date its owner is reminded (`action_due`). */
export const ACTION_DUE_REMINDER_DAYS = 7;
/**
 * How many days after an action became overdue the day's run still sends `action_overdue` when a
 * run was missed; older ones are not told again (no flood of long-overdue actions).
 */
export const ACTION_OVERDUE_CATCH_UP_DAYS = 7;

/** The London hour a daily digest goes out at, unless the person chooses another (0-23). */
export const DEFAULT_DIGEST_HOUR = 7;

/** How long the notification page looks back. */
export const NOTIFICATION_DAYS_SHOWN = 90;

/** Days before the due date an agency still working on its audit is reminded, unless its partnership sets others. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [30, 7, 1];
/** A partnership's reminder days: each 1-365, at most this many. */
export const MAX_REMINDER_DAYS = 10;
/** Once overdue, a reminder every this many days, from the day after the due date. */
export const OVERDUE_REMINDER_EVERY = 7;

export type Reminder =
  { kind: 'audit_due'; days: number } | { kind: 'audit_overdue'; days: number };

/**
 * The reminder an audit still with its agency gets on London date `day`, if any: `days` before
 * `dueOn` when that is one of `reminderDays`, or weekly once overdue (`days` overdue: 1, 8, 15…).
 * Dates are ISO strings; the one rule for the day's run and for the coming reminders shown.
 */
export function reminderOn(
  day: string,
  dueOn: string,
  reminderDays: readonly number[],
): Reminder | null {
  const left = daysBetween(day, dueOn);
  if (left > 0) return reminderDays.includes(left) ? { kind: 'audit_due', days: left } : null;
  const overdue = daysBetween(dueOn, day);
  if (overdue >= 1 && (overdue - 1) % OVERDUE_REMINDER_EVERY === 0)
    return { kind: 'audit_overdue', days: overdue };
  return null;
}

/**
 * The reminders of a due date from `from` on (inclusive), oldest first: those before the due date
 * and the first `overdueWeeks` weekly ones after it.
 */
export function comingReminders(
  from: string,
  dueOn: string,
  reminderDays: readonly number[],
  overdueWeeks = 4,
): (Reminder & { on: string })[] {
  const days = [
    ...[...new Set(reminderDays)].map((d) => addDays(dueOn, -d)),
    ...Array.from({ length: overdueWeeks }, (_, i) =>
      addDays(dueOn, 1 + i * OVERDUE_REMINDER_EVERY),
    ),
  ]
    .filter((on) => on >= from)
    .sort();
  return days.flatMap((on) => {
    const r = reminderOn(on, dueOn, reminderDays);
    return r ? [{ ...r, on }] : [];
  });
}
