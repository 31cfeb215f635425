import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor (issue 21): each person's TOTP enrolment (secret sealed by SecretBox, the last
 * time step accepted), their recovery codes (hashes only), sign-ins waiting for their second
 * step, and the partnership setting that requires one of its board and admins.
 */
export class Mfa1796520017716 implements MigrationInterface {
  name = 'Mfa1796520017716';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mfa_enrolments" ("user_id" uuid NOT NULL, "secret_sealed" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_time_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3ace91a066d351a1e365d9b87f7" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_pending_sign_ins" ("id" text NOT NULL, "user_id" uuid NOT NULL, "step" text NOT NULL, "password_change_required" boolean NOT NULL, "attempt" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f2599fd03597dc5887ee4dcc870" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mfa_pending_sign_ins_user_idx" ON "mfa_pending_sign_ins"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0076416b1b84361afc3371ba121" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mfa_recovery_codes_user_code_idx" ON "mfa_recovery_codes"  ("user_id", "code_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "partnerships" ADD "require_mfa" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_enrolments" ADD CONSTRAINT "FK_3ace91a066d351a1e365d9b87f7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_pending_sign_ins" ADD CONSTRAINT "FK_941ea70951db3fddf90be5dbbfa" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mfa_recovery_codes" DROP CONSTRAINT "FK_23aa6c5fdecdd98508fd4456acf"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_pending_sign_ins" DROP CONSTRAINT "FK_941ea70951db3fddf90be5dbbfa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mfa_enrolments" DROP CONSTRAINT "FK_3ace91a066d351a1e365d9b87f7"`,
    );
    await queryRunner.query(`ALTER TABLE "partnerships" DROP COLUMN "require_mfa"`);
    await queryRunner.query(`DROP INDEX "public"."mfa_recovery_codes_user_code_idx"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."mfa_pending_sign_ins_user_idx"`);
    await queryRunner.query(`DROP TABLE "mfa_pending_sign_ins"`);
    await queryRunner.query(`DROP TABLE "mfa_enrolments"`);
  }
}
