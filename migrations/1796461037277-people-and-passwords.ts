import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts through staff turnover: when each person last signed in, a flag making a short
 * password be changed at the next sign-in, and the audit trail's events about a person (their
 * roles, their account) beside those about an audit.
 */
export class PeopleAndPasswords1796461037277 implements MigrationInterface {
  name = 'PeopleAndPasswords1796461037277';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "password_change_required" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "person_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "audit_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "audit_events_person_idx" ON "audit_events" ("person_id", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_subject_check" CHECK (audit_id IS NOT NULL OR person_id IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_subject_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."audit_events_person_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "audit_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "person_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_change_required"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_sign_in_at"`);
  }
}
