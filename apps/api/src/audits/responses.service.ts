import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findIndicator } from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { BadRequestError, ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { lockAudit, prepareForEdit } from './audit-lock';
import { assertMayEditIndicator } from './audit-permissions';
import { RESPONSE_SQL } from './audit-queries';
import { AuditWorkflowService } from './audit-workflow.service';
import { AuditsService } from './audits.service';
import type { ResponseDto } from './dto/audit.dto';
import type { AssignmentDto, SaveAssignmentsDto, SaveResponseDto } from './dto/response.dto';

type Answer = Pick<
  ResponseDto,
  'level' | 'notApplicable' | 'notApplicableReason' | 'commentary' | 'evidenceLinks'
>;
const sameAnswer = (a: Answer, b: Answer) =>
  a.level === b.level &&
  a.notApplicable === b.notApplicable &&
  (a.notApplicableReason ?? null) === (b.notApplicableReason ?? null) &&
  (a.commentary ?? null) === (b.commentary ?? null) &&
  JSON.stringify(a.evidenceLinks) === JSON.stringify(b.evidenceLinks);

@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly workflow: AuditWorkflowService,
  ) {}

  /**
   * Saves one answer. The client sends the version it last saw: a stale one gets 409 with the
   * current answer, so no edit is silently overwritten. Repeating a save that already landed
   * returns the saved answer (the call is idempotent, so clients may retry freely).
   */
  async save(
    actor: Actor,
    auditId: string,
    code: string,
    dto: SaveResponseDto,
  ): Promise<ResponseDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const definition = await this.audits.definition(audit.frameworkVersionId, tx);
      const indicator = findIndicator(definition, code);
      if (!indicator) throw new NotFoundError(`indicator ${code} in this audit's framework`);
      await assertMayEditIndicator(tx, actor, audit, code);

      const [current]: ResponseDto[] = await tx.query(
        `${RESPONSE_SQL} WHERE r.audit_id = $1 AND r.indicator_code = $2`,
        [auditId, code],
      );
      const next: Answer = {
        level: dto.notApplicable
          ? null
          : dto.level !== undefined
            ? dto.level
            : (current?.level ?? null),
        // Choosing a level makes a not-applicable answer applicable again.
        notApplicable:
          dto.notApplicable ?? (dto.level != null ? false : (current?.notApplicable ?? false)),
        notApplicableReason:
          dto.notApplicableReason !== undefined
            ? dto.notApplicableReason
            : (current?.notApplicableReason ?? null),
        commentary: dto.commentary !== undefined ? dto.commentary : (current?.commentary ?? null),
        evidenceLinks: dto.evidenceLinks ?? current?.evidenceLinks ?? [],
      };
      if (!next.notApplicable) next.notApplicableReason = null;
      this.validate(
        next,
        dto,
        definition.scale.levels.map((l) => l.value),
        indicator.allowNotApplicable,
      );

      const currentVersion = current?.version ?? 0;
      if (dto.version !== currentVersion) {
        if (current && sameAnswer(current, next)) return current; // a retry of a save that landed
        // An audit not yet started is pre-filled on the first save; the client had not seen that.
        const prefilledUnseen = current?.prefilled && currentVersion === 1 && dto.version === 0;
        if (!prefilledUnseen) {
          throw new ConflictError(
            `this answer was changed by ${current?.updatedBy ?? 'someone else'} since you loaded it (your version ${dto.version}, now ${currentVersion})`,
            { current: current ?? null },
          );
        }
      }
      await prepareForEdit(tx, audit, actor.userId);
      if (audit.status === 'not_started') {
        await this.workflow.startLocked(tx, audit, actor.userId);
        const [after]: ResponseDto[] = await tx.query(
          `${RESPONSE_SQL} WHERE r.audit_id = $1 AND r.indicator_code = $2`,
          [auditId, code],
        );
        if (after && !sameAnswer(after, next))
          return this.write(tx, auditId, code, next, after, actor);
        if (after) return after;
      }
      if (current && sameAnswer(current, next)) return current;
      return this.write(tx, auditId, code, next, current ?? null, actor);
    });
  }

  /**
   * Upserts the answer and records its event in one statement, returning the saved row (no
   * re-read). Runs under the audit's row lock, after the version check.
   */
  private async write(
    tx: EntityManager,
    auditId: string,
    code: string,
    next: Answer,
    before: ResponseDto | null,
    actor: Actor,
  ): Promise<ResponseDto> {
    const [saved]: ResponseDto[] = await tx.query(
      `WITH saved AS (
         INSERT INTO responses (audit_id, indicator_code, level, not_applicable, not_applicable_reason, commentary,
                                evidence_links, version, updated_by_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, now())
         ON CONFLICT (audit_id, indicator_code) DO UPDATE SET
           level = EXCLUDED.level, not_applicable = EXCLUDED.not_applicable,
           not_applicable_reason = EXCLUDED.not_applicable_reason, commentary = EXCLUDED.commentary,
           evidence_links = EXCLUDED.evidence_links, version = responses.version + 1,
           updated_by_id = EXCLUDED.updated_by_id, updated_at = now(), changed_since_last = false
         RETURNING *),
       event AS (
         INSERT INTO audit_events (audit_id, actor_id, kind, subject, before, after)
         SELECT $1, $8, 'response.saved', $2, $9::jsonb,
                jsonb_build_object('level', s.level, 'notApplicable', s.not_applicable,
                  'notApplicableReason', s.not_applicable_reason, 'commentary', s.commentary,
                  'evidenceLinks', s.evidence_links, 'version', s.version)
           FROM saved s)
       SELECT s.indicator_code AS "indicatorCode", s.level, s.not_applicable AS "notApplicable",
              s.not_applicable_reason AS "notApplicableReason", s.commentary, s.evidence_links AS "evidenceLinks",
              s.version, s.changed_since_last AS "changedSinceLast", s.prefilled, u.name AS "updatedBy",
              s.updated_at AS "updatedAt"
         FROM saved s LEFT JOIN users u ON u.id = s.updated_by_id`,
      [
        auditId,
        code,
        next.level,
        next.notApplicable,
        next.notApplicableReason,
        next.commentary,
        JSON.stringify(next.evidenceLinks),
        actor.userId,
        before
          ? JSON.stringify({
              level: before.level,
              notApplicable: before.notApplicable,
              notApplicableReason: before.notApplicableReason,
              commentary: before.commentary,
              evidenceLinks: before.evidenceLinks,
              version: before.version,
            })
          : null,
      ],
    );
    return saved;
  }

  private validate(
    next: Answer,
    dto: SaveResponseDto,
    levels: number[],
    allowNotApplicable: boolean,
  ) {
    const problems: { field: string; problems: string[] }[] = [];
    if (dto.notApplicable && dto.level != null)
      problems.push({ field: 'level', problems: ['must be left out when notApplicable is true'] });
    if (next.level != null && !levels.includes(next.level))
      problems.push({ field: 'level', problems: [`must be one of ${levels.join(', ')}`] });
    if (next.notApplicable && !allowNotApplicable)
      problems.push({
        field: 'notApplicable',
        problems: ['this indicator applies to every agency'],
      });
    if (problems.length)
      throw new BadRequestError(
        problems.map((p) => `${p.field} ${p.problems.join('; ')}`).join('; '),
        problems,
      );
  }

  listAssignments(auditId: string): Promise<AssignmentDto[]> {
    return this.db.query(
      `SELECT s.id, s.user_id AS "userId", u.name AS "userName", s.area_code AS "areaCode", s.indicator_code AS "indicatorCode"
         FROM assignments s JOIN users u ON u.id = s.user_id WHERE s.audit_id = $1 ORDER BY u.name, s.area_code, s.indicator_code`,
      [auditId],
    );
  }

  /** Replaces who is assigned what. Assignees must be members of the organisation. */
  async saveAssignments(
    actor: Actor,
    auditId: string,
    dto: SaveAssignmentsDto,
  ): Promise<AssignmentDto[]> {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await prepareForEdit(tx, audit, actor.userId);
      const definition = await this.audits.definition(audit.frameworkVersionId, tx);
      const members = new Set(
        (
          await tx.query(`SELECT user_id FROM memberships WHERE organisation_id = $1`, [
            audit.organisationId,
          ])
        ).map((r: { user_id: string }) => r.user_id),
      );
      const areas = new Set(definition.areas.map((a) => a.code));
      const problems: { field: string; problems: string[] }[] = [];
      dto.assignments.forEach((a, i) => {
        if (!members.has(a.userId))
          problems.push({
            field: `assignments.${i}.userId`,
            problems: ['is not a member of this organisation'],
          });
        if (a.areaCode && !areas.has(a.areaCode))
          problems.push({
            field: `assignments.${i}.areaCode`,
            problems: ['is not an area of the framework'],
          });
        if (a.indicatorCode && !findIndicator(definition, a.indicatorCode))
          problems.push({
            field: `assignments.${i}.indicatorCode`,
            problems: ['is not an indicator of the framework'],
          });
      });
      if (problems.length)
        throw new BadRequestError(
          problems.map((p) => `${p.field} ${p.problems[0]}`).join('; '),
          problems,
        );
      const before = await this.listAssignments(auditId);
      await tx.query('DELETE FROM assignments WHERE audit_id = $1', [auditId]);
      for (const a of dto.assignments) {
        await tx.query(
          'INSERT INTO assignments (audit_id, user_id, area_code, indicator_code) VALUES ($1, $2, $3, $4)',
          [auditId, a.userId, a.areaCode ?? null, a.indicatorCode ?? null],
        );
      }
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        kind: 'assignments.replaced',
        before: before.map(({ userId, areaCode, indicatorCode }) => ({
          userId,
          areaCode,
          indicatorCode,
        })),
        after: dto.assignments,
      });
    });
    return this.listAssignments(auditId);
  }
}
