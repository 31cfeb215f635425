import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One board member per audit may hold its review: who the review queue shows. */
export class AuditReviewer1796524630319 implements MigrationInterface {
  name = 'AuditReviewer1796524630319';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audits" ADD "reviewer_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "audits" ADD CONSTRAINT "FK_4c58145d6fa2c42f2107902f459" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audits" DROP CONSTRAINT "FK_4c58145d6fa2c42f2107902f459"`,
    );
    await queryRunner.query(`ALTER TABLE "audits" DROP COLUMN "reviewer_id"`);
  }
}
