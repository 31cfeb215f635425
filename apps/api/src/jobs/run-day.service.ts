import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, londonMidnight } from '@pies/domain';
import { DataSource } from 'typeorm';
import { auditOverdueSql } from '../audits/audit-rules.sql';
import { CyclesService } from '../cycles/cycles.service';
import { RemindersService } from '../notifications/reminders.service';
import { ActionRemindersService } from '../actions/action-reminders.service';
import { Clock } from '../clock/clock';
import { queryRow, queryRows, run } from '../database/typed-query';

export const RUN_DAY_QUEUE = 'run-day';

/**
 * How many days back the scheduled run catches up after days missed while every process was
 * down. Older missed days are not run: their reminders would arrive too late to help.
 */
export const CATCH_UP_DAYS = 7;

/**
 * The work of one London day, run by a daily schedule (jobs.module.ts) and by tests for each
 * simulated day. Scheduled cycles whose opening date has come open (their audits are created),
 * agencies still working on their audits are reminded on their partnership's days, and the
 * owners of improvement actions a week before their due date and when they become overdue.
 * Compliance and overdue flags are derived when read, from the clock's date, so
 * nothing has to change at midnight for them to be right; what a day adds is the record that
 * it happened: each audit whose cycle's due date passed with the audit still with its agency
 * gets an `audit.overdue` event in its trail, dated the London midnight it became overdue.
 *
 * Idempotent: one event per audit and due date (a due date moved later and passed again gets
 * its own), so running a day twice, or a later day after a missed one, changes nothing more.
 * Each day run is recorded (`day_runs`), and the schedule runs every day since the last one
 * (`runThrough`), so a reminder due on a day the service was down goes out when it is back.
 */
@Injectable()
export class RunDayService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cycles: CyclesService,
    private readonly reminders: RemindersService,
    private readonly actionReminders: ActionRemindersService,
    private readonly clock: Clock,
  ) {}

  /**
   * The scheduled run: each London day from the one after the latest day run to `today`, in
   * order, at most CATCH_UP_DAYS before today; today alone when no day has run yet. Returns the
   * days it ran (none when today has already run).
   */
  async runThrough(today: string): Promise<string[]> {
    const last = await queryRow<{ day: string | null }>(
      this.db,
      `SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM day_runs`,
    );
    const earliest = addDays(today, -CATCH_UP_DAYS);
    const next = last?.day ? addDays(last.day, 1) : today;
    const days: string[] = [];
    for (let day = next < earliest ? earliest : next; day <= today; day = addDays(day, 1)) {
      await this.runDay(day);
      days.push(day);
    }
    return days;
  }

  async runDay(day: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      // Two runs at once (a schedule and a manual run) take turns.
      await run(tx, `SELECT pg_advisory_xact_lock(hashtext('${RUN_DAY_QUEUE}'))`);
      await this.cycles.openScheduled(tx, day);
      await this.reminders.sendDue(tx, day);
      await this.actionReminders.sendDue(tx, day);
      const overdue = await queryRows<{ auditId: string; dueOn: string }>(
        tx,
        `SELECT a.id AS "auditId", to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn"
           FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE c.status = 'open' AND ${auditOverdueSql('a', 'c', '$1')}
            AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.audit_id = a.id AND e.kind = 'audit.overdue'
                               AND e.after->>'dueOn' = to_char(c.due_on, 'YYYY-MM-DD'))`,
        [day],
      );
      if (overdue.length)
        await run(
          tx,
          `INSERT INTO audit_events (audit_id, kind, after, at)
           SELECT x.audit_id, 'audit.overdue', jsonb_build_object('dueOn', x.due_on), x.at
             FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS x(audit_id, due_on, at)`,
          [
            overdue.map((o) => o.auditId),
            overdue.map((o) => o.dueOn),
            overdue.map((o) => londonMidnight(addDays(o.dueOn, 1))),
          ],
        );
      await run(
        tx,
        `INSERT INTO day_runs (day, ran_at) VALUES ($1, $2)
         ON CONFLICT (day) DO UPDATE SET ran_at = EXCLUDED.ran_at`,
        [day, this.clock.now()],
      );
    });
  }
}
