/**
 * The partnership dashboard's heat map: each counted audit's scores by PIES area, sorted and
 * paged in PostgreSQL, with the agency's overall score in the previous cycle.
 */
import { boardVisibleSql } from '../audits/audit-rules.sql';
import type { DashboardQuery } from './dto/dashboard.dto';
import type { HeatMapPageDto, HeatMapRowDto } from './dto/partnership-dashboard.dto';
import type { CycleRow } from './partnership-dashboard.service';
import { type Db, oneRow, queryRows } from '../database/typed-query';

/** A heat map row as selected, before its scores are rounded and banded. */
export interface HeatRow extends Omit<
  HeatMapRowDto,
  'overall' | 'areas' | 'previousOverall' | 'change'
> {
  overall: number | null;
  areas: Record<string, number> | null;
  previousOverall: number | null;
}

const SORT_SQL: Record<string, string> = {
  name: 'o.name',
  sector: 'o.sector',
  status: 'a.status',
  overall: 's.overall',
};

/** One page of the heat map, in the order asked for (`-` first: descending). */
export async function heatMapPage(
  db: Db,
  cycle: CycleRow,
  previous: CycleRow | null,
  states: string[],
  sector: string | null,
  q: DashboardQuery,
): Promise<Omit<HeatMapPageDto, 'items'> & { items: HeatRow[] }> {
  const desc = q.sort.startsWith('-');
  const key = desc ? q.sort.slice(1) : q.sort;
  const area = /^[A-Z]$/.test(key) ? key : null;
  const order = area ? `(s.areas->>'${area}')::float8` : (SORT_SQL[key] ?? 'o.name');
  const orderSql = `${order} ${desc ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, o.name, a.id`;
  const [rows, prev] = await Promise.all([
    queryRows<HeatRow & { total: number }>(
      db,
      `SELECT a.id AS "auditId", o.id AS "organisationId", o.name AS organisation, o.sector, a.status,
              s.overall, s.areas, count(*) OVER ()::int AS total
         FROM audits a JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN audit_scores s ON s.audit_id = a.id
        WHERE a.cycle_id = $1 AND a.status = ANY($2) AND ($3::text IS NULL OR o.sector = $3)
        ORDER BY ${orderSql} LIMIT $4 OFFSET $5`,
      [cycle.id, states, sector, q.pageSize, q.offset],
    ),
    previous ? overallByOrganisation(db, previous) : new Map<string, number>(),
  ]);
  return {
    total: rows[0]?.total ?? (await countCounted(db, cycle.id, states, sector)),
    page: q.page,
    pageSize: q.pageSize,
    sort: q.sort,
    items: rows.map(({ total: _t, ...r }) => ({
      ...r,
      previousOverall: prev.get(r.organisationId) ?? null,
    })),
  };
}

/** Overall score of each organisation's board-visible audit in a cycle. */
async function overallByOrganisation(db: Db, cycle: CycleRow): Promise<Map<string, number>> {
  const rows = await queryRows<{ organisation_id: string; overall: number }>(
    db,
    `SELECT a.organisation_id, s.overall FROM audits a JOIN audit_scores s ON s.audit_id = a.id
      WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} AND s.overall IS NOT NULL`,
    [cycle.id],
  );
  return new Map(rows.map((r) => [r.organisation_id, r.overall]));
}

async function countCounted(
  db: Db,
  cycleId: string,
  states: string[],
  sector: string | null,
): Promise<number> {
  const { n } = await oneRow<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM audits a JOIN organisations o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND a.status = ANY($2) AND ($3::text IS NULL OR o.sector = $3)`,
    [cycleId, states, sector],
  );
  return n;
}
