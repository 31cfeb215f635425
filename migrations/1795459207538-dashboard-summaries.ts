import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardSummaries1795459207538 implements MigrationInterface {
  name = 'DashboardSummaries1795459207538';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_scores" ("audit_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "overall" double precision, "areas" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_59282f1459f6a440b8572788127" PRIMARY KEY ("audit_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_scores_cycle_idx" ON "audit_scores"  ("cycle_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cycle_indicator_stats" ("cycle_id" uuid NOT NULL, "indicator_code" text NOT NULL, "sector" text NOT NULL, "status" text NOT NULL, "responses" integer NOT NULL, "level_sum" integer NOT NULL, "below_benchmark" integer NOT NULL, CONSTRAINT "PK_5d5ab09f9605eed3298435a69d1" PRIMARY KEY ("cycle_id", "indicator_code", "sector", "status"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_scores" ADD CONSTRAINT "FK_59282f1459f6a440b8572788127" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Backfill from audits already submitted: the same scoring rule, read from each version's definition.
    await queryRunner.query(`
      WITH counted AS (SELECT a.id, a.cycle_id, c.framework_version_id AS fv FROM audits a JOIN cycles c ON c.id = a.cycle_id
                        WHERE a.status IN ('submitted', 'returned', 'accepted')),
           ls AS (SELECT v.id AS fv, (l->>'value')::int AS level, (l->>'score')::float8 AS score
                    FROM framework_versions v, jsonb_array_elements(v.definition->'scale'->'levels') l),
           aw AS (SELECT v.id AS fv, ar->>'code' AS area_code, COALESCE((ar->>'weight')::float8, 1) AS weight
                    FROM framework_versions v, jsonb_array_elements(v.definition->'areas') ar),
           area_scores AS (
             SELECT c.id AS audit_id, fi.area_code, sum(ls.score * fi.weight) / sum(fi.weight) AS score
               FROM counted c
               JOIN responses r ON r.audit_id = c.id AND r.level IS NOT NULL AND NOT r.not_applicable
               JOIN framework_indicators fi ON fi.framework_version_id = c.fv AND fi.code = r.indicator_code
               JOIN ls ON ls.fv = c.fv AND ls.level = r.level
              GROUP BY c.id, fi.area_code),
           overall AS (
             SELECT s.audit_id, sum(s.score * aw.weight) / sum(aw.weight) AS score
               FROM area_scores s JOIN counted c ON c.id = s.audit_id JOIN aw ON aw.fv = c.fv AND aw.area_code = s.area_code
              GROUP BY s.audit_id)
      INSERT INTO audit_scores (audit_id, cycle_id, overall, areas)
      SELECT c.id, c.cycle_id, o.score,
             COALESCE((SELECT jsonb_object_agg(area_code, score) FROM area_scores s WHERE s.audit_id = c.id), '{}'::jsonb)
        FROM counted c LEFT JOIN overall o ON o.audit_id = c.id`);
    await queryRunner.query(`
      INSERT INTO cycle_indicator_stats (cycle_id, indicator_code, sector, status, responses, level_sum, below_benchmark)
      SELECT a.cycle_id, r.indicator_code, o.sector, a.status, count(*), sum(r.level), count(*) FILTER (WHERE r.level < fi.benchmark)
        FROM audits a JOIN cycles c ON c.id = a.cycle_id JOIN organisations o ON o.id = a.organisation_id
        JOIN responses r ON r.audit_id = a.id AND r.level IS NOT NULL AND NOT r.not_applicable
        JOIN framework_indicators fi ON fi.framework_version_id = c.framework_version_id AND fi.code = r.indicator_code
       WHERE a.status IN ('submitted', 'returned', 'accepted')
       GROUP BY a.cycle_id, r.indicator_code, o.sector, a.status`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_scores" DROP CONSTRAINT "FK_59282f1459f6a440b8572788127"`,
    );
    await queryRunner.query(`DROP TABLE "cycle_indicator_stats"`);
    await queryRunner.query(`DROP INDEX "public"."audit_scores_cycle_idx"`);
    await queryRunner.query(`DROP TABLE "audit_scores"`);
  }
}
