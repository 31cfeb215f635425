import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships become invitations until accepted: `status` pending, active or declined (every
 * existing one is active), who sent it and when the person answered. A declined one is kept,
 * so the unique indexes leave declined rows out and the person can be invited again.
 */
export class MembershipInvitations1796417459100 implements MigrationInterface {
  name = 'MembershipInvitations1796417459100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD "status" text NOT NULL DEFAULT 'active'`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "invited_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD "responded_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "memberships_status_check" CHECK (status IN ('pending', 'active', 'declined'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_6568bbb6ed632a258ef214dc6c9" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP INDEX "public"."memberships_partnership_unique"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_organisation_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "memberships_organisation_unique" ON "memberships"  ("user_id", "role", "organisation_id") WHERE organisation_id IS NOT NULL AND status <> 'declined'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "memberships_partnership_unique" ON "memberships"  ("user_id", "role", "partnership_id") WHERE partnership_id IS NOT NULL AND status <> 'declined'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "memberships" WHERE status <> 'active'`);
    await queryRunner.query(`DROP INDEX "public"."memberships_partnership_unique"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_organisation_unique"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "memberships_organisation_unique" ON "memberships"  ("user_id", "role", "organisation_id") WHERE organisation_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "memberships_partnership_unique" ON "memberships"  ("user_id", "role", "partnership_id") WHERE partnership_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" DROP CONSTRAINT "FK_6568bbb6ed632a258ef214dc6c9"`,
    );
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_status_check"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "responded_at"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "invited_by_id"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "status"`);
  }
}
