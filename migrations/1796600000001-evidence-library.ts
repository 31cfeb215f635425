import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence library: a file belongs to its organisation (evidence_files.organisation_id, from
 * the audit it was uploaded to) and is used through attachments (evidence_attachments: one item on
 * one indicator of one audit). Every existing file keeps its row, content and SHA-256, and gains
 * the one attachment it had (its audit and indicator): no file is lost, no submission rewritten.
 * `down` keeps the files and drops the attachments (those made from the library are lost).
 */
export class EvidenceLibrary1796600000001 implements MigrationInterface {
  name = 'EvidenceLibrary1796600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evidence_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evidence_id" uuid NOT NULL, "audit_id" uuid NOT NULL, "indicator_code" text NOT NULL, "still_current_asked" boolean NOT NULL DEFAULT false, "attached_by_id" uuid, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd13deeebab1c76ee0dd01d57d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "evidence_attachments_audit_idx" ON "evidence_attachments"  ("audit_id", "indicator_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evidence_attachments_item_audit_indicator_key" ON "evidence_attachments"  ("evidence_id", "audit_id", "indicator_code") `,
    );
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD "organisation_id" uuid`);
    await queryRunner.query(
      `UPDATE "evidence_files" e SET "organisation_id" = a."organisation_id" FROM "audits" a WHERE a."id" = e."audit_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ALTER COLUMN "organisation_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "evidence_attachments" ("evidence_id", "audit_id", "indicator_code", "attached_by_id", "attached_at")
       SELECT "id", "audit_id", "indicator_code", "uploaded_by_id", "uploaded_at" FROM "evidence_files"`,
    );
    await queryRunner.query(
      `CREATE INDEX "evidence_files_organisation_idx" ON "evidence_files"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_8589a2be2b4a9681cb875622a5a" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_attachments" ADD CONSTRAINT "FK_6ec707d0802f05e733f8147a592" FOREIGN KEY ("evidence_id") REFERENCES "evidence_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_attachments" ADD CONSTRAINT "FK_87aed21933722b77c76596e46d4" FOREIGN KEY ("audit_id") REFERENCES "audits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "evidence_attachments" DROP CONSTRAINT "FK_87aed21933722b77c76596e46d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_attachments" DROP CONSTRAINT "FK_6ec707d0802f05e733f8147a592"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_8589a2be2b4a9681cb875622a5a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."evidence_files_organisation_idx"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP COLUMN "organisation_id"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_attachments_item_audit_indicator_key"`);
    await queryRunner.query(`DROP INDEX "public"."evidence_attachments_audit_idx"`);
    await queryRunner.query(`DROP TABLE "evidence_attachments"`);
  }
}
