import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each claim of a job is an attempt, and a worker writes only under the attempt it claimed: a
 * worker presumed stopped (stale heartbeat) but still running can no longer clash with, or
 * clear, the chunks of the one that replaced it. Existing jobs and their chunks are attempt 0.
 */
export class JobAttempts1796103310922 implements MigrationInterface {
  name = 'JobAttempts1796103310922';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ADD "attempt" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ADD "attempt" integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(`ALTER TABLE "job_result_chunks" ALTER COLUMN "attempt" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" DROP CONSTRAINT "PK_598303e9b70ecbe2bf108ebdd51"`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ADD CONSTRAINT "PK_42272220f31a1a700636ff03d96" PRIMARY KEY ("job_id", "seq", "attempt")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" DROP CONSTRAINT "PK_42272220f31a1a700636ff03d96"`,
    );
    // Only the current attempt's chunks are kept under the old key.
    await queryRunner.query(
      `DELETE FROM "job_result_chunks" c USING "jobs" j WHERE j.id = c.job_id AND c.attempt <> j.attempt`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ADD CONSTRAINT "PK_598303e9b70ecbe2bf108ebdd51" PRIMARY KEY ("job_id", "seq")`,
    );
    await queryRunner.query(`ALTER TABLE "job_result_chunks" DROP COLUMN "attempt"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "attempt"`);
  }
}
