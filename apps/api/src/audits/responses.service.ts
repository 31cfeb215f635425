import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import {
  type Answer,
  type AnswerChange,
  answerProblems,
  answerProblemText,
  decideSave,
  type IndicatorRules,
  mergeAnswer,
} from '@pies/domain';
import { findIndicator } from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuditEventInput, eventForEachRow, eventParams } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { type FieldProblem, invalidFields, problem } from '../common/errors/field-problems';
import { type LockedAudit, lockAudit, lockedError, prepareForEdit } from './audit-lock';
import { assertMayEditIndicator } from './audit-permissions';
import { RESPONSE_COLUMNS, RESPONSE_SQL } from './audit-queries';
import { AuditWorkflowService } from './audit-workflow.service';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import type { ResponseDto } from './dto/audit.dto';
import type { SaveResponseDto } from './dto/response.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { AuditErrorCode } from './audits.errors';
import { queryRow } from '../database/typed-query';

/** The stored answer to indicator `$2` of audit `$1`, as a ResponseDto. */
export const READ_RESPONSE_SQL = `${RESPONSE_SQL} WHERE r.audit_id = $1 AND r.indicator_code = $2`;

/**
 * Writes an answer as the next version of the one read (saving an answer confirms it, when it
 * was carried forward) (`$8`: its version, 0 for none) at `$9`, records its audit event
 * (`$10` on, eventParams) in the same statement, and returns it as a ResponseDto; no row, and no
 * event, if another version was stored meanwhile.
 */
export const UPSERT_RESPONSE_SQL = `WITH saved AS (
    INSERT INTO responses AS r (audit_id, indicator_code, level, not_applicable, not_applicable_reason,
                                commentary, version, updated_by_id, updated_at,
                                confirmed_at, confirmed_by_id)
    VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $9, $9, $7)
    ON CONFLICT (audit_id, indicator_code) DO UPDATE SET
      level = EXCLUDED.level, not_applicable = EXCLUDED.not_applicable,
      not_applicable_reason = EXCLUDED.not_applicable_reason, commentary = EXCLUDED.commentary,
      version = r.version + 1,
      updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at, changed_since_last = false,
      confirmed_at = EXCLUDED.confirmed_at, confirmed_by_id = EXCLUDED.confirmed_by_id
    WHERE r.version = $8
    RETURNING r.*),
  event AS (${eventForEachRow('saved', 10)})
  SELECT ${RESPONSE_COLUMNS} FROM saved r LEFT JOIN users u ON u.id = r.updated_by_id`;

/**
 * UPSERT_RESPONSE_SQL's parameters: `answer` by `actorId` at `at` as the version after
 * `before` (null for a first answer), with its audit event.
 */
export const upsertParams = (
  auditId: string,
  code: string,
  actorId: string,
  before: ResponseDto | null,
  answer: Answer,
  at: Date,
) => {
  const readVersion = before?.version ?? 0;
  const after = { ...answer, version: readVersion + 1 };
  return [
    auditId,
    code,
    answer.level,
    answer.notApplicable,
    answer.notApplicableReason,
    answer.commentary,
    actorId,
    readVersion,
    at,
    ...eventParams(savedEvent(auditId, code, actorId, before, after, at)),
  ];
};

type Versioned = Answer & { version: number };

/** The audit event of a save: the answer before (none for a first answer) and after. */
function savedEvent(
  auditId: string,
  code: string,
  actorId: string,
  before: Versioned | null,
  after: Versioned,
  at: Date,
): AuditEventInput {
  const trail = (r: Versioned) => ({
    level: r.level,
    notApplicable: r.notApplicable,
    notApplicableReason: r.notApplicableReason,
    commentary: r.commentary,
    version: r.version,
  });
  return {
    auditId,
    actorId,
    kind: 'response.saved',
    subject: code,
    before: before && trail(before),
    after: trail(after),
    at,
  };
}

/** The fields a save sends, without its version. */
const changeOf = ({ version: _, ...sent }: SaveResponseDto): AnswerChange => sent;

@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workflow: AuditWorkflowService,
    private readonly clock: Clock,
  ) {}

  /**
   * Saves one answer. The client sends the version it last saw: a stale one gets 409 with the
   * current answer, so no edit is silently overwritten. Repeating a save that already landed
   * returns the saved answer (the call is idempotent, so clients may retry freely). Fields left
   * out keep their current values; choosing a level makes a not-applicable answer applicable.
   *
   * One transaction: lock the audit (saves to one audit queue here, so the answer read next is
   * the latest), check the indicator and the caller's assignment, then merge, validate, decide
   * and write (rules in @pies/domain, `answers/`). The first save to a not-started audit starts
   * it (with its pre-fill) and the first to a returned one reopens it, and the save is then
   * decided again on what that left.
   */
  async save(
    actor: Actor,
    auditId: string,
    code: string,
    dto: SaveResponseDto,
  ): Promise<ResponseDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const rules = await this.rules(tx, audit, code);
      await assertMayEditIndicator(tx, actor, audit, code);
      const saved = await this.apply(tx, audit, actor.userId, code, dto, rules);
      if (saved) return saved;
      await prepareForEdit(tx, audit, actor.userId, this.clock.now()); // a returned audit is in progress again
      if (audit.status === 'not_started') await this.workflow.startLocked(tx, audit, actor.userId);
      const again = await this.apply(tx, audit, actor.userId, code, dto, rules);
      if (!again) throw new Error(`audit ${auditId} is still ${audit.status} after starting`);
      return again;
    });
  }

  /** The save on the audit as it is; null when it must first be started or reopened. */
  private async apply(
    tx: EntityManager,
    audit: LockedAudit,
    actorId: string,
    code: string,
    dto: SaveResponseDto,
    rules: IndicatorRules,
  ): Promise<ResponseDto | null> {
    const current = await readResponse(tx, audit.id, code);
    const sent = changeOf(dto);
    const next = mergeAnswer(current, sent);
    const problems = answerProblems(sent, next, rules).map((p): FieldProblem => ({
      field: p.field,
      problems: [problem(p.code, answerProblemText(p), p.params)],
    }));
    if (problems.length) throw invalidFields(problems);
    const decision = decideSave(audit.status, current, next, dto.version);
    switch (decision) {
      case 'landed':
      case 'unchanged':
        return current!;
      case 'conflict':
        throw conflict(current, dto.version);
      case 'locked':
        throw lockedError(audit.status);
      case 'transition':
        return null;
      case 'write': {
        const at = this.clock.now();
        const saved = await queryRow<ResponseDto>(
          tx,
          UPSERT_RESPONSE_SQL,
          upsertParams(audit.id, code, actorId, current, next, at),
        );
        // Not reachable while every writer of responses holds the audit's lock; if one ever
        // does not, the client still gets a conflict, never a lost write.
        if (!saved) throw conflict(await readResponse(tx, audit.id, code), dto.version);
        return saved;
      }
    }
  }

  /** The indicator's rules in the audit's framework; 404 when it has no such indicator. */
  private async rules(
    tx: EntityManager,
    audit: LockedAudit,
    code: string,
  ): Promise<IndicatorRules> {
    const definition = await frameworkDefinition(tx, audit.frameworkVersionId);
    const indicator = findIndicator(definition, code);
    if (!indicator)
      throw new NotFoundError(
        CommonErrorCode.RESOURCE_NOT_FOUND,
        `indicator ${code} in this audit's framework`,
      );
    const levels = definition.scale.levels.map((l) => l.value);
    return { levels, allowNotApplicable: indicator.allowNotApplicable };
  }
}

async function readResponse(
  tx: EntityManager,
  auditId: string,
  code: string,
): Promise<ResponseDto | null> {
  const found = await queryRow<ResponseDto>(tx, READ_RESPONSE_SQL, [auditId, code]);
  return found ?? null;
}

function conflict(current: ResponseDto | null, version: number): ConflictError {
  return new ConflictError(
    AuditErrorCode.RESPONSE_VERSION_CONFLICT,
    `this answer was changed by ${current?.updatedBy ?? 'someone else'} since you loaded it (your version ${version}, now ${current?.version ?? 0})`,
    { current },
  );
}
