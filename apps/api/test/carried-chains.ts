/**
 * Carried action chains, as cycles made them before actions belonged to the organisation
 * (migration OrganisationActions1796700000000), and the check that the migration loses nothing.
 * Used by the API test of the migration (organisation-actions.e2e.spec.ts) and by
 * `npm run bench:migrations` (bench/seed/migrations.cli.ts) on the
 * 1,000-agency seed. Works on any database at the schema before that migration.
 */

/** What runs SQL: a TypeORM DataSource or QueryRunner, or a pg Client wrapped to return rows. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const rows = async <T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> => {
  const result = (await db.query(sql, params)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
};

/** Each audit of an organisation with the organisation's next audit (by cycle, then creation). */
const NEXT_AUDIT = `SELECT id, lead(id) OVER (PARTITION BY organisation_id ORDER BY opens_on, created_at, id) AS next_id
    FROM (SELECT a.id, a.organisation_id, c.opens_on, a.created_at FROM audits a JOIN cycles c ON c.id = a.cycle_id) x`;

/**
 * Builds carried chains as the old cycle start did, on the schema before the migration: every
 * open action is copied into its organisation's next audit (`carried_from_id`), and the copy's
 * open ones again into the one after. Then the chains live on as they did: some copies move on
 * (in progress), some originals are closed after they were copied (live after review: the
 * original changed last), and a third of every member gets a progress note in its history.
 * `varied` false leaves the chains as copied (a test then changes them as it needs). Returns how
 * many copies were made.
 */
export async function buildCarriedChains(db: Queryable, varied = true): Promise<number> {
  let copies = 0;
  for (;;) {
    const made = await rows<{ id: string }>(
      db,
      `INSERT INTO actions (audit_id, indicator_code, description, owner, due_on, status, carried_from_id,
                            created_by_id, created_at, updated_at)
       SELECT nx.next_id, x.indicator_code, x.description, x.owner, x.due_on, x.status, x.id, x.created_by_id,
              x.created_at + interval '1 minute', x.updated_at + interval '1 minute'
         FROM actions x JOIN (${NEXT_AUDIT}) nx ON nx.id = x.audit_id
        WHERE nx.next_id IS NOT NULL AND x.status NOT IN ('done', 'dropped')
          AND NOT EXISTS (SELECT 1 FROM actions c WHERE c.carried_from_id = x.id)
       RETURNING id`,
    );
    if (!made.length) break;
    copies += made.length;
  }
  if (!varied) return copies;
  await db.query(
    `UPDATE actions SET status = 'in_progress', updated_at = updated_at + interval '1 day'
      WHERE carried_from_id IS NOT NULL AND status = 'not_started' AND abs(hashtext(id::text)) % 4 = 0`,
  );
  await db.query(
    `UPDATE actions o SET status = 'done', closed_at = o.updated_at + interval '90 days',
            updated_at = o.updated_at + interval '90 days', description = o.description || ' (done)'
      WHERE o.carried_from_id IS NULL AND abs(hashtext(o.id::text)) % 5 = 0
        AND EXISTS (SELECT 1 FROM actions c WHERE c.carried_from_id = o.id)`,
  );
  await db.query(
    `INSERT INTO action_updates (action_id, at, note, status_before, status_after, due_before, due_after)
     SELECT id, updated_at, 'Progress noted.', status, status, due_on, due_on FROM actions
      WHERE abs(hashtext(id::text)) % 3 = 0`,
  );
  return copies;
}

/** Each chain's first action, its members and the state of the member changed last. */
const CHAINS = `WITH RECURSIVE chain AS (
    SELECT ac.id, ac.id AS root_id FROM actions ac
     WHERE ac.carried_from_id IS NULL OR NOT EXISTS (SELECT 1 FROM actions f WHERE f.id = ac.carried_from_id)
    UNION ALL
    SELECT ac.id, chain.root_id FROM actions ac JOIN chain ON ac.carried_from_id = chain.id),
  history AS (SELECT c.root_id, count(*)::int AS n FROM action_updates u JOIN chain c ON c.id = u.action_id GROUP BY c.root_id)
  SELECT c.root_id AS id, count(*)::int AS members, COALESCE(max(h.n), 0)::int AS updates,
         (array_agg(ac.status ORDER BY ac.updated_at DESC, ac.created_at DESC))[1] AS status,
         (array_agg(ac.description ORDER BY ac.updated_at DESC, ac.created_at DESC))[1] AS description,
         (array_agg(to_char(ac.due_on, 'YYYY-MM-DD') ORDER BY ac.updated_at DESC, ac.created_at DESC))[1] AS due_on
    FROM chain c JOIN actions ac ON ac.id = c.id LEFT JOIN history h ON h.root_id = c.root_id
   GROUP BY c.root_id`;

export interface ChainState {
  id: string;
  members: number;
  updates: number;
  status: string;
  description: string;
  due_on: string | null;
}

export interface Before {
  actions: number;
  updates: number;
  chains: ChainState[];
}

/** The figures to compare, read before the migration. */
export async function beforeMigration(db: Queryable): Promise<Before> {
  const [{ actions, updates }] = await rows<{ actions: number; updates: number }>(
    db,
    `SELECT (SELECT count(*)::int FROM actions) AS actions, (SELECT count(*)::int FROM action_updates) AS updates`,
  );
  return { actions, updates, chains: await rows<ChainState>(db, CHAINS) };
}

export interface Comparison {
  actionsBefore: number;
  chainsBefore: number;
  carriedChains: number;
  actionsAfter: number;
  updatesBefore: number;
  updatesAfter: number;
  /** Every problem found; empty when nothing was lost. */
  problems: string[];
}

/**
 * After the migration: one action per chain (its first one's id), each with the latest state of
 * its chain and every member's history, in its raised audit's organisation; as many history rows
 * as before.
 */
export async function compareAfter(db: Queryable, before: Before): Promise<Comparison> {
  const after = await rows<ChainState & { same_org: boolean }>(
    db,
    `SELECT ac.id, ac.status, ac.description, to_char(ac.due_on, 'YYYY-MM-DD') AS due_on,
            COALESCE(h.n, 0)::int AS updates, a.organisation_id = ac.organisation_id AS same_org
       FROM actions ac JOIN audits a ON a.id = ac.raised_in_audit_id
       LEFT JOIN (SELECT action_id, count(*)::int AS n FROM action_updates GROUP BY action_id) h ON h.action_id = ac.id`,
  );
  const [{ updates }] = await rows<{ updates: number }>(
    db,
    'SELECT count(*)::int AS updates FROM action_updates',
  );
  const byId = new Map(after.map((a) => [a.id, a]));
  const problems: string[] = [];
  if (after.length !== before.chains.length)
    problems.push(`${after.length} actions after, ${before.chains.length} chains before`);
  if (updates !== before.updates)
    problems.push(`${updates} history rows after, ${before.updates} before`);
  for (const chain of before.chains) {
    const kept = byId.get(chain.id);
    if (!kept) {
      problems.push(`chain ${chain.id}: its first action is gone`);
      continue;
    }
    for (const key of ['status', 'description', 'due_on', 'updates'] as const)
      if (kept[key] !== chain[key])
        problems.push(
          `chain ${chain.id}: ${key} ${String(kept[key])}, expected ${String(chain[key])}`,
        );
    if (!kept.same_org) problems.push(`action ${chain.id}: not its raised audit's organisation`);
  }
  return {
    actionsBefore: before.actions,
    chainsBefore: before.chains.length,
    carriedChains: before.chains.filter((c) => c.members > 1).length,
    actionsAfter: after.length,
    updatesBefore: before.updates,
    updatesAfter: updates,
    problems,
  };
}
