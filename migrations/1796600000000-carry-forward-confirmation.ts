import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carried-forward answers need confirming: when and by whom a pre-filled answer was confirmed
 * (or answered over). Answers already stored count as confirmed, as they did before.
 */
export class CarryForwardConfirmation1796600000000 implements MigrationInterface {
  name = 'CarryForwardConfirmation1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "responses" ADD "confirmed_by_id" uuid`);
    await queryRunner.query(`UPDATE "responses" SET "confirmed_at" = "updated_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "confirmed_by_id"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "confirmed_at"`);
  }
}
