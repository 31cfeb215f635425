import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findIndicator } from '@pies/framework';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/access/actor';
import type { DeferredAccess } from '../common/access/deferred-access';
import { AppConfig } from '../config/app-config';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../common/errors/domain-errors';
import { logger } from '../common/logging/logger';
import { Batcher } from '../database/batcher';
import { preparedQuery } from '../database/prepared';
import { lockAudit, prepareForEdit } from './audit-lock';
import { AuditWorkflowService } from './audit-workflow.service';
import { AuditsService } from './audits.service';
import type { ResponseDto } from './dto/audit.dto';
import type { SaveResponseDto } from './dto/response.dto';
import { type SaveArgs, type SaveRow, SelfAuthorisedSaves } from './self-authorised-saves';
import { CommonErrorCode } from '../common/errors/common.errors';
import { AuditErrorCode } from './audits.errors';

type Answer = Pick<
  ResponseDto,
  'level' | 'notApplicable' | 'notApplicableReason' | 'commentary' | 'evidenceLinks'
>;

interface AuditFacts {
  organisationId: string;
  frameworkVersionId: string;
}

/** One save, on its own (also the autosave benchmark's floor). */
export const SAVE_SQL = `SELECT * FROM save_response($1, $2, $3, $4, $5, $6::jsonb, $7::int[], $8)`;
/** Many saves in one statement; `$1` is a JSON array of SaveArgs (see its migration). */
const SAVE_MANY_SQL = `SELECT * FROM save_responses($1::jsonb)`;
/** SAVE_SQL's parameters: the answer as JSON text. */
export const singleParams = (args: SaveArgs) =>
  args.map((a, i) => (i === 5 ? JSON.stringify(a) : a));
/**
 * Outcomes that send a save to run on its own: its audit was locked by another transaction
 * (`busy`), or its batch failed (`alone`: nothing of it was committed).
 */
const ON_ITS_OWN = new Set(['busy', 'alone']);
/**
 * Batches of saves in flight at once: one. Every save waiting meanwhile goes in the next, so
 * the busier the server the fewer commits per save (with two or five in flight, autosave
 * managed 10 to 20% fewer saves a second and twice the p95 at 1,000 a second offered). A
 * batch never waits on another transaction's lock (`busy`, above), so one slot cannot stall.
 */
const SAVE_SLOTS = 1;

/** What the framework allows for one indicator's answer. */
export interface IndicatorRules {
  levels: number[];
  allowNotApplicable: boolean;
}

/** `save_response`'s arguments for one save of `dto` by this actor. */
export function saveArgs(
  auditId: string,
  code: string,
  actorId: string,
  mayEditAll: boolean,
  dto: SaveResponseDto,
  rules: IndicatorRules,
): SaveArgs {
  const { version, level, notApplicable, notApplicableReason, commentary, evidenceLinks } = dto;
  const answer = { level, notApplicable, notApplicableReason, commentary, evidenceLinks };
  return [
    auditId,
    code,
    actorId,
    mayEditAll,
    version,
    answer,
    rules.levels,
    rules.allowNotApplicable,
  ];
}

@Injectable()
export class ResponsesService {
  private readonly facts = new Map<string, AuditFacts>();
  /** Concurrent saves share a statement (see Batcher and `save_responses`). */
  private readonly saves: Batcher<SaveArgs, SaveRow>;
  private readonly selfAuthorised: SelfAuthorisedSaves;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly workflow: AuditWorkflowService,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.saves = new Batcher((batch) => this.saveMany(batch), SAVE_SLOTS, 50);
    this.selfAuthorised = new SelfAuthorisedSaves(db, () => config.SESSION_IDLE_MINUTES);
  }

  /**
   * `save` for a request whose access is still to be checked (`@AccessInStatement`). A save
   * to an audit this process has saved to before goes in one round trip: the statement checks
   * the session, its CSRF token and the caller's role, and saves only if they allow it. Any
   * other save, or one that statement did not save, takes the guard's full check first, then
   * `save`, so every refusal is the guard's own.
   */
  async saveChecked(
    access: DeferredAccess,
    auditId: string,
    code: string,
    dto: SaveResponseDto,
  ): Promise<ResponseDto> {
    const audit = this.facts.get(auditId);
    const rules = audit && (await this.rules(audit, code));
    if (rules && access.csrfHash) {
      const row = await this.selfAuthorised.save(
        access.tokenHash,
        access.csrfHash,
        saveArgs(auditId, code, '', false, dto, rules),
      );
      if (row && !ON_ITS_OWN.has(row.outcome) && row.outcome !== 'transition') {
        access.granted(row.userId);
        const { userId: _, ...saved } = row;
        return this.outcome(saved, code, dto, rules);
      }
    }
    return this.save(await access.complete(), auditId, code, dto);
  }

  /**
   * Saves one answer. The client sends the version it last saw: a stale one gets 409 with the
   * current answer, so no edit is silently overwritten. Repeating a save that already landed
   * returns the saved answer (the call is idempotent, so clients may retry freely). Fields left
   * out keep their current values; choosing a level makes a not-applicable answer applicable.
   *
   * The lock, read, merge, version check and write run in the database in one round trip
   * (`save_response`, see its migration), shared with the saves made meanwhile by others
   * (`save_responses`). Starting a not-started audit (with its pre-fill) or reopening a
   * returned one happens here first, in a transaction that then saves.
   */
  async save(
    actor: Actor,
    auditId: string,
    code: string,
    dto: SaveResponseDto,
  ): Promise<ResponseDto> {
    const audit = await this.auditFacts(auditId);
    const rules = await this.rules(audit, code);
    if (!rules)
      throw new NotFoundError(
        CommonErrorCode.RESOURCE_NOT_FOUND,
        `indicator ${code} in this audit's framework`,
      );
    const args = saveArgs(
      auditId,
      code,
      actor.userId,
      actor.organisationRoles(audit.organisationId).includes('agency_lead'),
      dto,
      rules,
    );
    let first = await this.saves.call(args);
    if (ON_ITS_OWN.has(first.outcome))
      [first] = await preparedQuery<SaveRow>(this.db, SAVE_SQL, singleParams(args));
    if (first.outcome !== 'transition') return this.outcome(first, code, dto, rules);
    return this.db.transaction(async (tx) => {
      const locked = await lockAudit(tx, auditId);
      await prepareForEdit(tx, locked, actor.userId); // a returned audit is in progress again
      if (locked.status === 'not_started')
        await this.workflow.startLocked(tx, locked, actor.userId);
      const [again]: SaveRow[] = await tx.query(SAVE_SQL, singleParams(args));
      return this.outcome(again, code, dto, rules);
    });
  }

  /**
   * Runs a batch of saves in one statement (one transaction). Should it fail, nothing of it was
   * committed, and each save is sent to run on its own, so one save's error is only its own.
   */
  private async saveMany(batch: SaveArgs[]): Promise<SaveRow[]> {
    try {
      const rows = await preparedQuery<SaveRow & { seq: string }>(this.db, SAVE_MANY_SQL, [
        JSON.stringify(batch),
      ]);
      return rows.map(({ seq: _, ...row }) => row);
    } catch (err) {
      logger.warn({ err, saves: batch.length }, 'batched save failed; saving one by one');
      return batch.map(() => ({ outcome: 'alone' }) as SaveRow);
    }
  }

  /** The indicator's rules in the audit's framework (cached per process), or null if none. */
  private async rules(audit: AuditFacts, code: string): Promise<IndicatorRules | null> {
    const definition = await this.audits.definition(audit.frameworkVersionId);
    const indicator = findIndicator(definition, code);
    if (!indicator) return null;
    const levels = definition.scale.levels.map((l) => l.value);
    return { levels, allowNotApplicable: indicator.allowNotApplicable };
  }

  /** The answer saved, or the error the database's outcome means. */
  private outcome(
    row: SaveRow,
    code: string,
    dto: SaveResponseDto,
    rules: IndicatorRules,
  ): ResponseDto {
    const { outcome, status, ...answer } = row;
    switch (outcome) {
      case 'saved':
        return answer;
      case 'conflict':
        throw new ConflictError(
          AuditErrorCode.RESPONSE_VERSION_CONFLICT,
          `this answer was changed by ${answer.updatedBy ?? 'someone else'} since you loaded it (your version ${dto.version}, now ${answer.version ?? 0})`,
          { current: answer.indicatorCode ? answer : null },
        );
      case 'invalid':
        this.validate(answer, dto, rules);
        throw new Error(`save_response found ${code} invalid but no rule says why`);
      case 'forbidden':
        throw new ForbiddenError(
          AuditErrorCode.INDICATOR_NOT_ASSIGNED,
          `${code} is not assigned to you; ask your agency lead`,
        );
      case 'locked':
        throw new ConflictError(
          AuditErrorCode.AUDIT_LOCKED,
          `audit is ${status}: it cannot change${status === 'submitted' ? ' unless the board returns it' : ''}`,
          { status },
        );
      case 'not_found':
        throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'audit');
      default:
        throw new Error(`save_response: unexpected outcome ${outcome} (audit ${status})`);
    }
  }

  /**
   * An audit's organisation and framework version, which never change: cached per process
   * (bounded) so a save needs no query to find which framework's rules apply.
   */
  private async auditFacts(auditId: string): Promise<AuditFacts> {
    const known = this.facts.get(auditId);
    if (known) return known;
    const [row]: AuditFacts[] = await this.db.query(
      `SELECT a.organisation_id AS "organisationId", c.framework_version_id AS "frameworkVersionId"
         FROM audits a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = $1`,
      [auditId],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'audit');
    if (this.facts.size >= 10_000) this.facts.clear();
    this.facts.set(auditId, row);
    return row;
  }

  private validate(
    next: Answer,
    dto: SaveResponseDto,
    { levels, allowNotApplicable }: IndicatorRules,
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
        CommonErrorCode.VALIDATION_FAILED,
        problems.map((p) => `${p.field} ${p.problems.join('; ')}`).join('; '),
        problems,
      );
  }
}
