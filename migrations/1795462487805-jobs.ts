import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795462487805 implements MigrationInterface {
  name = 'Jobs1795462487805';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "partnership_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "requested_by_id" uuid, "status" text NOT NULL DEFAULT 'queued', "done" integer NOT NULL DEFAULT '0', "total" integer NOT NULL DEFAULT '0', "error" text, "result_name" text, "result" bytea, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "jobs_status_check" CHECK (status IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "jobs_queue_idx" ON "jobs"  ("status", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."jobs_queue_idx"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
