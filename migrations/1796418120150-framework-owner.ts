import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A framework version belongs to the partnership that imported it, or to the platform (null),
 * and a version number is unique per owner. Versions imported before stay the platform's, as
 * they were shared until now.
 */
export class FrameworkOwner1796418120150 implements MigrationInterface {
  name = 'FrameworkOwner1796418120150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."framework_versions_unique"`);
    await queryRunner.query(`ALTER TABLE "framework_versions" ADD "owner_partnership_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "framework_versions_owner_unique" ON "framework_versions"  ("owner_partnership_id", "framework_id", "version") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "framework_versions_platform_unique" ON "framework_versions"  ("framework_id", "version") WHERE owner_partnership_id IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_versions" ADD CONSTRAINT "FK_e9bd1f3490af785c54c2bce8509" FOREIGN KEY ("owner_partnership_id") REFERENCES "partnerships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "framework_versions" DROP CONSTRAINT "FK_e9bd1f3490af785c54c2bce8509"`,
    );
    await queryRunner.query(`DROP INDEX "public"."framework_versions_platform_unique"`);
    await queryRunner.query(`DROP INDEX "public"."framework_versions_owner_unique"`);
    await queryRunner.query(`ALTER TABLE "framework_versions" DROP COLUMN "owner_partnership_id"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "framework_versions_unique" ON "framework_versions" USING btree ("framework_id", "version") `,
    );
  }
}
