import { isVisibleToBoard, type AuditStatus } from '@pies/domain';
import type { FrameworkDefinition } from '@pies/framework';
import { scoreAudit, type AuditScore as LibScore } from '@pies/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { queryRows, run } from '../database/typed-query';

/**
 * The board's summaries: each board-visible audit's scores (audit_scores, from libs/scoring)
 * and its cycle's indicator statistics (cycle_indicator_stats, counted over the stored
 * scores), written in the transaction that changes an audit's state. SQL only ever averages
 * and counts them.
 */

type Db = EntityManager | DataSource;

interface Answer {
  auditId: string;
  code: string;
  level: number | null;
  notApplicable: boolean;
}

const ANSWERS_SQL = `SELECT r.audit_id AS "auditId", r.indicator_code AS code, r.level, r.not_applicable AS "notApplicable"
  FROM responses r`;

/** What the dashboards store of a libs/scoring result. */
export function storedScore(score: LibScore): {
  overall: number | null;
  areas: Record<string, number>;
  belowBenchmark: string[];
} {
  return {
    overall: score.overall.score,
    areas: Object.fromEntries(
      score.areas.filter((a) => a.score !== null).map((a) => [a.code, a.score as number]),
    ),
    belowBenchmark: score.indicators.filter((i) => i.benchmarkMet === false).map((i) => i.code),
  };
}

/**
 * In the transaction of an audit's state change: its stored scores follow its state (scored
 * from its answers whenever it reaches the board, removed when it goes back to the agency),
 * then its cycle's indicator statistics are counted again.
 */
export async function refreshSummaries(
  tx: Db,
  audit: { id: string; cycleId: string; frameworkVersionId: string; status: AuditStatus },
  at: Date,
): Promise<void> {
  if (isVisibleToBoard(audit.status)) {
    const [definition, answers] = await Promise.all([
      frameworkDefinition(tx, audit.frameworkVersionId),
      queryRows<Answer>(tx, `${ANSWERS_SQL} WHERE r.audit_id = $1`, [audit.id]),
    ]);
    await writeScores(
      tx,
      audit.cycleId,
      new Map([[audit.id, scoreAudit(definition, answers)]]),
      at,
    );
  } else {
    await run(tx, 'DELETE FROM audit_scores WHERE audit_id = $1', [audit.id]);
  }
  await refreshCycleStats(tx, audit.cycleId);
}

/**
 * Rebuilds every summary of a cycle from its responses, scoring each board-visible audit with
 * libs/scoring: for data loaded in bulk (demo, scale generator) rather than through the submit
 * workflow.
 */
export async function rebuildCycleSummaries(
  db: Db,
  cycleId: string,
  definition: FrameworkDefinition,
  at: Date,
): Promise<void> {
  const audits = await queryRows<{ id: string }>(
    db,
    `SELECT a.id FROM audits a WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`,
    [cycleId],
  );
  const answers = new Map<string, Answer[]>(audits.map((a) => [a.id, []]));
  const rows = await queryRows<Answer>(
    db,
    `${ANSWERS_SQL} JOIN audits a ON a.id = r.audit_id WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`,
    [cycleId],
  );
  for (const r of rows) answers.get(r.auditId)?.push(r);
  await run(db, 'DELETE FROM audit_scores WHERE cycle_id = $1 AND audit_id <> ALL($2::uuid[])', [
    cycleId,
    [...answers.keys()],
  ]);
  const scores = new Map([...answers].map(([id, a]) => [id, scoreAudit(definition, a)]));
  await writeScores(db, cycleId, scores, at);
  await refreshCycleStats(db, cycleId);
}

async function writeScores(db: Db, cycleId: string, scores: Map<string, LibScore>, at: Date) {
  if (scores.size === 0) return;
  const stored = [...scores.values()].map(storedScore);
  await run(
    db,
    `INSERT INTO audit_scores (audit_id, cycle_id, overall, areas, below_benchmark, computed_at)
     SELECT x.audit_id, $1, x.overall, x.areas::jsonb, ARRAY(SELECT jsonb_array_elements_text(x.below::jsonb)), $6
       FROM unnest($2::uuid[], $3::float8[], $4::text[], $5::text[]) AS x(audit_id, overall, areas, below)
     ON CONFLICT (audit_id) DO UPDATE SET overall = EXCLUDED.overall, areas = EXCLUDED.areas,
       below_benchmark = EXCLUDED.below_benchmark, computed_at = EXCLUDED.computed_at`,
    [
      cycleId,
      [...scores.keys()],
      stored.map((s) => s.overall),
      stored.map((s) => JSON.stringify(s.areas)),
      stored.map((s) => JSON.stringify(s.belowBenchmark)),
      at,
    ],
  );
}

/**
 * Counts a cycle's indicator statistics over its board-visible audits: per indicator, sector
 * and audit state, how many answered it, the sum of their levels and how many fell below its
 * benchmark (as stored with each audit's score). Serialised per cycle.
 */
async function refreshCycleStats(db: Db, cycleId: string): Promise<void> {
  await run(db, 'SELECT pg_advisory_xact_lock(hashtext($1))', [`cycle-stats:${cycleId}`]);
  await run(db, 'DELETE FROM cycle_indicator_stats WHERE cycle_id = $1', [cycleId]);
  await run(
    db,
    `INSERT INTO cycle_indicator_stats (cycle_id, indicator_code, sector, status, responses, level_sum, below_benchmark)
     SELECT a.cycle_id, r.indicator_code, o.sector, a.status, count(*), sum(r.level),
            count(*) FILTER (WHERE r.indicator_code = ANY(s.below_benchmark))
       FROM audits a
       JOIN cycles c ON c.id = a.cycle_id
       JOIN organisations o ON o.id = a.organisation_id
       JOIN audit_scores s ON s.audit_id = a.id
       JOIN responses r ON r.audit_id = a.id AND r.level IS NOT NULL AND NOT r.not_applicable
       JOIN framework_indicators fi ON fi.framework_version_id = c.framework_version_id AND fi.code = r.indicator_code
      WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}
      GROUP BY a.cycle_id, r.indicator_code, o.sector, a.status`,
    [cycleId],
  );
}
