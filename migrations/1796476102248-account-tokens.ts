import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links that let the holder of a mailbox set an account's password (an invitation, a reset):
 * one table, only a hash of each link's secret stored. An invited account has no password until
 * its owner sets one from the link.
 */
export class AccountTokens1796476102248 implements MigrationInterface {
  name = 'AccountTokens1796476102248';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "verifier" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN ('invitation', 'password-reset')), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_tokens_user_idx" ON "account_tokens"  ("user_id", "purpose") `,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_1b5fea09efc20c7f63c4a09b3d6"`,
    );
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."account_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
  }
}
