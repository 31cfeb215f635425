import { isVisibleToBoard, type AuditStatus } from '@pies/domain';
import type { FrameworkDefinition } from '@pies/framework';
import { scoreAudit, type AuditScore as LibScore } from '@pies/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { boardVisibleSql } from '../audits/audit-rules.sql';

type Db = EntityManager | DataSource;

/** The answers libs/scoring reads, for one or many audits. */
const ANSWERS_SQL = `SELECT r.audit_id AS "auditId", r.indicator_code AS code, r.level, r.not_applicable AS "notApplicable"
  FROM responses r`;
interface AnswerRow {
  auditId: string;
  code: string;
  level: number | null;
  notApplicable: boolean;
}

/** What the dashboards store of a libs/scoring result: the overall score and each area's. */
export function storedScore(score: LibScore): {
  overall: number | null;
  areas: Record<string, number>;
} {
  return {
    overall: score.overall.score,
    areas: Object.fromEntries(
      score.areas.filter((a) => a.score !== null).map((a) => [a.code, a.score as number]),
    ),
  };
}

/**
 * Keeps an audit's stored scores in step with its state, in the transaction that changes it:
 * scored by libs/scoring from its answers whenever it reaches the board (submitted, returned,
 * accepted), removed when it goes back to the agency. SQL only ever averages these.
 */
export async function storeAuditScore(
  tx: Db,
  audit: { id: string; cycleId: string; frameworkVersionId: string; status: AuditStatus },
): Promise<void> {
  if (!isVisibleToBoard(audit.status)) {
    await tx.query('DELETE FROM audit_scores WHERE audit_id = $1', [audit.id]);
    return;
  }
  const [definition, answers] = await Promise.all([
    frameworkDefinition(tx, audit.frameworkVersionId),
    tx.query(`${ANSWERS_SQL} WHERE r.audit_id = $1`, [audit.id]) as Promise<AnswerRow[]>,
  ]);
  await writeScores(tx, audit.cycleId, [
    { auditId: audit.id, score: scoreAudit(definition, answers) },
  ]);
}

async function writeScores(
  tx: Db,
  cycleId: string,
  scores: { auditId: string; score: LibScore }[],
): Promise<void> {
  const stored = scores.map((s) => storedScore(s.score));
  await tx.query(
    `INSERT INTO audit_scores (audit_id, cycle_id, overall, areas, computed_at)
     SELECT x.audit_id, $1, x.overall, x.areas::jsonb, now()
       FROM unnest($2::uuid[], $3::float8[], $4::text[]) AS x(audit_id, overall, areas)
     ON CONFLICT (audit_id) DO UPDATE SET overall = EXCLUDED.overall, areas = EXCLUDED.areas, computed_at = now()`,
    [
      cycleId,
      scores.map((s) => s.auditId),
      stored.map((s) => s.overall),
      stored.map((s) => JSON.stringify(s.areas)),
    ],
  );
}

/**
 * Recomputes a cycle's indicator statistics over its board-visible audits: how many answered
 * each indicator, the sum of their levels and how many fell below its benchmark. Runs inside
 * the transaction of an audit's state change, serialised per cycle.
 */
export async function refreshCycleStats(tx: Db, cycleId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cycle-stats:${cycleId}`]);
  await tx.query('DELETE FROM cycle_indicator_stats WHERE cycle_id = $1', [cycleId]);
  await tx.query(
    `INSERT INTO cycle_indicator_stats (cycle_id, indicator_code, sector, status, responses, level_sum, below_benchmark)
     SELECT a.cycle_id, r.indicator_code, o.sector, a.status, count(*), sum(r.level), count(*) FILTER (WHERE r.level < fi.benchmark)
       FROM audits a
       JOIN cycles c ON c.id = a.cycle_id
       JOIN organisations o ON o.id = a.organisation_id
       JOIN responses r ON r.audit_id = a.id AND r.level IS NOT NULL AND NOT r.not_applicable
       JOIN framework_indicators fi ON fi.framework_version_id = c.framework_version_id AND fi.code = r.indicator_code
      WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}
      GROUP BY a.cycle_id, r.indicator_code, o.sector, a.status`,
    [cycleId],
  );
}

/**
 * Rebuilds every summary of a cycle from its responses, scoring each board-visible audit with
 * libs/scoring: for data loaded in bulk (demo, scale generator) rather than through the
 * submit workflow.
 */
export async function rebuildCycleSummaries(
  db: Db,
  cycleId: string,
  definition: FrameworkDefinition,
): Promise<void> {
  const answers: AnswerRow[] = await db.query(
    `${ANSWERS_SQL} JOIN audits a ON a.id = r.audit_id WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`,
    [cycleId],
  );
  const audits: { id: string }[] = await db.query(
    `SELECT a.id FROM audits a WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`,
    [cycleId],
  );
  const byAudit = new Map<string, AnswerRow[]>(audits.map((a) => [a.id, []]));
  for (const row of answers) byAudit.get(row.auditId)?.push(row);
  await db.query(`DELETE FROM audit_scores WHERE cycle_id = $1 AND audit_id <> ALL($2::uuid[])`, [
    cycleId,
    [...byAudit.keys()],
  ]);
  const scores = [...byAudit].map(([auditId, rows]) => ({
    auditId,
    score: scoreAudit(definition, rows),
  }));
  if (scores.length) await writeScores(db, cycleId, scores);
  await refreshCycleStats(db, cycleId);
}
