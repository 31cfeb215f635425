import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders of improvement actions: the notification kinds `action_due` (a week before an
 * action's due date) and `action_overdue` (when it becomes overdue). Only the kind checks change.
 */
export class ActionReminders1796700000001 implements MigrationInterface {
  name = 'ActionReminders1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences'])
      await queryRunner.query(
        `ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check", ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN ('cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied', 'contributor_assigned', 'contributor_done', 'action_due', 'action_overdue'))`,
      );
  }

  /** Removes the two kinds' notices and preferences, then their place in the checks. */
  public async down(queryRunner: QueryRunner): Promise<void> {
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
