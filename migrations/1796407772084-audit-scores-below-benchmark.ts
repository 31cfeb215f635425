import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each stored audit score keeps the codes of its answered indicators below benchmark, as
 * libs/scoring decides them when the score is written, so the cycle's indicator statistics
 * count them instead of comparing levels in SQL. Scores stored before this get the same set
 * once, here (levels and benchmarks cannot have changed since: the audit is with the board).
 */
export class AuditScoresBelowBenchmark1796407772084 implements MigrationInterface {
  name = 'AuditScoresBelowBenchmark1796407772084';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_scores" ADD "below_benchmark" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      UPDATE audit_scores s SET below_benchmark = COALESCE((
        SELECT array_agg(r.indicator_code ORDER BY r.indicator_code)
          FROM responses r
          JOIN audits a ON a.id = r.audit_id
          JOIN cycles c ON c.id = a.cycle_id
          JOIN framework_indicators fi ON fi.framework_version_id = c.framework_version_id AND fi.code = r.indicator_code
         WHERE r.audit_id = s.audit_id AND r.level IS NOT NULL AND NOT r.not_applicable AND r.level < fi.benchmark), '{}')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_scores" DROP COLUMN "below_benchmark"`);
  }
}
