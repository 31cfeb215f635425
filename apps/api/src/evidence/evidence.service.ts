import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { DataSource } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { lockAudit, prepareForEdit } from '../audits/audit-lock';
import { EVIDENCE_SQL } from '../audits/audit-queries';
import { assertMayEditIndicator } from '../audits/audit-permissions';
import { AuditsService } from '../audits/audits.service';
import type { EvidenceFileDto } from '../audits/dto/audit.dto';
import type { Actor } from '../common/access/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { extensionOf, sanitiseFileName, sniff, storedMediaType } from './sniff';
import { CommonErrorCode } from '../common/errors/common.errors';
import type { ProblemCode } from '../error-codes';
import { invalidFields, problem } from '../common/errors/field-problems';
import { EvidenceProblemCode } from './evidence.errors';
import { oneRow, queryRow, run } from '../database/typed-query';

export interface UploadedFileLike {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const fileProblem = (code: ProblemCode, message: string, params?: Record<string, unknown>) =>
  invalidFields([{ field: 'file', problems: [problem(code, message, params)] }], message);

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly clock: Clock,
  ) {}

  async upload(
    actor: Actor,
    auditId: string,
    indicatorCode: string,
    file: UploadedFileLike | undefined,
  ): Promise<EvidenceFileDto> {
    if (!file || file.size === 0)
      throw fileProblem(EvidenceProblemCode.fileRequired, 'choose a file to upload');
    const fileName = sanitiseFileName(file.originalname);
    const type = sniff(file.buffer);
    if (!type) {
      throw fileProblem(
        EvidenceProblemCode.fileTypeNotAccepted,
        'this type of file is not accepted: upload a PDF, an Office document, an image or plain text',
      );
    }
    const ext = extensionOf(fileName);
    if (!type.extensions.includes(ext)) {
      throw fileProblem(
        EvidenceProblemCode.fileExtensionMismatch,
        `the file's content is ${type.label} but its name ends ".${ext || '(none)'}": rename it to .${type.extensions[0]}`,
        { type: type.label, extension: ext, expected: type.extensions[0] },
      );
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const id = await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await this.audits.assertIndicator(tx, audit, indicatorCode);
      await assertMayEditIndicator(tx, actor, audit, indicatorCode);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const row = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO evidence_files (audit_id, indicator_code, file_name, media_type, size_bytes, sha256, content, uploaded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          auditId,
          indicatorCode,
          fileName,
          storedMediaType(type, fileName),
          file.size,
          sha256,
          file.buffer,
          actor.userId,
        ],
      );
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'evidence.uploaded',
        subject: indicatorCode,
        after: { id: row.id, fileName, mediaType: type.mediaType, sizeBytes: file.size, sha256 },
      });
      return row.id;
    });
    return oneRow<EvidenceFileDto>(this.db, `${EVIDENCE_SQL} WHERE e.id = $1`, [id]);
  }

  async download(
    evidenceId: string,
  ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    const row = await queryRow<{ fileName: string; mediaType: string; content: Buffer }>(
      this.db,
      'SELECT file_name AS "fileName", media_type AS "mediaType", content FROM evidence_files WHERE id = $1',
      [evidenceId],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence');
    return row;
  }

  async remove(actor: Actor, evidenceId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await queryRow<{
        auditId: string;
        indicatorCode: string;
        fileName: string;
        sha256: string;
        sizeBytes: number;
      }>(
        tx,
        `SELECT audit_id AS "auditId", indicator_code AS "indicatorCode", file_name AS "fileName", sha256, size_bytes AS "sizeBytes"
           FROM evidence_files WHERE id = $1`,
        [evidenceId],
      );
      if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence');
      const { auditId, indicatorCode, ...file } = row;
      const audit = await lockAudit(tx, auditId);
      await assertMayEditIndicator(tx, actor, audit, indicatorCode);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      await run(tx, 'DELETE FROM evidence_files WHERE id = $1', [evidenceId]);
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'evidence.deleted',
        subject: indicatorCode,
        before: { id: evidenceId, ...file },
      });
    });
  }
}
