import type { BoardAgencyActions, BoardOpenAction } from '@pies/reports';
import type { DataSource } from 'typeorm';
import {
  actionOwnerSql,
  actionPlanSql,
  openActionSql,
  overdueActionSql,
} from '../actions/action-rules.sql';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { queryRows } from '../database/typed-query';

/** The agencies' action plans in cycle `$1` that the board sees, `$2` the clock's date. */
const PLANS = `FROM audits a JOIN actions ac ON ${actionPlanSql('ac', 'a')} JOIN organisations o ON o.id = a.organisation_id
  WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`;

/**
 * The board report's view of the action plans: each agency's counts (open, done, dropped,
 * overdue, when its oldest open action was raised) and every open action, for the appendix.
 */
export async function actionPlans(
  db: DataSource,
  cycleId: string,
  today: string,
): Promise<{ actionSummary: BoardAgencyActions[]; openActions: BoardOpenAction[] }> {
  const raisedOn = (ac: string) =>
    `to_char(${ac}.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD')`;
  const [actionSummary, openActions] = await Promise.all([
    queryRows<BoardAgencyActions>(
      db,
      `SELECT o.name AS organisation,
              count(*) FILTER (WHERE ${openActionSql('ac')})::int AS open,
              count(*) FILTER (WHERE ac.status = 'done')::int AS done,
              count(*) FILTER (WHERE ac.status = 'dropped')::int AS dropped,
              count(*) FILTER (WHERE ${overdueActionSql('ac', '$2')})::int AS overdue,
              min(${raisedOn('ac')}) FILTER (WHERE ${openActionSql('ac')}) AS "oldestOpenOn"
         ${PLANS}
        GROUP BY o.id, o.name ORDER BY o.name, o.id`,
      [cycleId, today],
    ),
    queryRows<BoardOpenAction>(
      db,
      `SELECT o.name AS organisation, ac.indicator_code AS "indicatorCode", ac.description,
              ${actionOwnerSql('ac')} AS owner, to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status,
              ${overdueActionSql('ac', '$2')} AS overdue, ${raisedOn('ac')} AS "raisedOn"
         ${PLANS} AND ${openActionSql('ac')}
        ORDER BY o.name, o.id, ac.due_on NULLS LAST, ac.created_at, ac.id`,
      [cycleId, today],
    ),
  ]);
  return { actionSummary, openActions };
}
