import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An action's closed_at is set exactly when it is closed (done or dropped). Rows that broke that
 * (demo data seeded done without a date) are repaired first: closed when their last update closed
 * them, or else when they last changed; an open action has no closed_at.
 */
export class ActionClosedAt1796800000002 implements MigrationInterface {
  name = 'ActionClosedAt1796800000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "actions" ac SET "closed_at" = COALESCE(
         (SELECT max(u."at") FROM "action_updates" u WHERE u."action_id" = ac."id" AND u."status_after" = ac."status"),
         ac."updated_at")
        WHERE ac."status" IN ('done', 'dropped') AND ac."closed_at" IS NULL`,
    );
    await queryRunner.query(
      `UPDATE "actions" SET "closed_at" = NULL WHERE "status" NOT IN ('done', 'dropped') AND "closed_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "actions" ADD CONSTRAINT "actions_closed_at_check" CHECK ((status IN ('done', 'dropped')) = (closed_at IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actions" DROP CONSTRAINT "actions_closed_at_check"`);
  }
}
