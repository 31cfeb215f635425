import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live action plans: statuses not started, in progress, done and dropped (today's `planned` is
 * `not_started`; in progress and done keep their names), when an action was closed, and each
 * action's history of status changes, moved due dates and notes. No action row is lost or added;
 * done actions count as closed when they were last updated.
 */
export class LiveActions1796610000000 implements MigrationInterface {
  name = 'LiveActions1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_status_check"`);
    await queryRunner.query(
      `UPDATE "actions" SET "status" = 'not_started' WHERE "status" = 'planned'`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_status_check" CHECK (status IN ('not_started', 'in_progress', 'done', 'dropped'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ALTER COLUMN "status" SET DEFAULT 'not_started'`,
    );
    await queryRunner.query(`ALTER TABLE "actions" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "actions" SET "closed_at" = "updated_at" WHERE "status" = 'done'`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action_id" uuid NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "status_before" text NOT NULL, "status_after" text NOT NULL, "due_before" date, "due_after" date, CONSTRAINT "action_updates_status_after_check" CHECK (status_after IN ('not_started', 'in_progress', 'done', 'dropped')), CONSTRAINT "action_updates_status_before_check" CHECK (status_before IN ('not_started', 'in_progress', 'done', 'dropped')), CONSTRAINT "PK_e5a2ca5044f578206b6839cd83f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "action_updates_action_idx" ON "action_updates"  ("action_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "action_updates" ADD CONSTRAINT "FK_c56fa164446eaf08bf11d085a39" FOREIGN KEY ("action_id") REFERENCES "actions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  /** Back to three statuses: a dropped action returns as planned (open); its reason stays only in the audit trail. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "action_updates"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP COLUMN "closed_at"`);
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_status_check"`);
    await queryRunner.query(
      `UPDATE "actions" SET "status" = 'planned' WHERE "status" IN ('not_started', 'dropped')`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_status_check" CHECK (status IN ('planned', 'in_progress', 'done'))`,
    );
    await queryRunner.query(`ALTER TABLE "actions" ALTER COLUMN "status" SET DEFAULT 'planned'`);
  }
}
