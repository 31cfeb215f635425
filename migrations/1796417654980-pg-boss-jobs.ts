import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Jobs move to pg-boss (its own schema, which it installs and migrates itself): `jobs` keeps
 * what a user asked for, its progress and result; the claim and heartbeat columns go. Results
 * become `job_parts`, planned at the request and each written once; the results of finished
 * packs are kept (their chunks become parts, in order). Packs unfinished at the upgrade fail,
 * with a message to build them again.
 */
export class PgBossJobs1796417654980 implements MigrationInterface {
  name = 'PgBossJobs1796417654980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_parts" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "name" text, "source_id" uuid, "data" bytea, CONSTRAINT "PK_2dcb4886dfdd48d1de1b46d8a6b" PRIMARY KEY ("job_id", "seq"))`,
    );
    // ZIP entries of PDFs do not compress further: stored out of line without trying.
    await queryRunner.query(`ALTER TABLE "job_parts" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `ALTER TABLE "job_parts" ADD CONSTRAINT "FK_c6ed391fbe13d537689906cc5e7" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "job_parts" ("job_id", "seq", "data")
       SELECT c.job_id, c.seq, c.data FROM "job_result_chunks" c JOIN "jobs" j ON j.id = c.job_id
        WHERE j.status = 'done' AND c.attempt = j.attempt`,
    );
    await queryRunner.query(`DROP TABLE "job_result_chunks"`);
    await queryRunner.query(
      `UPDATE "jobs" SET "status" = 'failed', "error" = 'stopped by an upgrade: build the pack again', "updated_at" = now()
        WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(`DROP INDEX "public"."jobs_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "heartbeat_at"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "attempt"`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "lang" text NOT NULL DEFAULT 'en-GB'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "jobs_one_unfinished_pack" ON "jobs"  ("cycle_id", "lang") WHERE status IN ('queued', 'running')`,
    );
    await queryRunner.query(
      `CREATE INDEX "jobs_queue_idx" ON "jobs"  ("partnership_id", "status", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_queue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."jobs_one_unfinished_pack"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "lang"`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "attempt" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "jobs_queue_idx" ON "jobs" USING btree ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "job_result_chunks" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, "attempt" integer NOT NULL, CONSTRAINT "PK_42272220f31a1a700636ff03d96" PRIMARY KEY ("job_id", "seq", "attempt"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ADD CONSTRAINT "FK_0ed912f467f9ae20c7f8cbeadf4" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "job_result_chunks" ("job_id", "seq", "data", "attempt")
       SELECT p.job_id, p.seq, p.data, 0 FROM "job_parts" p JOIN "jobs" j ON j.id = p.job_id WHERE j.status = 'done'`,
    );
    await queryRunner.query(
      `UPDATE "jobs" SET "status" = 'failed', "error" = 'stopped by a downgrade: build the pack again'
        WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(`DROP TABLE "job_parts"`);
  }
}
