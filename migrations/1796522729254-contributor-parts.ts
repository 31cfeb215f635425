import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contributors' kinds (assigned; "my part is done") and the contributors' marks of a done part. */
const OLD_KINDS = `'cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied'`;
const NEW_KINDS = `${OLD_KINDS}, 'contributor_assigned', 'contributor_done'`;

async function kindChecks(queryRunner: QueryRunner, kinds: string): Promise<void> {
  for (const table of ['notifications', 'notification_preferences']) {
    await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN (${kinds}))`,
    );
  }
  await queryRunner.query(
    `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check"`,
  );
  await queryRunner.query(
    `ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY[${kinds}]::text[] AND cardinality(kinds) > 0)`,
  );
}

export class ContributorParts1796522729254 implements MigrationInterface {
  name = 'ContributorParts1796522729254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "parts_done" ("audit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f8b1a887a7791c59d7c25ce60a7" PRIMARY KEY ("audit_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "parts_done" ADD CONSTRAINT "FK_79ee5c1eaf67fc6b29cee0cd4f4" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "parts_done" ADD CONSTRAINT "FK_9a38aa87ee38b8f7762aadfe560" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await kindChecks(queryRunner, NEW_KINDS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind NOT IN (${OLD_KINDS})`);
    await queryRunner.query(
      `DELETE FROM notification_preferences WHERE kind NOT IN (${OLD_KINDS})`,
    );
    await queryRunner.query(
      `DELETE FROM unsubscribe_tokens WHERE NOT kinds <@ ARRAY[${OLD_KINDS}]::text[]`,
    );
    await kindChecks(queryRunner, OLD_KINDS);
    await queryRunner.query(
      `ALTER TABLE "parts_done" DROP CONSTRAINT "FK_9a38aa87ee38b8f7762aadfe560"`,
    );
    await queryRunner.query(
      `ALTER TABLE "parts_done" DROP CONSTRAINT "FK_79ee5c1eaf67fc6b29cee0cd4f4"`,
    );
    await queryRunner.query(`DROP TABLE "parts_done"`);
  }
}
