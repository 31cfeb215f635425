import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of job_result_chunks hold this many bytes (the API's RESULT_CHUNK_BYTES). */
const CHUNK = 4 * 1024 * 1024;

/**
 * A job's result moves from one `bytea` in `jobs` (read back as one string twice its size,
 * which a large report pack exceeds) to chunks of a few MB in `job_result_chunks`. Existing
 * results are split into chunks before the column goes.
 */
export class JobResultChunks1796094705550 implements MigrationInterface {
  name = 'JobResultChunks1796094705550';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_result_chunks" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_598303e9b70ecbe2bf108ebdd51" PRIMARY KEY ("job_id", "seq"))`,
    );
    // ZIPs of PDFs do not compress: store chunks out of line without trying.
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_result_chunks" ADD CONSTRAINT "FK_0ed912f467f9ae20c7f8cbeadf4" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" ADD "result_size" bigint`);
    await queryRunner.query(
      `INSERT INTO "job_result_chunks" ("job_id", "seq", "data")
       SELECT j.id, s.seq, substring(j.result FROM s.seq * ${CHUNK} + 1 FOR ${CHUNK})
         FROM "jobs" j CROSS JOIN LATERAL generate_series(0, greatest(length(j.result) - 1, 0) / ${CHUNK}) AS s(seq)
        WHERE j.result IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "jobs" SET "result_size" = length("result") WHERE "result" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "result"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ADD "result" bytea`);
    await queryRunner.query(
      `UPDATE "jobs" j SET "result" = (SELECT string_agg(c.data, ''::bytea ORDER BY c.seq) FROM "job_result_chunks" c WHERE c.job_id = j.id)
        WHERE j.result_size IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "result_size"`);
    await queryRunner.query(`DROP TABLE "job_result_chunks"`);
  }
}
