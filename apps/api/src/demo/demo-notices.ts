import { addDays, daysBetween, londonDate, londonMidnight, reminderOn } from '@pies/domain';
import type { EntityManager } from 'typeorm';
import { queryRows, run } from '../database/typed-query';
import { type Notice, notices } from '../notifications/notices';
import type { Notifier } from '../notifications/notifier';

const HOUR = 3_600_000;

/**
 * The notices the demo's seeded history would have sent, sent now through the real Notifier
 * and dated when each happened, so the demo's notification pages and Sent mail read like a
 * partnership's two years: each cycle's opening (at 9:00 on its opening date), the day's-run
 * reminders before the due date while an audit had not yet been submitted (at 0:05, the day's
 * run; `reminderOn` decides the days, as it does every day), and the board's returns and
 * acceptances. Submissions to the board are left out: its daily digest is only ever sent at
 * its hour, not for the past. With no mail server the mail is kept: it is marked sent when it
 * happened, as it would have been.
 */
export async function replayDemoNotices(
  tx: EntityManager,
  notifier: Notifier,
  p: { partnershipId: string; today: string; keptLocally: boolean },
): Promise<void> {
  const audits = await queryRows<{
    id: string;
    cycleId: string;
    opensOn: string;
    dueOn: string;
    reminderDays: number[];
    submittedAt: Date | null;
    returnedAt: Date | null;
    acceptedAt: Date | null;
  }>(
    tx,
    `SELECT a.id, c.id AS "cycleId", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn",
            to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", p.reminder_days AS "reminderDays",
            a.submitted_at AS "submittedAt", a.returned_at AS "returnedAt",
            a.accepted_at AS "acceptedAt"
       FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN partnerships p ON p.id = c.partnership_id
      WHERE c.partnership_id = $1 ORDER BY c.opens_on, a.id`,
    [p.partnershipId],
  );
  const due: { at: Date; notice: () => Promise<Notice> }[] = [];
  for (const a of audits) {
    due.push({
      at: new Date(londonMidnight(a.opensOn).getTime() + 9 * HOUR),
      notice: () => notices.cycleOpened(tx, a.cycleId, a.id),
    });
    // The days the audit was still with its agency before it was first submitted, to today.
    const last = a.submittedAt ? addDays(londonDate(a.submittedAt), -1) : p.today;
    const days = daysBetween(a.opensOn, last < p.today ? last : p.today);
    for (let i = 0; i <= days; i++) {
      const day = addDays(a.opensOn, i);
      const reminder = reminderOn(day, a.dueOn, a.reminderDays);
      if (reminder)
        due.push({
          at: new Date(londonMidnight(day).getTime() + 5 * 60_000),
          notice: () => notices.reminder(tx, a.id, a.dueOn, reminder),
        });
    }
    for (const [at, kind] of [
      [a.returnedAt, 'audit_returned'],
      [a.acceptedAt, 'audit_accepted'],
    ] as const)
      if (at) due.push({ at, notice: () => notices.decided(tx, a.id, kind, at) });
  }
  due.sort((x, y) => x.at.getTime() - y.at.getTime());
  for (const d of due) {
    const { userIds, occasion } = await d.notice();
    await notifier.notify(tx, userIds, { ...occasion, at: d.at });
  }
  if (p.keptLocally)
    await run(
      tx,
      `UPDATE mail_outbox SET status = 'sent', sent_at = created_at
        WHERE partnership_id = $1 AND status = 'queued'`,
      [p.partnershipId],
    );
}
