import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's export runs as a job: not of one cycle (`cycle_id` may be null), one
 * unfinished per partnership, its parts planned step by step, each noting in `meta` what it
 * holds and where the next starts.
 */
export class PartnershipExport1796459580165 implements MigrationInterface {
  name = 'PartnershipExport1796459580165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_parts" ADD "meta" jsonb`);
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "cycle_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "jobs_one_unfinished_export" ON "jobs"  ("partnership_id") WHERE kind = 'partnership-export' AND status IN ('queued', 'running')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_one_unfinished_export"`);
    await queryRunner.query(`DELETE FROM "jobs" WHERE "cycle_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "cycle_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "job_parts" DROP COLUMN "meta"`);
  }
}
