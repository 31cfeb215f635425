import type { AuditStatus } from '@pies/domain';
import type { FrameworkDefinition } from '@pies/framework';
import { scoreAudit, type AuditScore as LibScore } from '@pies/scoring';
import type { DataSource, EntityManager } from 'typeorm';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { frameworkDefinition } from '../frameworks/framework-definitions';

/**
 * The board's summaries: each board-visible audit's scores (audit_scores) and its cycle's
 * indicator statistics (cycle_indicator_stats). Both come from libs/scoring's result for the
 * audits' answers, written in the transaction that changes an audit's state; SQL only ever
 * averages and counts them.
 */

type Db = EntityManager | DataSource;

interface Answer {
  code: string;
  level: number | null;
  notApplicable: boolean;
}
interface CycleAudit {
  sector: string;
  status: AuditStatus;
  answers: Answer[];
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
 * In the transaction of an audit's state change: its stored scores follow its state (scored
 * whenever it reaches the board, removed when it goes back to the agency), and its cycle's
 * indicator statistics are recomputed over the cycle's board-visible audits.
 */
export async function refreshSummaries(
  tx: Db,
  audit: { id: string; cycleId: string; frameworkVersionId: string; status: AuditStatus },
): Promise<void> {
  await lockCycleStats(tx, audit.cycleId);
  const [definition, audits] = await Promise.all([
    frameworkDefinition(tx, audit.frameworkVersionId),
    cycleAudits(tx, audit.cycleId),
  ]);
  const scores = new Map([...audits].map(([id, a]) => [id, scoreAudit(definition, a.answers)]));
  const own = scores.get(audit.id);
  if (own) await writeScores(tx, audit.cycleId, new Map([[audit.id, own]]));
  else await tx.query('DELETE FROM audit_scores WHERE audit_id = $1', [audit.id]);
  await writeStats(tx, audit.cycleId, audits, scores);
}

/**
 * Rebuilds every summary of a cycle from its responses: for data loaded in bulk (demo, scale
 * generator) rather than through the submit workflow.
 */
export async function rebuildCycleSummaries(
  db: Db,
  cycleId: string,
  definition: FrameworkDefinition,
): Promise<void> {
  await lockCycleStats(db, cycleId);
  const audits = await cycleAudits(db, cycleId);
  const scores = new Map([...audits].map(([id, a]) => [id, scoreAudit(definition, a.answers)]));
  await db.query('DELETE FROM audit_scores WHERE cycle_id = $1 AND audit_id <> ALL($2::uuid[])', [
    cycleId,
    [...audits.keys()],
  ]);
  await writeScores(db, cycleId, scores);
  await writeStats(db, cycleId, audits, scores);
}

/** Serialises the statistics of one cycle: two state changes in it never interleave. */
async function lockCycleStats(db: Db, cycleId: string): Promise<void> {
  await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`cycle-stats:${cycleId}`]);
}

/** The cycle's board-visible audits, each with its organisation's sector and its answers. */
async function cycleAudits(db: Db, cycleId: string): Promise<Map<string, CycleAudit>> {
  const rows: (Partial<Answer> & { auditId: string; sector: string; status: AuditStatus })[] =
    await db.query(
      `SELECT a.id AS "auditId", o.sector, a.status, r.indicator_code AS code, r.level, r.not_applicable AS "notApplicable"
         FROM audits a JOIN organisations o ON o.id = a.organisation_id
         LEFT JOIN responses r ON r.audit_id = a.id
        WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}`,
      [cycleId],
    );
  const audits = new Map<string, CycleAudit>();
  for (const r of rows) {
    let audit = audits.get(r.auditId);
    if (!audit)
      audits.set(r.auditId, (audit = { sector: r.sector, status: r.status, answers: [] }));
    if (r.code)
      audit.answers.push({ code: r.code, level: r.level!, notApplicable: r.notApplicable! });
  }
  return audits;
}

async function writeScores(db: Db, cycleId: string, scores: Map<string, LibScore>) {
  if (scores.size === 0) return;
  const stored = [...scores.values()].map(storedScore);
  await db.query(
    `INSERT INTO audit_scores (audit_id, cycle_id, overall, areas, computed_at)
     SELECT x.audit_id, $1, x.overall, x.areas::jsonb, now()
       FROM unnest($2::uuid[], $3::float8[], $4::text[]) AS x(audit_id, overall, areas)
     ON CONFLICT (audit_id) DO UPDATE SET overall = EXCLUDED.overall, areas = EXCLUDED.areas, computed_at = now()`,
    [
      cycleId,
      [...scores.keys()],
      stored.map((s) => s.overall),
      stored.map((s) => JSON.stringify(s.areas)),
    ],
  );
}

async function writeStats(
  db: Db,
  cycleId: string,
  audits: Map<string, CycleAudit>,
  scores: Map<string, LibScore>,
) {
  const stats = new Map<
    string,
    { code: string; sector: string; status: string; n: number; sum: number; below: number }
  >();
  for (const [id, audit] of audits) {
    for (const i of scores.get(id)!.indicators) {
      if (i.status !== 'answered') continue;
      const key = `${i.code}\u0000${audit.sector}\u0000${audit.status}`;
      let s = stats.get(key);
      if (!s) {
        s = { code: i.code, sector: audit.sector, status: audit.status, n: 0, sum: 0, below: 0 };
        stats.set(key, s);
      }
      s.n++;
      s.sum += i.level!;
      if (!i.benchmarkMet) s.below++;
    }
  }
  const rows = [...stats.values()];
  await db.query('DELETE FROM cycle_indicator_stats WHERE cycle_id = $1', [cycleId]);
  await db.query(
    `INSERT INTO cycle_indicator_stats (cycle_id, indicator_code, sector, status, responses, level_sum, below_benchmark)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])`,
    [
      cycleId,
      rows.map((r) => r.code),
      rows.map((r) => r.sector),
      rows.map((r) => r.status),
      rows.map((r) => r.n),
      rows.map((r) => r.sum),
      rows.map((r) => r.below),
    ],
  );
}
