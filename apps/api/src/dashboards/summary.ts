import type { FrameworkDefinition } from '@pies/framework';
import type { AuditScore as LibScore } from '@pies/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import { SCORE_CTES, scoringParams } from './scoring-sql';

type Db = EntityManager | DataSource;

/** Stores an audit's scores (from libs/scoring) as submitted. */
export async function recordAuditScore(
  tx: Db,
  auditId: string,
  cycleId: string,
  score: LibScore,
): Promise<void> {
  const areas = Object.fromEntries(
    score.areas.filter((a) => a.score !== null).map((a) => [a.code, a.score]),
  );
  await tx.query(
    `INSERT INTO audit_scores (audit_id, cycle_id, overall, areas, computed_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (audit_id) DO UPDATE SET overall = EXCLUDED.overall, areas = EXCLUDED.areas, computed_at = now()`,
    [auditId, cycleId, score.overall.score, JSON.stringify(areas)],
  );
}

/**
 * Recomputes a cycle's indicator statistics over its submitted, returned and accepted audits.
 * Runs inside the transaction of an audit's state change, serialised per cycle.
 */
export async function refreshCycleStats(tx: Db, cycleId: string): Promise<void> {
  // The partnership's dashboard revision first (its triggers would raise it anyway): every
  // transaction then takes that row lock before this advisory lock, never the other way round.
  await tx.query('SELECT dashboard_bump(ARRAY(SELECT partnership_id FROM cycles WHERE id = $1))', [
    cycleId,
  ]);
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
      WHERE a.cycle_id = $1 AND a.status IN ('submitted', 'returned', 'accepted')
      GROUP BY a.cycle_id, r.indicator_code, o.sector, a.status`,
    [cycleId],
  );
}

/**
 * Rebuilds every summary of a cycle from its responses: for data loaded in bulk (demo, scale
 * generator) rather than through the submit workflow.
 */
export async function rebuildCycleSummaries(
  db: Db,
  cycleId: string,
  frameworkVersionId: string,
  f: FrameworkDefinition,
): Promise<void> {
  await db.query(
    `WITH counted AS (SELECT a.id FROM audits a WHERE a.cycle_id = $6 AND a.status IN ('submitted', 'returned', 'accepted')),
          ${SCORE_CTES},
          areas AS (SELECT audit_id, jsonb_object_agg(area_code, score) AS areas FROM area_scores GROUP BY audit_id)
     INSERT INTO audit_scores (audit_id, cycle_id, overall, areas)
     SELECT c.id, $6, ov.score, COALESCE(ar.areas, '{}'::jsonb)
       FROM counted c LEFT JOIN overall_scores ov ON ov.audit_id = c.id LEFT JOIN areas ar ON ar.audit_id = c.id
     ON CONFLICT (audit_id) DO UPDATE SET overall = EXCLUDED.overall, areas = EXCLUDED.areas, computed_at = now()`,
    [frameworkVersionId, ...scoringParams(f), cycleId],
  );
  await refreshCycleStats(db, cycleId);
}
