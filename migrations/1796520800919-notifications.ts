import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796520800919 implements MigrationInterface {
  name = 'Notifications1796520800919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "partnership_id" uuid NOT NULL, "kind" text NOT NULL, "occasion" text NOT NULL, "title" text NOT NULL, "detail" text NOT NULL, "path" text NOT NULL, "delivery" text NOT NULL, "mail_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_occasion_unique" UNIQUE ("user_id", "kind", "occasion"), CONSTRAINT "notifications_delivery_check" CHECK (delivery IN ('immediate', 'digest', 'off')), CONSTRAINT "notifications_kind_check" CHECK (kind IN ('cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_digest_idx" ON "notifications"  ("user_id") WHERE delivery = 'digest' AND mail_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_user_created_idx" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "delivery" text NOT NULL, CONSTRAINT "notification_preferences_delivery_check" CHECK (delivery IN ('immediate', 'digest', 'off')), CONSTRAINT "notification_preferences_kind_check" CHECK (kind IN ('cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted')), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "digest_hour" smallint NOT NULL, CONSTRAINT "notification_settings_hour_check" CHECK (digest_hour BETWEEN 0 AND 23), CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unsubscribe_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "kinds" text array NOT NULL, "verifier" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY['cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted']::text[] AND cardinality(kinds) > 0), CONSTRAINT "PK_9622754f6a1b81e3f361abb6287" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "unsubscribe_tokens_user_idx" ON "unsubscribe_tokens"  ("user_id") `,
    );
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "list_unsubscribe" text`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_aea2f69e66c5344d56d268c3b35" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_3b737e6195d4fb800580a1f991d" FOREIGN KEY ("mail_id") REFERENCES "mail_outbox"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "FK_dec19e9643bfd7118b811011d6b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "FK_dec19e9643bfd7118b811011d6b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_3b737e6195d4fb800580a1f991d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_aea2f69e66c5344d56d268c3b35"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`,
    );
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "list_unsubscribe"`);
    await queryRunner.query(`DROP INDEX "public"."unsubscribe_tokens_user_idx"`);
    await queryRunner.query(`DROP TABLE "unsubscribe_tokens"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_digest_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
