import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { comingReminders, reminderOn, WITH_AGENCY_STATES } from '@pies/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { oneOfSql } from '../audits/audit-rules.sql';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../common/errors/domain-errors';
import { CommonErrorCode } from '../common/errors/common.errors';
import { changeRows, queryRow, queryRows } from '../database/typed-query';
import type { CycleRemindersDto, ReminderSettingsDto } from './dto/notification.dto';
import { notices } from './notices';
import { Notifier } from './notifier';

/**
 * Reminders to agencies still working on their audit (README.md): on the days before the due
 * date their partnership sets, then weekly once overdue. The day's run sends them; the rule of
 * which day gets which is `reminderOn` in libs/domain, also behind the coming reminders shown.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  async settings(partnershipId: string): Promise<ReminderSettingsDto> {
    const row = await queryRow<ReminderSettingsDto>(
      this.db,
      'SELECT reminder_days AS "reminderDays" FROM partnerships WHERE id = $1',
      [partnershipId],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'partnership');
    return row;
  }

  async updateSettings(partnershipId: string, dto: ReminderSettingsDto) {
    const { rows } = await changeRows<ReminderSettingsDto>(
      this.db,
      `UPDATE partnerships SET reminder_days = $2, updated_at = $3 WHERE id = $1
       RETURNING reminder_days AS "reminderDays"`,
      [partnershipId, [...dto.reminderDays].sort((a, b) => b - a), this.clock.now()],
    );
    if (!rows[0]) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'partnership');
    return rows[0];
  }

  /** The reminders a cycle's agencies will get from today, and how many agencies that is now. */
  async coming(cycleId: string): Promise<CycleRemindersDto> {
    const c = await queryRow<{
      status: string;
      dueOn: string;
      reminderDays: number[];
      withAgency: number;
      members: number;
    }>(
      this.db,
      `SELECT c.status, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", p.reminder_days AS "reminderDays",
              (SELECT count(*)::int FROM audits a WHERE a.cycle_id = c.id
                  AND ${oneOfSql('a.status', WITH_AGENCY_STATES)}) AS "withAgency",
              (SELECT count(*)::int FROM partnership_organisations po
                WHERE po.partnership_id = c.partnership_id) AS members
         FROM cycles c JOIN partnerships p ON p.id = c.partnership_id WHERE c.id = $1`,
      [cycleId],
    );
    if (!c) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
    const live = c.status === 'open' || c.status === 'scheduled' || c.status === 'draft';
    return {
      reminderDays: c.reminderDays,
      agencies: c.status === 'open' ? c.withAgency : c.members,
      coming: live ? comingReminders(this.clock.today(), c.dueOn, c.reminderDays) : [],
    };
  }

  /**
   * The day's run: each audit still with its agency in an open cycle whose reminder falls on
   * `day` tells its leads, once (the occasion names the audit, the due date and the day count).
   */
  async sendDue(tx: EntityManager, day: string): Promise<number> {
    const audits = await queryRows<{ id: string; dueOn: string; reminderDays: number[] }>(
      tx,
      `SELECT a.id, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", p.reminder_days AS "reminderDays"
         FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN partnerships p ON p.id = c.partnership_id
        WHERE c.status = 'open' AND ${oneOfSql('a.status', WITH_AGENCY_STATES)}`,
    );
    let sent = 0;
    for (const audit of audits) {
      const reminder = reminderOn(day, audit.dueOn, audit.reminderDays);
      if (!reminder) continue;
      const notice = await notices.reminder(tx, audit.id, audit.dueOn, reminder);
      await this.notifier.notify(tx, notice.userIds, notice.occasion);
      sent++;
    }
    return sent;
  }
}
