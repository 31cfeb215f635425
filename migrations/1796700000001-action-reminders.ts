import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders of improvement actions: the notification kinds `action_due` (a week before an
 * action's due date) and `action_overdue` (when it becomes overdue). Only the kind checks change
 * (notices, preferences and unsubscribe links).
 */
export class ActionReminders1796700000001 implements MigrationInterface {
  name = 'ActionReminders1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences'])
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check", ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN ('cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done', 'action_due', 'action_overdue'))`,
      );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check", ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY['cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done', 'action_due', 'action_overdue']::text[] AND cardinality(kinds) > 0)`,
    );
  }

  /** Removes the two kinds' notices, preferences and links, then their place in the checks. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "unsubscribe_tokens" WHERE kinds && ARRAY['action_due', 'action_overdue']::text[]`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check", ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY['cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done']::text[] AND cardinality(kinds) > 0)`,
    );
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(
        `DELETE FROM "${table}" WHERE kind IN ('action_due', 'action_overdue')`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check", ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN ('cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done'))`,
      );
    }
  }
}
