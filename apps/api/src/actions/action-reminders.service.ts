import { Injectable } from '@nestjs/common';
import { ACTION_DUE_REMINDER_DAYS, ACTION_OVERDUE_CATCH_UP_DAYS } from '@pies/domain';
import { t } from '@pies/i18n';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../database/typed-query';
import { leadsOf, Notifier } from '../notifications/notifier';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import { currentAuditSql, openActionSql, overdueActionSql } from './action-rules.sql';

/** What an action's notice says it is on: "indicator I1.3", or the audit as a whole. */
export const actionSubject = (code: string | null) =>
  code
    ? t('notifications.actionSubject.indicator', { code })
    : t('notifications.actionSubject.audit');

interface DueAction {
  id: string;
  kind: 'action_due' | 'action_overdue';
  organisationId: string;
  organisation: string;
  /** The owner, when they have an active account in the organisation. */
  ownerId: string | null;
  indicatorCode: string | null;
  dueOn: string;
  dueOnWords: string;
  auditId: string;
  partnershipId: string;
}

/**
 * Reminders of improvement actions, sent by the day's run (../jobs/run-day.service.ts):
 * `action_due` ACTION_DUE_REMINDER_DAYS before the due date of an open action, and
 * `action_overdue` when it becomes overdue (the one overdue rule, `overdueActionSql`; a run
 * missed is caught up within ACTION_OVERDUE_CATCH_UP_DAYS). Each is told to the owner, or to the
 * organisation's leads when the owner has no account (or no longer an active one there); once per
 * action and due date (the occasion names both), so a day run twice sends nothing new and a moved
 * due date starts again. Done and dropped actions are never told of. The notice names the
 * organisation, the indicator and the due date and links to the plan: never the description.
 */
@Injectable()
export class ActionRemindersService {
  constructor(private readonly notifier: Notifier) {}

  async sendDue(tx: EntityManager, day: string): Promise<number> {
    const due = await queryRows<DueAction>(
      tx,
      `SELECT ac.id,
                CASE WHEN ${overdueActionSql('ac', '$1')} THEN 'action_overdue' ELSE 'action_due' END AS kind,
                ac.organisation_id AS "organisationId", o.name AS organisation,
                (SELECT m.user_id FROM ${GRANTED_MEMBERSHIPS} m JOIN users u ON u.id = m.user_id
                  WHERE m.user_id = ac.owner_id AND m.organisation_id = ac.organisation_id AND u.disabled_at IS NULL
                  LIMIT 1) AS "ownerId",
                ac.indicator_code AS "indicatorCode", to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn",
                to_char(ac.due_on, 'FMDD FMMonth YYYY') AS "dueOnWords", ${currentAuditSql('ac')} AS "auditId"
           FROM actions ac JOIN organisations o ON o.id = ac.organisation_id
          WHERE (${openActionSql('ac')} AND ac.due_on = $1::date + $2::int)
             OR (${overdueActionSql('ac', '$1')} AND ac.due_on >= $1::date - $3::int)`,
      [day, ACTION_DUE_REMINDER_DAYS, ACTION_OVERDUE_CATCH_UP_DAYS],
    );
    if (!due.length) return 0;
    const partnerships = await queryRows<{ auditId: string; partnershipId: string }>(
      tx,
      `SELECT a.id AS "auditId", c.partnership_id AS "partnershipId"
         FROM audits a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = ANY($1::uuid[])`,
      [due.map((d) => d.auditId)],
    );
    const partnershipOf = new Map(partnerships.map((p) => [p.auditId, p.partnershipId]));
    for (const action of due) {
      const code = action.indicatorCode;
      await this.notifier.notify(
        tx,
        action.ownerId ? [action.ownerId] : await leadsOf(tx, action.organisationId),
        {
          kind: action.kind,
          occasion: `action:${action.id}:${action.kind}:${action.dueOn}`,
          partnershipId: partnershipOf.get(action.auditId)!,
          path: `/audits/${action.auditId}/actions/${action.id}`,
          values: {
            organisation: action.organisation,
            dueOn: action.dueOnWords,
            subject: actionSubject(code),
          },
        },
      );
    }
    return due.length;
  }
}
