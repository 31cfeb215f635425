import type { BoardAgencyActions, BoardDoneAction, BoardOpenAction } from '@pies/reports';
import type { DataSource } from 'typeorm';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { queryRows } from '../database/typed-query';
import {
  actionOwnerSql,
  actionPlanSql,
  doneNoteSql,
  doneSinceAcceptanceSql,
  openActionSql,
  overdueActionSql,
} from './action-rules.sql';

// The board's view of one cycle's action plans, after review: the plans (actionPlanSql) of the
// cycle's audits the board sees. The dashboard and the board report both read it from here, so
// the two never count differently.

/** The plans in cycle `$1`: each board-visible audit `a`, its plan's actions `ac`, its agency `o`. */
const PLANS = `FROM audits a JOIN actions ac ON ${actionPlanSql('ac', 'a')} JOIN organisations o ON o.id = a.organisation_id
  WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`;

/** The clock's London date of a timestamp column, as the reports print every date. */
const londonDateSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;

/** One agency's plan in counts: the board report's, and what the dashboard adds. */
export interface AgencyActionPlan extends BoardAgencyActions {
  organisationId: string;
  /** The agency's audit of this cycle, whose plan it is. */
  auditId: string;
  /** Done since the agency's audit of this cycle was accepted. */
  doneSinceAcceptance: number;
  /** The earliest due date among the overdue ones; null with none overdue. */
  oldestOverdueOn: string | null;
}

/** Each agency with a plan in cycle `cycleId`, by name; `today` the clock's date. */
export function agencyActionPlans(
  db: DataSource,
  cycleId: string,
  today: string,
): Promise<AgencyActionPlan[]> {
  return queryRows<AgencyActionPlan>(
    db,
    `SELECT o.id AS "organisationId", a.id AS "auditId", o.name AS organisation,
            count(*) FILTER (WHERE ${openActionSql('ac')})::int AS open,
            count(*) FILTER (WHERE ${overdueActionSql('ac', '$2')})::int AS overdue,
            count(*) FILTER (WHERE ac.status = 'done')::int AS done,
            count(*) FILTER (WHERE ac.status = 'dropped')::int AS dropped,
            count(*) FILTER (WHERE ${doneSinceAcceptanceSql('ac', 'a')})::int AS "doneSinceAcceptance",
            min(${londonDateSql('ac.created_at')}) FILTER (WHERE ${openActionSql('ac')}) AS "oldestOpenOn",
            to_char(min(ac.due_on) FILTER (WHERE ${overdueActionSql('ac', '$2')}), 'YYYY-MM-DD') AS "oldestOverdueOn"
       ${PLANS}
      GROUP BY o.id, o.name, a.id ORDER BY o.name, o.id`,
    [cycleId, today],
  );
}

/** Every open action in the cycle's plans, by agency, then due date; `today` the clock's date. */
export function openPlanActions(
  db: DataSource,
  cycleId: string,
  today: string,
): Promise<BoardOpenAction[]> {
  return queryRows<BoardOpenAction>(
    db,
    `SELECT o.name AS organisation, ac.indicator_code AS "indicatorCode", ac.description,
            ${actionOwnerSql('ac')} AS owner, to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status,
            ${overdueActionSql('ac', '$2')} AS overdue, ${londonDateSql('ac.created_at')} AS "raisedOn"
       ${PLANS} AND ${openActionSql('ac')}
      ORDER BY o.name, o.id, ac.due_on NULLS LAST, ac.created_at, ac.id`,
    [cycleId, today],
  );
}

/** An action in a plan marked done after the plan's audit was accepted. */
export interface DonePlanAction extends BoardDoneAction {
  id: string;
  /** The agency's audit of this cycle, whose plan shows it. */
  auditId: string;
  closedAt: Date;
}

/** The cycle's actions done since acceptance, most recent first; at most `limit` of them. */
export function donePlanActions(
  db: DataSource,
  cycleId: string,
  limit?: number,
): Promise<DonePlanAction[]> {
  return queryRows<DonePlanAction>(
    db,
    `SELECT ac.id, a.id AS "auditId", o.name AS organisation,
            ac.indicator_code AS "indicatorCode", ac.description, ${actionOwnerSql('ac')} AS owner,
            ac.closed_at AS "closedAt", ${londonDateSql('ac.closed_at')} AS "doneOn",
            ${doneNoteSql('ac')} AS note
       ${PLANS} AND ${doneSinceAcceptanceSql('ac', 'a')}
      ORDER BY ac.closed_at DESC, o.name, ac.id LIMIT $2`,
    [cycleId, limit ?? null],
  );
}
