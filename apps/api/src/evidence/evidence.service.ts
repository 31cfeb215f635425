import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { type LockedAudit, lockAudit, prepareForEdit } from '../audits/audit-lock';
import { EVIDENCE_SQL } from '../audits/audit-queries';
import { assertMayEditIndicator } from '../audits/audit-permissions';
import { AuditsService } from '../audits/audits.service';
import type { EvidenceFileDto } from '../audits/dto/audit.dto';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { extensionOf, sanitiseFileName, sniff, storedMediaType } from './sniff';
import { CommonErrorCode } from '../common/errors/common.errors';
import type { ProblemCode } from '../error-codes';
import { invalidFields, problem } from '../common/errors/field-problems';
import { EvidenceErrorCode, EvidenceProblemCode } from './evidence.errors';
import type { AddEvidenceLinkDto, EvidenceItemDto } from './dto/evidence.dto';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';

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
      const audit = await this.editIndicator(tx, actor, auditId, indicatorCode);
      const row = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO evidence_files (audit_id, indicator_code, organisation_id, file_name, media_type, size_bytes, sha256, content, uploaded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          auditId,
          indicatorCode,
          audit.organisationId,
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
      await attachLocked(tx, row.id, auditId, indicatorCode, actor.userId);
      return row.id;
    });
    return this.attached(id, auditId, indicatorCode);
  }

  /**
   * Adds a link to the organisation's library and attaches it to an indicator, as an edit of that
   * indicator. The library holds one item per address: a link already in it is attached as it is
   * (its title kept), not copied.
   */
  async addLink(actor: Actor, auditId: string, dto: AddEvidenceLinkDto): Promise<EvidenceFileDto> {
    const { indicatorCode, url } = dto;
    const title = dto.title || url;
    const id = await this.db.transaction(async (tx) => {
      const audit = await this.editIndicator(tx, actor, auditId, indicatorCode);
      const added = await queryRow<{ id: string }>(
        tx,
        `INSERT INTO evidence_files (kind, audit_id, indicator_code, organisation_id, file_name, url, uploaded_by_id)
         VALUES ('link', $1, $2, $3, $4, $5, $6)
         ON CONFLICT (organisation_id, url) WHERE kind = 'link' DO NOTHING RETURNING id`,
        [auditId, indicatorCode, audit.organisationId, title, url, actor.userId],
      );
      if (!added) {
        // Already in the library (read in another statement, so a link added meanwhile by
        // someone else is seen): attached as it is.
        const { id } = await oneRow<{ id: string }>(
          tx,
          `SELECT id FROM evidence_files WHERE kind = 'link' AND organisation_id = $1 AND url = $2`,
          [audit.organisationId, url],
        );
        await this.attachItem(tx, actor, audit, id, indicatorCode);
        return id;
      }
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'evidence.linked',
        subject: indicatorCode,
        after: { id: added.id, fileName: title, url },
      });
      await attachLocked(tx, added.id, auditId, indicatorCode, actor.userId);
      return added.id;
    });
    return this.attached(id, auditId, indicatorCode);
  }

  /** The organisation's evidence library: every item, where it is attached, and if submitted. */
  library(organisationId: string): Promise<EvidenceItemDto[]> {
    return queryRows<EvidenceItemDto>(
      this.db,
      `SELECT e.id, e.kind, e.file_name AS "fileName", e.url, e.media_type AS "mediaType", e.size_bytes AS "sizeBytes", e.sha256,
              u.name AS "uploadedBy", e.uploaded_at AS "uploadedAt",
              ${IN_SUBMISSION_SQL} AS "inSubmission",
              COALESCE((SELECT json_agg(json_build_object('auditId', ea.audit_id, 'cycle', c.name,
                                 'indicatorCode', ea.indicator_code, 'stillCurrentAsked', ea.still_current_asked)
                               ORDER BY c.opens_on, ea.indicator_code)
                          FROM evidence_attachments ea JOIN audits a ON a.id = ea.audit_id JOIN cycles c ON c.id = a.cycle_id
                         WHERE ea.evidence_id = e.id), '[]') AS attachments
         FROM evidence_files e LEFT JOIN users u ON u.id = e.uploaded_by_id
        WHERE e.organisation_id = $1 ORDER BY lower(e.file_name), e.file_name, e.uploaded_at`,
      [organisationId],
    );
  }

  /**
   * Attaches a library item to an indicator of an audit (the item's organisation is the audit's:
   * the access guard checked the body's id), as an edit of that indicator.
   */
  async attach(
    actor: Actor,
    auditId: string,
    evidenceId: string,
    indicatorCode: string,
  ): Promise<EvidenceFileDto> {
    await this.db.transaction(async (tx) => {
      const audit = await this.editIndicator(tx, actor, auditId, indicatorCode);
      await this.attachItem(tx, actor, audit, evidenceId, indicatorCode);
    });
    return this.attached(evidenceId, auditId, indicatorCode);
  }

  /**
   * The start of every change to an indicator's evidence: the audit locked, the indicator in its
   * framework, the actor allowed to edit it, and the audit started (or reopened) for the edit.
   */
  private async editIndicator(
    tx: EntityManager,
    actor: Actor,
    auditId: string,
    indicatorCode: string,
  ): Promise<LockedAudit> {
    const audit = await lockAudit(tx, auditId);
    await this.audits.assertIndicator(tx, audit, indicatorCode);
    await assertMayEditIndicator(tx, actor, audit, indicatorCode);
    await prepareForEdit(tx, audit, actor.userId, this.clock.now());
    return audit;
  }

  /** Attaches an item of the audit's organisation's library to an indicator, with its event. */
  private async attachItem(
    tx: EntityManager,
    actor: Actor,
    audit: LockedAudit,
    evidenceId: string,
    indicatorCode: string,
  ): Promise<void> {
    const item = await queryRow<{ fileName: string; sha256: string | null; url: string | null }>(
      tx,
      `SELECT file_name AS "fileName", sha256, url FROM evidence_files WHERE id = $1 AND organisation_id = $2`,
      [evidenceId, audit.organisationId],
    );
    if (!item) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence');
    if (!(await attachLocked(tx, evidenceId, audit.id, indicatorCode, actor.userId)))
      throw alreadyAttached();
    await recordEvent(tx, {
      auditId: audit.id,
      actorId: actor.userId,
      at: this.clock.now(),
      kind: 'evidence.attached',
      subject: indicatorCode,
      after: { id: evidenceId, ...item },
    });
  }

  /** Detaches an item from an indicator of an audit; it stays in the library. */
  async detach(
    actor: Actor,
    auditId: string,
    evidenceId: string,
    indicatorCode: string,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await assertMayEditIndicator(tx, actor, audit, indicatorCode);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const gone = await queryRow<{ fileName: string; sha256: string | null }>(
        tx,
        `WITH d AS (DELETE FROM evidence_attachments
                     WHERE evidence_id = $1 AND audit_id = $2 AND indicator_code = $3 RETURNING evidence_id)
         SELECT e.file_name AS "fileName", e.sha256 FROM d JOIN evidence_files e ON e.id = d.evidence_id`,
        [evidenceId, auditId, indicatorCode],
      );
      if (!gone) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence attachment');
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'evidence.detached',
        subject: indicatorCode,
        before: { id: evidenceId, ...gone },
      });
    });
  }

  /** Confirms that a file carried from the last audit is still current for the indicator. */
  async confirm(
    actor: Actor,
    auditId: string,
    evidenceId: string,
    indicatorCode: string,
  ): Promise<EvidenceFileDto> {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await assertMayEditIndicator(tx, actor, audit, indicatorCode);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const confirmed = await queryRow<{ fileName: string; sha256: string | null }>(
        tx,
        `WITH c AS (UPDATE evidence_attachments SET still_current_asked = false
                     WHERE evidence_id = $1 AND audit_id = $2 AND indicator_code = $3 AND still_current_asked
                     RETURNING evidence_id)
         SELECT e.file_name AS "fileName", e.sha256 FROM c JOIN evidence_files e ON e.id = c.evidence_id`,
        [evidenceId, auditId, indicatorCode],
      );
      if (!confirmed)
        throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence to confirm');
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'evidence.confirmed',
        subject: indicatorCode,
        after: { id: evidenceId, ...confirmed },
      });
    });
    return this.attached(evidenceId, auditId, indicatorCode);
  }

  private attached(evidenceId: string, auditId: string, indicatorCode: string) {
    return oneRow<EvidenceFileDto>(
      this.db,
      `${EVIDENCE_SQL} WHERE ea.evidence_id = $1 AND ea.audit_id = $2 AND ea.indicator_code = $3`,
      [evidenceId, auditId, indicatorCode],
    );
  }

  async download(
    evidenceId: string,
  ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    // A link has no bytes to download: its address is in the library and the audit.
    const row = await queryRow<{ fileName: string; mediaType: string; content: Buffer }>(
      this.db,
      `SELECT file_name AS "fileName", media_type AS "mediaType", content FROM evidence_files WHERE id = $1 AND kind = 'file'`,
      [evidenceId],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence');
    return row;
  }

  /**
   * Deletes an item from the library, and so from every indicator it is attached to: the same
   * edit rights on each of them as removing it there, and never a file of a submitted snapshot
   * (409), whose SHA-256 must keep naming it.
   */
  async remove(actor: Actor, evidenceId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await queryRow<{
        auditId: string;
        indicatorCode: string;
        fileName: string;
        url: string | null;
        sha256: string | null;
        sizeBytes: number | null;
        inSubmission: boolean;
      }>(
        tx,
        `SELECT e.audit_id AS "auditId", e.indicator_code AS "indicatorCode", e.file_name AS "fileName", e.url, e.sha256,
                e.size_bytes AS "sizeBytes", ${IN_SUBMISSION_SQL} AS "inSubmission"
           FROM evidence_files e WHERE e.id = $1 FOR UPDATE`,
        [evidenceId],
      );
      if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'evidence');
      const { auditId, indicatorCode, inSubmission, ...file } = row;
      const uses = await queryRows<{ auditId: string; indicatorCode: string }>(
        tx,
        `SELECT audit_id AS "auditId", indicator_code AS "indicatorCode" FROM evidence_attachments
          WHERE evidence_id = $1 ORDER BY audit_id, indicator_code`,
        [evidenceId],
      );
      if (uses.length === 0) {
        const origin = await lockAudit(tx, auditId);
        await assertMayEditIndicator(tx, actor, origin, indicatorCode);
      }
      for (const use of uses) {
        const audit = await lockAudit(tx, use.auditId);
        await assertMayEditIndicator(tx, actor, audit, use.indicatorCode);
        await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      }
      if (inSubmission) {
        throw new ConflictError(
          EvidenceErrorCode.EVIDENCE_IN_SUBMISSION,
          'this evidence is part of a submitted audit, so it cannot be deleted: detach it instead',
        );
      }
      await run(tx, 'DELETE FROM evidence_files WHERE id = $1', [evidenceId]);
      for (const use of uses.length ? uses : [{ auditId, indicatorCode }]) {
        await recordEvent(tx, {
          auditId: use.auditId,
          actorId: actor.userId,
          at: this.clock.now(),
          kind: 'evidence.deleted',
          subject: use.indicatorCode,
          before: { id: evidenceId, ...file },
        });
      }
    });
  }
}

const alreadyAttached = () =>
  new ConflictError(
    EvidenceErrorCode.EVIDENCE_ALREADY_ATTACHED,
    'this evidence is already attached to this indicator',
  );

/** Whether the item `e` is named by a stored submission snapshot. */
const IN_SUBMISSION_SQL = `EXISTS (SELECT 1 FROM submissions s WHERE s.snapshot->'evidence' @> jsonb_build_array(jsonb_build_object('id', e.id::text)))`;

/** Attaches an item to an indicator of an audit; false if it already was. */
async function attachLocked(
  tx: EntityManager,
  evidenceId: string,
  auditId: string,
  indicatorCode: string,
  actorId: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code, attached_by_id)
     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
    [evidenceId, auditId, indicatorCode, actorId],
  );
  return rows.length === 1;
}
