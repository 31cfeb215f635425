import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links join the evidence library: an `evidence_files` row of kind `link` (a web address and its
 * title, no bytes), attached to indicators like a file, instead of a list on each answer
 * (`responses.evidence_links`, dropped). Every answer's links become items, one per organisation
 * and address (the earliest saved gives the item its title and its first place), and each answer
 * that had a link gets an attachment of it, asked "still current?" where the answer was carried
 * forward and not yet confirmed. Submission snapshots are not touched: those taken before keep
 * their links on each answer, and the review's comparison reads both.
 *
 * `down` puts each link attached to an answered indicator back on its answer (in the order
 * attached) and removes the link items; a link attached to an indicator with no answer is lost.
 */
export class EvidenceLinks1796800000001 implements MigrationInterface {
  name = 'EvidenceLinks1796800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD "kind" text NOT NULL DEFAULT 'file'`);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD "url" text`);
    for (const column of ['media_type', 'size_bytes', 'sha256', 'content'])
      await queryRunner.query(
        `ALTER TABLE "evidence_files" ALTER COLUMN "${column}" DROP NOT NULL`,
      );
    await queryRunner.query(
      `CREATE TEMPORARY TABLE answer_links AS
       SELECT a.organisation_id, r.audit_id, r.indicator_code, l.ord, btrim(l.value->>'url') AS url,
              NULLIF(btrim(l.value->>'title'), '') AS title, r.updated_by_id, r.updated_at,
              r.prefilled AND r.confirmed_at IS NULL AS carried
         FROM responses r JOIN audits a ON a.id = r.audit_id
        CROSS JOIN LATERAL jsonb_array_elements(r.evidence_links) WITH ORDINALITY AS l(value, ord)
        WHERE NULLIF(btrim(l.value->>'url'), '') IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO evidence_files (kind, audit_id, indicator_code, organisation_id, file_name, url, uploaded_by_id, uploaded_at)
       SELECT DISTINCT ON (organisation_id, url) 'link', audit_id, indicator_code, organisation_id,
              COALESCE(title, url), url, updated_by_id, updated_at
         FROM answer_links ORDER BY organisation_id, url, updated_at, audit_id, indicator_code, ord`,
    );
    await queryRunner.query(
      `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code, still_current_asked, attached_by_id, attached_at)
       SELECT DISTINCT ON (e.id, l.audit_id, l.indicator_code) e.id, l.audit_id, l.indicator_code, l.carried,
              l.updated_by_id, l.updated_at
         FROM answer_links l JOIN evidence_files e ON e.kind = 'link' AND e.organisation_id = l.organisation_id AND e.url = l.url
        ORDER BY e.id, l.audit_id, l.indicator_code, l.ord`,
    );
    await queryRunner.query(`DROP TABLE answer_links`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "evidence_links"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "evidence_files_link_idx" ON "evidence_files"  ("organisation_id", "url") WHERE kind = 'link'`,
    );
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_content_check" CHECK ((kind = 'file' AND content IS NOT NULL AND sha256 IS NOT NULL AND media_type IS NOT NULL AND size_bytes IS NOT NULL AND url IS NULL)
   OR (kind = 'link' AND url IS NOT NULL AND content IS NULL AND sha256 IS NULL AND media_type IS NULL AND size_bytes IS NULL))`);
    await queryRunner.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_kind_check" CHECK (kind IN ('file', 'link'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "responses" ADD "evidence_links" jsonb NOT NULL DEFAULT '[]'`,
    );
    await queryRunner.query(
      `UPDATE responses r SET evidence_links = l.links
         FROM (SELECT ea.audit_id, ea.indicator_code,
                      jsonb_agg(CASE WHEN e.file_name = e.url THEN jsonb_build_object('url', e.url)
                                     ELSE jsonb_build_object('url', e.url, 'title', e.file_name) END
                                ORDER BY ea.attached_at, ea.id) AS links
                 FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id
                WHERE e.kind = 'link' GROUP BY ea.audit_id, ea.indicator_code) l
        WHERE r.audit_id = l.audit_id AND r.indicator_code = l.indicator_code`,
    );
    await queryRunner.query(`DELETE FROM evidence_files WHERE kind = 'link'`);
    await queryRunner.query(
      `ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_kind_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_content_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."evidence_files_link_idx"`);
    for (const column of ['content', 'sha256', 'size_bytes', 'media_type'])
      await queryRunner.query(`ALTER TABLE "evidence_files" ALTER COLUMN "${column}" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP COLUMN "url"`);
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP COLUMN "kind"`);
  }
}
