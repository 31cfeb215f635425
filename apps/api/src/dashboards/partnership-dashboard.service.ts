import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BOARD_COUNTED_STATES, type CycleStatus, type Sector } from '@pies/domain';
import { allIndicators, type FrameworkDefinition } from '@pies/framework';
import { ragOf, weakestAndStrongest, roundScore, scoreAudit } from '@pies/scoring';
import { DataSource } from 'typeorm';
import { auditOverdueSql } from '../audits/audit-rules.sql';
import { Clock } from '../clock/clock';
import { NotFoundError } from '../common/errors/domain-errors';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { openChallenges, overdueActions, overdueAgencies, rankIndicators } from './dashboard-lists';
import type { DashboardQuery, SectorPageQuery } from './dto/dashboard.dto';
import type {
  CompletionDto,
  OverdueAgenciesPageDto,
  PartnershipDashboardDto,
} from './dto/partnership-dashboard.dto';
import { heatMapPage } from './heat-map';
import { CommonErrorCode } from '../common/errors/common.errors';
import { DashboardErrorCode } from './dashboards.errors';
import { oneRow, queryRow, queryRows } from '../database/typed-query';

/** A cycle; its framework definition comes from the per-process cache. */
const CYCLE_SELECT = `SELECT c.id, c.name, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn",
  c.status, c.framework_version_id AS "frameworkVersionId", c.partnership_id AS "partnershipId"
  FROM cycles c`;

export interface CycleRow {
  id: string;
  partnershipId: string;
  name: string;
  dueOn: string;
  opensOn: string;
  status: CycleStatus;
  frameworkVersionId: string;
  definition: FrameworkDefinition;
}

/** A score to one decimal (as the board sees it, and as every report shows it). */
export const round = (n: number | null | undefined) => (n == null ? null : roundScore(n));

/** A score rounded, with its RAG band. */
export const scoreCell = (
  score: number | null | undefined,
  bands: FrameworkDefinition['scoring']['bands'],
) => ({
  score: round(score),
  rag: score == null ? null : ragOf(score, bands),
});

/**
 * The board's view of a cycle, computed in PostgreSQL over the whole partnership. Only
 * submitted, returned and accepted audits count towards figures; drafts never leak.
 */
@Injectable()
export class PartnershipDashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The cycle asked for, else the partnership's open one (the latest, if cycles from before the
   * overlap rule are open together), else the latest that has opened, else the latest.
   */
  cycle(partnershipId: string, cycleId?: string): Promise<CycleRow | null> {
    return this.findCycle(
      `WHERE c.partnership_id = $1 AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY (c.status = 'open') DESC, (c.status = 'closed') DESC, c.opens_on DESC LIMIT 1`,
      [partnershipId, cycleId ?? null],
    );
  }

  async cycleById(cycleId: string): Promise<CycleRow> {
    const row = await this.findCycle('WHERE c.id = $1', [cycleId]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
    return row;
  }

  previousCycle(partnershipId: string, current: CycleRow): Promise<CycleRow | null> {
    return this.findCycle(
      'WHERE c.partnership_id = $1 AND c.opens_on < $2::date ORDER BY c.opens_on DESC LIMIT 1',
      [partnershipId, current.opensOn],
    );
  }

  private async findCycle(where: string, params: unknown[]): Promise<CycleRow | null> {
    const row = await queryRow<Omit<CycleRow, 'definition'>>(
      this.db,
      `${CYCLE_SELECT} ${where}`,
      params,
    );
    if (!row) return null;
    return { ...row, definition: await frameworkDefinition(this.db, row.frameworkVersionId) };
  }

  /** An audit's scores as stored when it reached the board (none for a draft). */
  async storedScores(
    auditId: string,
  ): Promise<{ overall: number | null; areas: Map<string, number> } | null> {
    const row = await queryRow<{ overall: number | null; areas: Record<string, number> }>(
      this.db,
      'SELECT overall, areas FROM audit_scores WHERE audit_id = $1',
      [auditId],
    );
    return row ? { overall: row.overall, areas: new Map(Object.entries(row.areas)) } : null;
  }

  /** Per-area and overall partnership averages over counted audits (each agency counts once). */
  async averages(
    cycle: CycleRow,
    states: readonly string[] = BOARD_COUNTED_STATES,
    sector: string | null = null,
  ) {
    const rows = await queryRows<{ area_code: string | null; score: number; agencies: number }>(
      this.db,

      `WITH scored AS (SELECT s.overall, s.areas FROM audits a
                         JOIN organisations o ON o.id = a.organisation_id JOIN audit_scores s ON s.audit_id = a.id
                        WHERE a.cycle_id = $1 AND a.status = ANY($2) AND ($3::text IS NULL OR o.sector = $3))
       SELECT e.key AS area_code, avg(e.value::float8) AS score, count(*)::int AS agencies
         FROM scored, jsonb_each_text(scored.areas) e GROUP BY e.key
       UNION ALL
       SELECT NULL, avg(overall), count(overall)::int FROM scored`,
      [cycle.id, states, sector],
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

  /** Every agency overdue for its audit, a page at a time. */
  async overdueAgencies(
    partnershipId: string,
    q: SectorPageQuery,
  ): Promise<OverdueAgenciesPageDto> {
    const sector = q.sector ?? null;
    const today = this.clock.today();
    const page = await overdueAgencies(this.db, partnershipId, sector, today, q.pageSize, q.offset);
    return { ...page, page: q.page, pageSize: q.pageSize };
  }

  async dashboard(partnershipId: string, q: DashboardQuery): Promise<PartnershipDashboardDto> {
    const cycle = await this.cycle(partnershipId, q.cycleId);
    if (!cycle)
      throw new NotFoundError(
        DashboardErrorCode.PARTNERSHIP_HAS_NO_CYCLE,
        'cycle: this partnership has none yet',
      );
    const states = q.state ? [q.state] : [...BOARD_COUNTED_STATES];
    const sector = q.sector ?? null;
    const cell = (score: number | null) => scoreCell(score, cycle.definition.scoring.bands);
    const previous = await this.previousCycle(partnershipId, cycle);
    const today = this.clock.today();
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
      previous ? this.averages(previous, BOARD_COUNTED_STATES, sector) : null,
      this.completion(cycle, sector, today),
      heatMapPage(this.db, cycle, previous, states, sector, q),
      this.sectors(cycle, states),
      rankIndicators(this.db, cycle, states, sector),
      overdueAgencies(this.db, partnershipId, sector, today),
      openChallenges(this.db, cycle.id),
      overdueActions(this.db, cycle.id, today),
    ]);
    const ranked = weakestAndStrongest(indicators);
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
        items: heatMap.items.map((r) => ({
          ...r,
          overall: cell(r.overall),
          areas: Object.fromEntries(
            Object.entries(r.areas ?? {}).map(([k, v]) => [k, cell(v as number)]),
          ),
          previousOverall: round(r.previousOverall),
          change: change(r.overall, r.previousOverall),
        })),
      },
      sectors: sectors.map((s) => ({
        ...s,
        overall: cell(s.overall),
        areas: Object.fromEntries(Object.entries(s.areas ?? {}).map(([k, v]) => [k, cell(v)])),
      })),
      weakestIndicators: ranked.weakest,
      strongestIndicators: ranked.strongest,
      overdueAgencies: overdue,
      openChallenges: challenges,
      overdueActions: actions,
    };
  }

  private completion(
    cycle: CycleRow,
    sector: string | null,
    today: string,
  ): Promise<CompletionDto> {
    return oneRow<CompletionDto>(
      this.db,
      `SELECT count(*) FILTER (WHERE a.status = 'not_started')::int AS not_started,
              count(*) FILTER (WHERE a.status = 'in_progress')::int AS in_progress,
              count(*) FILTER (WHERE a.status = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE a.status = 'returned')::int AS returned,
              count(*) FILTER (WHERE a.status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE ${auditOverdueSql('a', 'c', '$3')})::int AS overdue,
              count(*)::int AS total
         FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND ($2::text IS NULL OR o.sector = $2)`,
      [cycle.id, sector, today],
    );
  }

  private sectors(cycle: CycleRow, states: readonly string[]) {
    return queryRows<{
      sector: Sector;
      agencies: number;
      overall: number | null;
      areas: Record<string, number> | null;
    }>(
      this.db,
      `WITH scored AS (SELECT o.sector, s.overall, s.areas FROM audits a
                         JOIN organisations o ON o.id = a.organisation_id JOIN audit_scores s ON s.audit_id = a.id
                        WHERE a.cycle_id = $1 AND a.status = ANY($2) AND s.overall IS NOT NULL),
            by_area AS (SELECT sc.sector, e.key, avg(e.value::float8) AS score FROM scored sc, jsonb_each_text(sc.areas) e GROUP BY sc.sector, e.key)
       SELECT sc.sector, count(*)::int AS agencies, avg(sc.overall) AS overall,
              (SELECT jsonb_object_agg(b.key, b.score) FROM by_area b WHERE b.sector = sc.sector) AS areas
         FROM scored sc GROUP BY sc.sector ORDER BY sc.sector`,
      [cycle.id, states],
    );
  }
}

/** The score an area would have with every indicator exactly at its benchmark (libs/scoring). */
export function benchmarkScore(f: FrameworkDefinition, areaCode: string): number | null {
  const atBenchmark = allIndicators(f).map((i) => ({
    code: i.code,
    level: i.benchmark,
    notApplicable: false,
  }));
  return scoreAudit(f, atBenchmark).areas.find((a) => a.code === areaCode)?.score ?? null;
}
