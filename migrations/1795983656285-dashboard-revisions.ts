import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables whose rows the partnership dashboard shows, and how a set of their rows (the
 * transition table `%1$I`) maps to partnerships. Responses are deliberately absent: the board's
 * figures come from audit_scores and cycle_indicator_stats, written when an audit changes state,
 * so autosave never invalidates a dashboard.
 */
const WATCHED: Record<string, string> = {
  cycles: 'SELECT partnership_id FROM %1$I',
  partnership_organisations: 'SELECT partnership_id FROM %1$I',
  organisations:
    'SELECT po.partnership_id FROM %1$I x JOIN partnership_organisations po ON po.organisation_id = x.id',
  audits: 'SELECT c.partnership_id FROM %1$I x JOIN cycles c ON c.id = x.cycle_id',
  audit_scores: 'SELECT c.partnership_id FROM %1$I x JOIN cycles c ON c.id = x.cycle_id',
  cycle_indicator_stats: 'SELECT c.partnership_id FROM %1$I x JOIN cycles c ON c.id = x.cycle_id',
  actions:
    'SELECT c.partnership_id FROM %1$I x JOIN audits a ON a.id = x.audit_id JOIN cycles c ON c.id = a.cycle_id',
  challenges:
    'SELECT c.partnership_id FROM %1$I x JOIN audits a ON a.id = x.audit_id JOIN cycles c ON c.id = a.cycle_id',
  challenge_messages:
    'SELECT c.partnership_id FROM %1$I x JOIN challenges ch ON ch.id = x.challenge_id JOIN audits a ON a.id = ch.audit_id JOIN cycles c ON c.id = a.cycle_id',
};

export class DashboardRevisions1795983656285 implements MigrationInterface {
  name = 'DashboardRevisions1795983656285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dashboard_revisions" ("partnership_id" uuid NOT NULL, "revision" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_22578ded471572b4edf430c379a" PRIMARY KEY ("partnership_id"))`,
    );
    // Raises the revision of each partnership, in id order (so two transactions that both touch
    // several partnerships take the row locks in the same order).
    await queryRunner.query(`
      CREATE FUNCTION dashboard_bump(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO dashboard_revisions AS d (partnership_id, revision)
        SELECT DISTINCT p, 1 FROM unnest(ids) AS p WHERE p IS NOT NULL ORDER BY 1
        ON CONFLICT (partnership_id) DO UPDATE SET revision = d.revision + 1
      $$`);
    // One statement-level trigger function; TG_ARGV[0] maps the changed rows to partnerships.
    await queryRunner.query(`
      CREATE FUNCTION dashboard_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[] := '{}';
      DECLARE more uuid[];
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          EXECUTE format('SELECT array_agg(DISTINCT p) FROM (' || TG_ARGV[0] || ') s(p)', 'new_rows') INTO more;
          ids := ids || COALESCE(more, '{}');
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          EXECUTE format('SELECT array_agg(DISTINCT p) FROM (' || TG_ARGV[0] || ') s(p)', 'old_rows') INTO more;
          ids := ids || COALESCE(more, '{}');
        END IF;
        IF TG_OP = 'TRUNCATE' THEN
          ids := ARRAY(SELECT id FROM partnerships);
        END IF;
        IF cardinality(ids) > 0 THEN
          PERFORM dashboard_bump(ids);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, sql] of Object.entries(WATCHED)) {
      const arg = sql.replace(/'/g, "''");
      const name = (op: string) => `"${table}_dashboard_${op}"`;
      await queryRunner.query(
        `CREATE TRIGGER ${name('insert')} AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_changed('${arg}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${name('update')} AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_changed('${arg}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${name('delete')} AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_changed('${arg}')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${name('truncate')} AFTER TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION dashboard_changed('')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(WATCHED)) {
      for (const op of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER "${table}_dashboard_${op}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION dashboard_changed()`);
    await queryRunner.query(`DROP FUNCTION dashboard_bump(uuid[])`);
    await queryRunner.query(`DROP TABLE "dashboard_revisions"`);
  }
}
