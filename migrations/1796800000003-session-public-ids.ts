import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each session gets a public id, how the person's own list of sessions names it (to end one);
 * the token's hash, the primary key, never leaves the server. Existing sessions get one each.
 */
export class SessionPublicIds1796800000003 implements MigrationInterface {
  name = 'SessionPublicIds1796800000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "public_id" uuid NOT NULL DEFAULT gen_random_uuid()`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sessions_public_id_key" ON "sessions" ("public_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sessions_public_id_key"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "public_id"`);
  }
}
