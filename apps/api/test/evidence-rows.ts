/**
 * Stores an evidence file straight into the library, attached to an indicator of an audit, as
 * an upload would (the item belongs to the audit's organisation): for tests that need a file
 * without uploading one.
 */
export async function insertEvidence(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  auditId: string,
  file: {
    fileName?: string;
    mediaType?: string;
    content: Buffer;
    sha256?: string;
    indicatorCode?: string;
    /** Attached as if carried from the last audit, not yet confirmed. */
    stillCurrentAsked?: boolean;
  },
): Promise<string> {
  const indicatorCode = file.indicatorCode ?? 'P1.1';
  const [{ id }] = (await db.query(
    `INSERT INTO evidence_files (audit_id, indicator_code, organisation_id, file_name, media_type, size_bytes, sha256, content)
     SELECT a.id, $2, a.organisation_id, $3, $4, $5, $6, $7 FROM audits a WHERE a.id = $1 RETURNING id`,
    [
      auditId,
      indicatorCode,
      file.fileName ?? 'e.pdf',
      file.mediaType ?? 'application/pdf',
      file.content.length,
      file.sha256 ?? 'x',
      file.content,
    ],
  )) as { id: string }[];
  await db.query(
    `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code, still_current_asked) VALUES ($1, $2, $3, $4)`,
    [id, auditId, indicatorCode, file.stillCurrentAsked ?? false],
  );
  return id;
}
