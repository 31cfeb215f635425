import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done', 'action_due', 'action_overdue'`;
const AFTER = `'cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done', 'action_assigned', 'action_due', 'action_overdue'`;

/**
 * The notification kind `action_assigned`: a person is told when someone else makes them the
 * owner of an improvement action. Only the kind checks change (notices, preferences and
 * unsubscribe links).
 */
export class ActionAssigned1796800000004 implements MigrationInterface {
  name = 'ActionAssigned1796800000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await setKinds(queryRunner, AFTER);
  }

  /** Removes the kind's notices, preferences and links, then its place in the checks. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "unsubscribe_tokens" WHERE kinds && ARRAY['action_assigned']::text[]`,
    );
    for (const table of ['notifications', 'notification_preferences'])
      await queryRunner.query(`DELETE FROM "${table}" WHERE kind = 'action_assigned'`);
    await setKinds(queryRunner, BEFORE);
  }
}

async function setKinds(queryRunner: QueryRunner, kinds: string): Promise<void> {
  for (const table of ['notifications', 'notification_preferences'])
    await queryRunner.query(
      `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check", ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN (${kinds}))`,
    );
  await queryRunner.query(
    `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check", ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY[${kinds}]::text[] AND cardinality(kinds) > 0)`,
  );
}
