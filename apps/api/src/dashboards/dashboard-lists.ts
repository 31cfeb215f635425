/**
 * The partnership dashboard's ranked and listed sections: indicators, overdue agencies, open
 * challenges, overdue actions. One SQL statement each.
 */
import { actionOwnerSql, actionPlanSql, overdueActionSql } from '../actions/action-rules.sql';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import { complianceOn } from '@pies/domain';
import { complianceDatesSql } from '../organisations/compliance.sql';
import type {
  DashboardActionDto,
  DashboardActionsDto,
  DashboardChallengeDto,
  DashboardChallengesDto,
  DashboardOverdueAgenciesDto,
  IndicatorFigureDto,
  OverdueAgencyDto,
} from './dto/partnership-dashboard.dto';
import type { CycleRow } from './partnership-dashboard.service';
import { type Db, queryRows } from '../database/typed-query';

/** Rows selected with `count(*) OVER () AS total`: the count and the rows without it. */
export function counted<T>(rows: (T & { total: number })[]): { total: number; items: T[] } {
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _t, ...r }) => r as T) };
}

/** Every indicator's mean level and share below benchmark, in framework order (ranked by libs/scoring). */
export async function rankIndicators(
  db: Db,
  cycle: CycleRow,
  states: string[],
  sector: string | null,
): Promise<IndicatorFigureDto[]> {
  const rows = await queryRows<IndicatorFigureDto>(
    db,
    `SELECT st.indicator_code AS code, fi.area_code AS "areaCode", fi.statement,
            sum(st.level_sum)::float8 / sum(st.responses) AS "meanLevel",
            sum(st.below_benchmark)::float8 / sum(st.responses) AS "belowBenchmarkShare", sum(st.responses)::int AS responses
       FROM cycle_indicator_stats st
       JOIN framework_indicators fi ON fi.framework_version_id = $1 AND fi.code = st.indicator_code
      WHERE st.cycle_id = $2 AND st.status = ANY($3) AND ($4::text IS NULL OR st.sector = $4)
      GROUP BY st.indicator_code, fi.area_code, fi.statement, fi.position
      ORDER BY fi.position`,
    [cycle.frameworkVersionId, cycle.id, states, sector],
  );
  return rows.map((r) => ({
    ...r,
    meanLevel: Math.round(r.meanLevel * 100) / 100,
    belowBenchmarkShare: Math.round(r.belowBenchmarkShare * 1000) / 1000,
  }));
}

/** How many overdue agencies the dashboard itself lists; the rest are paged on request. */
export const OVERDUE_SHOWN = 20;

/**
 * Agencies whose two-yearly audit is overdue on the London date `today` (by the compliance rule,
 * complianceOn), by name: how many, and the `limit` from `offset` (all of them when `limit` is
 * null). The rule runs over the partnership's members' dates: a thousand short rows at most.
 */
export async function overdueAgencies(
  db: Db,
  partnershipId: string,
  sector: string | null,
  today: string,
  limit: number | null = OVERDUE_SHOWN,
  offset = 0,
): Promise<DashboardOverdueAgenciesDto> {
  const members = await queryRows<OverdueAgencyDto>(
    db,
    `SELECT o.id AS "organisationId", o.name AS organisation, o.sector, cs.last_accepted AS "lastAcceptedAt",
            to_char(cs.next_due, 'YYYY-MM-DD') AS "nextDueOn"
       FROM partnership_organisations po JOIN organisations o ON o.id = po.organisation_id
       CROSS JOIN ${complianceDatesSql('po')}
      WHERE po.partnership_id = $1 AND ($2::text IS NULL OR o.sector = $2)
      ORDER BY o.name, o.id`,
    [partnershipId, sector],
  );
  const overdue = members.filter((m) => complianceOn(m, today).status === 'overdue');
  return {
    total: overdue.length,
    items: overdue.slice(offset, limit === null ? undefined : offset + limit),
  };
}

export async function openChallenges(db: Db, cycleId: string): Promise<DashboardChallengesDto> {
  const rows = await queryRows<DashboardChallengeDto & { total: number }>(
    db,
    `SELECT ch.id, ch.audit_id AS "auditId", o.name AS organisation, ch.indicator_code AS "indicatorCode", ch.raised_at AS "raisedAt",
            (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at LIMIT 1) AS question,
            count(*) OVER ()::int AS total
       FROM challenges ch JOIN audits a ON a.id = ch.audit_id JOIN organisations o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND ${openChallengeSql('ch')} ORDER BY ch.raised_at LIMIT 20`,
    [cycleId],
  );
  return counted(rows);
}

export async function overdueActions(
  db: Db,
  cycleId: string,
  today: string,
): Promise<DashboardActionsDto> {
  const rows = await queryRows<DashboardActionDto & { total: number }>(
    db,
    `SELECT ac.id, a.id AS "auditId", o.name AS organisation, ac.indicator_code AS "indicatorCode", ac.description,
            ${actionOwnerSql('ac')} AS owner, to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status, count(*) OVER ()::int AS total
       FROM audits a JOIN actions ac ON ${actionPlanSql('ac', 'a')} JOIN organisations o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} AND ${overdueActionSql('ac', '$2')}
      ORDER BY ac.due_on LIMIT 20`,
    [cycleId, today],
  );
  return counted(rows);
}
