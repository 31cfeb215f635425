import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle can be scheduled: it opens by itself on its opening date (the day's run). Cycles that
 * are scheduled or open take part in the overlap rule (cycles/cycle-rules.sql.ts).
 */
export class ScheduledCycles1796491354308 implements MigrationInterface {
  name = 'ScheduledCycles1796491354308';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cycles" DROP CONSTRAINT "cycles_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "cycles" ADD CONSTRAINT "cycles_status_check" CHECK (status IN ('draft', 'scheduled', 'open', 'closed'))`,
    );
    // The day's run looks for scheduled cycles whose day has come.
    await queryRunner.query(
      `CREATE INDEX "cycles_scheduled_idx" ON "cycles" ("opens_on") WHERE status = 'scheduled'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."cycles_scheduled_idx"`);
    await queryRunner.query(`UPDATE "cycles" SET status = 'draft' WHERE status = 'scheduled'`);
    await queryRunner.query(`ALTER TABLE "cycles" DROP CONSTRAINT "cycles_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "cycles" ADD CONSTRAINT "cycles_status_check" CHECK (status IN ('draft', 'open', 'closed'))`,
    );
  }
}
