import type { DataSource, QueryRunner } from 'typeorm';

/**
 * The migrations of the whole-cycle work (carry-forward confirmation, the evidence library, live
 * actions, organisation actions, action reminders, the daily run's record, links in the library,
 * every closed action dated)
 * checked on a seeded database: they are undone back to the schema before them, evidence files
 * are uploaded the old way (a copy per audit and indicator, the same policy document again in
 * each audit) and links kept the old way (on answers, the same address in each audit), every one
 * of them is run again, and what existed is compared with what is there after.
 */
export const FIRST_MIGRATION = 'CarryForwardConfirmation1796600000000';

type Row = Record<string, unknown>;
const one = async (db: QueryRunner, sql: string): Promise<Row> => (await db.query(sql))[0];

/** What must be there, unchanged, after the migrations. */
const FACTS = {
  responses: `SELECT count(*)::int AS n FROM responses`,
  evidence: `SELECT count(*)::int AS n, md5(string_agg(id::text || sha256 || md5(content), ',' ORDER BY id)) AS digest FROM evidence_files WHERE content IS NOT NULL`,
  evidencePlaces: `SELECT md5(string_agg(id::text || audit_id::text || indicator_code, ',' ORDER BY id)) AS digest FROM evidence_files WHERE content IS NOT NULL`,
  submissions: `SELECT count(*)::int AS n, md5(string_agg(id::text || sha256 || md5(snapshot::text), ',' ORDER BY id)) AS digest FROM submissions`,
  actions: `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'done')::int AS done FROM actions`,
};

/** Each answer's links, by answer and address: on the answers before, attached items after. */
const LINKS_ON_ANSWERS = `SELECT count(*)::int AS n, md5(string_agg(r.audit_id::text || r.indicator_code || (l->>'url'), ',' ORDER BY r.audit_id, r.indicator_code, l->>'url')) AS digest
  FROM responses r CROSS JOIN LATERAL jsonb_array_elements(r.evidence_links) l`;
const LINKS_IN_LIBRARY = `SELECT count(*)::int AS n, md5(string_agg(ea.audit_id::text || ea.indicator_code || e.url, ',' ORDER BY ea.audit_id, ea.indicator_code, e.url)) AS digest
  FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id WHERE e.kind = 'link'`;

export async function undoToBefore(ds: DataSource, name: string, log: (m: string) => void) {
  for (;;) {
    const [last] = await ds.query(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
    await ds.undoLastMigration({ transaction: 'each' });
    log(`undone ${last.name}`);
    if (last.name === name) return;
  }
}

/** Uploads the old way: each submitted audit's first two indicators, one file each, the same document in every audit of an organisation. */
export async function uploadTheOldWay(db: QueryRunner): Promise<number> {
  const rows = await db.query(
    `INSERT INTO evidence_files (audit_id, indicator_code, file_name, media_type, size_bytes, sha256, content, uploaded_at)
     SELECT a.id, r.indicator_code, 'online-safety-policy.pdf', 'application/pdf', length(doc), encode(sha256(doc), 'hex'), doc, coalesce(a.started_at, a.submitted_at)
       FROM audits a
       JOIN LATERAL (SELECT indicator_code FROM responses WHERE audit_id = a.id ORDER BY indicator_code LIMIT 2) r ON true
       CROSS JOIN LATERAL (SELECT convert_to('%PDF-1.4 policy of ' || a.organisation_id::text, 'UTF8') AS doc) d
      WHERE a.submitted_at IS NOT NULL
     RETURNING id`,
  );
  // Links the old way: each submitted audit's third answered indicator names its
  // organisation's policy page (one address per organisation, in each of its audits).
  await db.query(
    `UPDATE responses r SET evidence_links = jsonb_build_array(jsonb_build_object(
        'url', 'https://org-' || a.organisation_id::text || '.example/policy', 'title', 'Online safety policy page'))
       FROM audits a
      WHERE a.id = r.audit_id AND a.submitted_at IS NOT NULL
        AND r.indicator_code = (SELECT indicator_code FROM responses WHERE audit_id = a.id ORDER BY indicator_code OFFSET 2 LIMIT 1)`,
  );
  return rows.length;
}

/** The facts, with the links as the schema holds them: on answers (before) or in the library. */
export async function factsOf(
  db: QueryRunner,
  linksOnAnswers: boolean,
): Promise<Record<string, Row>> {
  const out: Record<string, Row> = {};
  for (const [k, sql] of Object.entries(FACTS)) out[k] = await one(db, sql);
  out.links = await one(db, linksOnAnswers ? LINKS_ON_ANSWERS : LINKS_IN_LIBRARY);
  return out;
}

/** What differs after the migrations from `before`, and the counts after. */
export async function compareCycleMigrations(db: QueryRunner, before: Record<string, Row>) {
  const after = await factsOf(db, false);
  const problems: string[] = [];
  for (const k of ['responses', 'evidence', 'evidencePlaces', 'submissions', 'links'] as const)
    if (JSON.stringify(after[k]) !== JSON.stringify(before[k]))
      problems.push(`${k}: ${JSON.stringify(before[k])} before, ${JSON.stringify(after[k])} after`);
  if (after.actions.n !== before.actions.n || after.actions.done !== before.actions.done)
    problems.push(
      `actions: ${JSON.stringify(before.actions)} before, ${JSON.stringify(after.actions)} after`,
    );
  const checks = await one(
    db,
    `SELECT (SELECT count(*)::int FROM responses WHERE confirmed_at IS NULL) AS unconfirmed,
            (SELECT count(*)::int FROM evidence_files f WHERE NOT EXISTS (
               SELECT 1 FROM evidence_attachments ea WHERE ea.evidence_id = f.id
                  AND ea.audit_id = f.audit_id AND ea.indicator_code = f.indicator_code)) AS unattached,
            (SELECT count(*)::int FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id
              WHERE e.kind = 'file') AS attachments,
            (SELECT count(*)::int FROM evidence_files f JOIN audits a ON a.id = f.audit_id
              WHERE f.organisation_id <> a.organisation_id) AS wrong_owner`,
  );
  if (checks.unconfirmed !== 0)
    problems.push(`${checks.unconfirmed} stored answers not counted as confirmed`);
  if (checks.unattached !== 0) problems.push(`${checks.unattached} files lost their place`);
  if (checks.attachments !== before.evidence.n)
    problems.push(`${checks.attachments} attachments for ${before.evidence.n} files`);
  if (checks.wrong_owner !== 0)
    problems.push(`${checks.wrong_owner} files in another organisation's library`);
  return { after, attachments: checks.attachments, problems };
}
