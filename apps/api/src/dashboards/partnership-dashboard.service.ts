import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FrameworkDefinition } from '@pies/framework';
import { ragForScore } from '@pies/scoring';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { COMPLIANCE_SQL } from '../organisations/compliance.sql';
import type { DashboardQuery } from './dto/dashboard.dto';
import { SCORE_CTES, scoringParams } from './scoring-sql';

export const BOARD_STATES = ['submitted', 'returned', 'accepted'];

interface HeatRow {
  organisationId: string;
  overall: number | null;
  areas: Record<string, number> | null;
  previousOverall: number | null;
}

export interface CycleRow {
  id: string;
  name: string;
  dueOn: string;
  opensOn: string;
  status: string;
  frameworkVersionId: string;
  definition: FrameworkDefinition;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const SORT_SQL: Record<string, string> = {
  name: 'o.name',
  sector: 'o.sector, o.name',
  status: 'a.status, o.name',
  overall: 'ov.score NULLS FIRST, o.name',
};

/**
 * The board's view of a cycle, computed in PostgreSQL over the whole partnership. Only
 * submitted, returned and accepted audits count towards figures; drafts never leak.
 */
@Injectable()
export class PartnershipDashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async cycle(partnershipId: string, cycleId?: string): Promise<CycleRow | null> {
    const [row] = await this.db.query(
      `SELECT c.id, c.name, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", c.status,
              c.framework_version_id AS "frameworkVersionId", v.definition
         FROM cycles c JOIN framework_versions v ON v.id = c.framework_version_id
        WHERE c.partnership_id = $1 AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY (c.status = 'open') DESC, c.opens_on DESC LIMIT 1`,
      [partnershipId, cycleId ?? null],
    );
    if (cycleId && !row) throw new NotFoundError('cycle in this partnership');
    return row ?? null;
  }

  async cycleById(cycleId: string): Promise<CycleRow> {
    const [row] = await this.db.query(
      `SELECT c.id, c.name, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", c.status,
              c.framework_version_id AS "frameworkVersionId", v.definition, c.partnership_id AS "partnershipId"
         FROM cycles c JOIN framework_versions v ON v.id = c.framework_version_id WHERE c.id = $1`,
      [cycleId],
    );
    if (!row) throw new NotFoundError('cycle');
    return row;
  }

  /** Area and overall scores of one audit, by the same SQL as the partnership figures. */
  async auditScores(
    cycle: CycleRow,
    auditId: string,
  ): Promise<{ overall: number | null; areas: Map<string, number> }> {
    const rows: { area_code: string | null; score: number }[] = await this.db.query(
      `WITH counted AS (SELECT $6::uuid AS id), ${SCORE_CTES}
       SELECT area_code, score FROM area_scores UNION ALL SELECT NULL, score FROM overall_scores`,
      [cycle.frameworkVersionId, ...scoringParams(cycle.definition), auditId],
    );
    return {
      overall: rows.find((r) => r.area_code === null)?.score ?? null,
      areas: new Map(rows.filter((r) => r.area_code !== null).map((r) => [r.area_code!, r.score])),
    };
  }

  async previousCycle(partnershipId: string, current: CycleRow): Promise<CycleRow | null> {
    const [row] = await this.db.query(
      `SELECT c.id, c.name, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", c.status,
              c.framework_version_id AS "frameworkVersionId", v.definition
         FROM cycles c JOIN framework_versions v ON v.id = c.framework_version_id
        WHERE c.partnership_id = $1 AND c.opens_on < $2::date ORDER BY c.opens_on DESC LIMIT 1`,
      [partnershipId, current.opensOn],
    );
    return row ?? null;
  }

  /** Per-area and overall partnership averages over counted audits (each agency counts once). */
  async averages(cycle: CycleRow, states: string[], sector: string | null) {
    const rows: { area_code: string | null; score: number; agencies: number }[] =
      await this.db.query(
        `WITH counted AS (SELECT a.id FROM audits a JOIN organisations o ON o.id = a.organisation_id
                         WHERE a.cycle_id = $6 AND a.status = ANY($7) AND ($8::text IS NULL OR o.sector = $8)),
            ${SCORE_CTES}
       SELECT area_code, avg(score) AS score, count(*)::int AS agencies FROM area_scores GROUP BY area_code
       UNION ALL
       SELECT NULL, avg(score), count(*)::int FROM overall_scores`,
        [cycle.frameworkVersionId, ...scoringParams(cycle.definition), cycle.id, states, sector],
      );
    const byArea = new Map(rows.map((r) => [r.area_code, r]));
    return {
      overall: byArea.get(null)?.score ?? null,
      agencies: byArea.get(null)?.agencies ?? 0,
      areas: new Map(
        cycle.definition.areas.map((a) => [a.code, byArea.get(a.code)?.score ?? null]),
      ),
    };
  }

  async dashboard(partnershipId: string, q: DashboardQuery) {
    const cycle = await this.cycle(partnershipId, q.cycleId);
    if (!cycle) throw new NotFoundError('cycle: this partnership has none yet');
    const states = q.state ? [q.state] : BOARD_STATES;
    const sector = q.sector ?? null;
    const bands = cycle.definition.scoring.bands;
    const cell = (score: number | null) => ({
      score: round(score),
      rag: score === null ? null : ragForScore(score, bands),
    });
    const previous = await this.previousCycle(partnershipId, cycle);
    const [
      current,
      before,
      completion,
      heatMap,
      sectors,
      indicators,
      overdue,
      challenges,
      actions,
    ] = await Promise.all([
      this.averages(cycle, states, sector),
      previous ? this.averages(previous, BOARD_STATES, sector) : null,
      this.completion(cycle, sector),
      this.heatMap(cycle, previous, states, sector, q),
      this.sectors(cycle, states),
      this.indicators(cycle, states, sector),
      this.overdueAgencies(partnershipId, sector),
      this.openChallenges(cycle.id),
      this.overdueActions(cycle.id),
    ]);
    const change = (a: number | null, b: number | null | undefined) =>
      a === null || b == null ? null : round(a - b);
    return {
      cycle: {
        id: cycle.id,
        name: cycle.name,
        opensOn: cycle.opensOn,
        dueOn: cycle.dueOn,
        status: cycle.status,
      },
      previousCycle: previous ? { id: previous.id, name: previous.name } : null,
      countedStates: states,
      filters: { sector, state: q.state ?? null },
      completion,
      partnership: {
        agenciesCounted: current.agencies,
        overall: {
          ...cell(current.overall),
          previous: round(before?.overall ?? null),
          change: change(current.overall, before?.overall),
        },
        areas: cycle.definition.areas.map((a) => ({
          code: a.code,
          title: a.title,
          ...cell(current.areas.get(a.code) ?? null),
          benchmark: round(benchmarkScore(cycle.definition, a.code)),
          previous: round(before?.areas.get(a.code) ?? null),
          change: change(current.areas.get(a.code) ?? null, before?.areas.get(a.code)),
        })),
      },
      heatMap: {
        ...heatMap,
        items: heatMap.items.map((r: HeatRow) => ({
          ...r,
          overall: cell(r.overall),
          areas: Object.fromEntries(
            Object.entries(r.areas ?? {}).map(([k, v]) => [k, cell(v as number)]),
          ),
          previousOverall: round(r.previousOverall),
          change: change(r.overall, r.previousOverall),
        })),
      },
      sectors: sectors.map(
        (s: { overall: number | null; areas: Record<string, number> | null }) => ({
          ...s,
          overall: cell(s.overall),
          areas: Object.fromEntries(Object.entries(s.areas ?? {}).map(([k, v]) => [k, cell(v)])),
        }),
      ),
      weakestIndicators: indicators.slice(0, 10),
      strongestIndicators: [...indicators].reverse().slice(0, 10),
      overdueAgencies: overdue,
      openChallenges: challenges,
      overdueActions: actions,
    };
  }

  private async completion(cycle: CycleRow, sector: string | null) {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE a.status = 'not_started')::int AS not_started,
              count(*) FILTER (WHERE a.status = 'in_progress')::int AS in_progress,
              count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE a.status = 'returned')::int AS returned,
              count(*) FILTER (WHERE a.status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE a.status IN ('not_started', 'in_progress', 'returned') AND $2::date < current_date)::int AS overdue,
              count(*)::int AS total
         FROM audits a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND ($3::text IS NULL OR o.sector = $3)`,
      [cycle.id, cycle.dueOn, sector],
    );
    return row;
  }

  private async heatMap(
    cycle: CycleRow,
    previous: CycleRow | null,
    states: string[],
    sector: string | null,
    q: DashboardQuery,
  ) {
    const desc = q.sort.startsWith('-');
    const key = desc ? q.sort.slice(1) : q.sort;
    const order =
      SORT_SQL[key] ?? `(ar.areas->>'${key.replace(/[^A-Z]/g, '')}')::float8 NULLS FIRST, o.name`;
    const orderSql = desc
      ? order.replace('NULLS FIRST', 'DESC NULLS LAST').replace(/^o\.name$/, 'o.name DESC')
      : order;
    const params = [
      cycle.frameworkVersionId,
      ...scoringParams(cycle.definition),
      cycle.id,
      states,
      sector,
      q.pageSize,
      (q.page - 1) * q.pageSize,
    ];
    const [rows, prev] = await Promise.all([
      this.db.query(
        `WITH counted AS (SELECT a.id FROM audits a JOIN organisations o ON o.id = a.organisation_id
                         WHERE a.cycle_id = $6 AND a.status = ANY($7) AND ($8::text IS NULL OR o.sector = $8)),
            ${SCORE_CTES},
            areas AS (SELECT audit_id, jsonb_object_agg(area_code, score) AS areas FROM area_scores GROUP BY audit_id)
       SELECT a.id AS "auditId", o.id AS "organisationId", o.name AS organisation, o.sector, a.status,
              ov.score AS overall, ar.areas, count(*) OVER ()::int AS total
         FROM counted c JOIN audits a ON a.id = c.id JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN overall_scores ov ON ov.audit_id = a.id
         LEFT JOIN areas ar ON ar.audit_id = a.id
        ORDER BY ${orderSql}, a.id LIMIT $9 OFFSET $10`,
        params,
      ),
      previous ? this.overallByOrganisation(previous) : new Map<string, number>(),
    ]);
    return {
      total: rows[0]?.total ?? (await this.countCounted(cycle.id, states, sector)),
      page: q.page,
      pageSize: q.pageSize,
      sort: q.sort,
      items: rows.map(
        ({
          total: _t,
          ...r
        }: {
          total: number;
          organisationId: string;
          overall: number | null;
          areas: Record<string, number> | null;
        }) => ({
          ...r,
          previousOverall: prev.get(r.organisationId) ?? null,
        }),
      ),
    };
  }

  /** Overall score of each organisation's board-visible audit in a cycle. */
  private async overallByOrganisation(cycle: CycleRow): Promise<Map<string, number>> {
    const rows: { organisation_id: string; score: number }[] = await this.db.query(
      `WITH counted AS (SELECT a.id FROM audits a WHERE a.cycle_id = $6 AND a.status = ANY($7)),
            ${SCORE_CTES}
       SELECT a.organisation_id, ov.score FROM overall_scores ov JOIN audits a ON a.id = ov.audit_id`,
      [cycle.frameworkVersionId, ...scoringParams(cycle.definition), cycle.id, BOARD_STATES],
    );
    return new Map(rows.map((r) => [r.organisation_id, r.score]));
  }

  private async countCounted(
    cycleId: string,
    states: string[],
    sector: string | null,
  ): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM audits a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND a.status = ANY($2) AND ($3::text IS NULL OR o.sector = $3)`,
      [cycleId, states, sector],
    );
    return n;
  }

  private sectors(
    cycle: CycleRow,
    states: string[],
  ): Promise<
    {
      sector: string;
      agencies: number;
      overall: number | null;
      areas: Record<string, number> | null;
    }[]
  > {
    return this.db.query(
      `WITH counted AS (SELECT a.id FROM audits a WHERE a.cycle_id = $6 AND a.status = ANY($7)),
            ${SCORE_CTES},
            by_area AS (SELECT o.sector, s.area_code, avg(s.score) AS score FROM area_scores s
                          JOIN audits a ON a.id = s.audit_id JOIN organisations o ON o.id = a.organisation_id
                         GROUP BY o.sector, s.area_code)
       SELECT o.sector, count(*)::int AS agencies, avg(ov.score) AS overall,
              (SELECT jsonb_object_agg(b.area_code, b.score) FROM by_area b WHERE b.sector = o.sector) AS areas
         FROM overall_scores ov JOIN audits a ON a.id = ov.audit_id JOIN organisations o ON o.id = a.organisation_id
        GROUP BY o.sector ORDER BY o.sector`,
      [cycle.frameworkVersionId, ...scoringParams(cycle.definition), cycle.id, states],
    );
  }

  /** Every indicator's mean level and share below benchmark, weakest first. */
  private async indicators(cycle: CycleRow, states: string[], sector: string | null) {
    const rows = await this.db.query(
      `SELECT fi.code, fi.area_code AS "areaCode", fi.statement, avg(r.level)::float8 AS "meanLevel",
              avg((r.level < fi.benchmark)::int)::float8 AS "belowBenchmarkShare", count(*)::int AS responses
         FROM audits a JOIN organisations o ON o.id = a.organisation_id
         JOIN responses r ON r.audit_id = a.id AND r.level IS NOT NULL AND NOT r.not_applicable
         JOIN framework_indicators fi ON fi.framework_version_id = $1 AND fi.code = r.indicator_code
        WHERE a.cycle_id = $2 AND a.status = ANY($3) AND ($4::text IS NULL OR o.sector = $4)
        GROUP BY fi.code, fi.area_code, fi.statement, fi.position
        ORDER BY avg(r.level), avg((r.level < fi.benchmark)::int) DESC, fi.position`,
      [cycle.frameworkVersionId, cycle.id, states, sector],
    );
    return rows.map((r: { meanLevel: number; belowBenchmarkShare: number }) => ({
      ...r,
      meanLevel: Math.round(r.meanLevel * 100) / 100,
      belowBenchmarkShare: Math.round(r.belowBenchmarkShare * 1000) / 1000,
    }));
  }

  private overdueAgencies(partnershipId: string, sector: string | null) {
    return this.db.query(
      `SELECT * FROM (
         SELECT o.id AS "organisationId", o.name AS organisation, o.sector,
                (SELECT c FROM json_array_elements(${COMPLIANCE_SQL}) c WHERE c->>'partnershipId' = $1::text) AS compliance
           FROM organisations o JOIN partnership_organisations po ON po.organisation_id = o.id AND po.partnership_id = $1
          WHERE ($2::text IS NULL OR o.sector = $2)) x
        WHERE x.compliance->>'status' = 'overdue' ORDER BY x.organisation`,
      [partnershipId, sector],
    );
  }

  private async openChallenges(cycleId: string) {
    const rows = await this.db.query(
      `SELECT ch.id, ch.audit_id AS "auditId", o.name AS organisation, ch.indicator_code AS "indicatorCode", ch.raised_at AS "raisedAt",
              (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at LIMIT 1) AS question,
              count(*) OVER ()::int AS total
         FROM challenges ch JOIN audits a ON a.id = ch.audit_id JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND ch.status = 'open' ORDER BY ch.raised_at LIMIT 20`,
      [cycleId],
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map(({ total: _t, ...r }: { total: number }) => r),
    };
  }

  private async overdueActions(cycleId: string) {
    const rows = await this.db.query(
      `SELECT ac.id, ac.audit_id AS "auditId", o.name AS organisation, ac.indicator_code AS "indicatorCode", ac.description, ac.owner,
              to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status, count(*) OVER ()::int AS total
         FROM actions ac JOIN audits a ON a.id = ac.audit_id JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND a.status = ANY($2) AND ac.status <> 'done' AND ac.due_on < current_date
        ORDER BY ac.due_on LIMIT 20`,
      [cycleId, BOARD_STATES],
    );
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map(({ total: _t, ...r }: { total: number }) => r),
    };
  }
}

/** The score an area would have with every indicator exactly at its benchmark. */
export function benchmarkScore(f: FrameworkDefinition, areaCode: string): number | null {
  const area = f.areas.find((a) => a.code === areaCode);
  if (!area) return null;
  const scoreOf = new Map(f.scale.levels.map((l) => [l.value, l.score]));
  let sum = 0;
  let weight = 0;
  for (const s of area.standards) {
    for (const i of s.indicators) {
      sum += (scoreOf.get(i.benchmark) ?? 0) * i.weight;
      weight += i.weight;
    }
  }
  return weight ? sum / weight : null;
}
