import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: each mail written, rendered, with the change that causes it, and
 * sent after commit by the `mail` job (apps/api/src/mail/README.md).
 */
export class MailOutbox1796476185921 implements MigrationInterface {
  name = 'MailOutbox1796476185921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid, "user_id" uuid, "to_address" text NOT NULL, "template" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "mail_outbox_status_check" CHECK (status IN ('queued', 'sent', 'failed')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox"  ("to_address", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_partnership_idx" ON "mail_outbox"  ("partnership_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "mail_outbox_queued_idx" ON "mail_outbox"  ("created_at") WHERE status = 'queued'`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_051f61ff6786f466a3cfa823041" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_9c7ce0e6c239f56810e7af7ceba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_9c7ce0e6c239f56810e7af7ceba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_051f61ff6786f466a3cfa823041"`,
    );
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_queued_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_partnership_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."mail_outbox_to_idx"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
