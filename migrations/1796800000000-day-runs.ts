import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DayRuns1796800000000 implements MigrationInterface {
  name = 'DayRuns1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "day_runs" ("day" date NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_def52420ff8426aa04b5614f394" PRIMARY KEY ("day"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "day_runs"`);
  }
}
