import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminders on the partnership's days before a cycle is due, weekly once overdue; more kinds. */
const OLD_KINDS = `'cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted'`;

export class Reminders1796521319682 implements MigrationInterface {
  name = 'Reminders1796521319682';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // New kinds: reminders before and after the due date, the board's submissions, replies.
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN ('cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied'))`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY['cycle_opened', 'audit_due', 'audit_overdue', 'audit_challenged', 'audit_returned', 'audit_accepted', 'audit_submitted', 'challenge_replied']::text[] AND cardinality(kinds) > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnerships" ADD "reminder_days" smallint array NOT NULL DEFAULT '{30,7,1}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_reminder_days_check" CHECK (1 <= ALL(reminder_days) AND 365 >= ALL(reminder_days) AND cardinality(reminder_days) <= 10)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind NOT IN (${OLD_KINDS})`);
    await queryRunner.query(
      `DELETE FROM notification_preferences WHERE kind NOT IN (${OLD_KINDS})`,
    );
    await queryRunner.query(
      `DELETE FROM unsubscribe_tokens WHERE NOT kinds <@ ARRAY[${OLD_KINDS}]::text[]`,
    );
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_kind_check"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${table}_kind_check" CHECK (kind IN ('cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted'))`,
      );
    }
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "unsubscribe_tokens_kinds_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_kinds_check" CHECK (kinds <@ ARRAY['cycle_opened', 'audit_challenged', 'audit_returned', 'audit_accepted']::text[] AND cardinality(kinds) > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnerships" DROP CONSTRAINT "partnerships_reminder_days_check"`,
    );
    await queryRunner.query(`ALTER TABLE "partnerships" DROP COLUMN "reminder_days"`);
  }
}
