import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { carryState } from '@pies/domain';
import { allIndicators, findIndicator } from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { CommonErrorCode } from '../common/errors/common.errors';
import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors/domain-errors';
import { invalidField } from '../common/errors/field-problems';
import { queryRows } from '../database/typed-query';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { type LockedAudit, lockAudit, prepareForEdit } from './audit-lock';
import { assertMayEditIndicator } from './audit-permissions';
import { RESPONSE_COLUMNS, RESPONSE_SQL } from './audit-queries';
import { awaitingConfirmationSql } from './audit-rules.sql';
import { AuditErrorCode, AuditProblemCode } from './audits.errors';
import type { ResponseDto } from './dto/audit.dto';

/** Stamps answers `$2` of audit `$1` confirmed at `$3` by `$4`, if they are still waiting. */
const CONFIRM_SQL = `WITH confirmed AS (
    UPDATE responses r SET confirmed_at = $3, confirmed_by_id = $4
     WHERE r.audit_id = $1 AND r.indicator_code = ANY($2::text[])
       AND ${awaitingConfirmationSql('r')} AND NOT r.changed_since_last
    RETURNING r.*)
  SELECT ${RESPONSE_COLUMNS} FROM confirmed r LEFT JOIN users u ON u.id = r.updated_by_id
   ORDER BY r.indicator_code`;

/**
 * Answers carried forward from the last audit count once a person stands behind them: the lead
 * (or the contributor assigned the indicator, the same rule as saving it) confirms one, or a
 * whole standard after seeing its answers together. Saving an answer confirms it too
 * (ResponsesService). An indicator whose wording changed needs a new answer instead.
 */
@Injectable()
export class CarryForwardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Confirms one carried-forward answer; one already confirmed is answered as it is. */
  confirmOne(actor: Actor, auditId: string, code: string): Promise<ResponseDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const definition = await frameworkDefinition(tx, audit.frameworkVersionId);
      if (!findIndicator(definition, code))
        throw new NotFoundError(
          CommonErrorCode.RESOURCE_NOT_FOUND,
          `indicator ${code} in this audit's framework`,
        );
      await assertMayEditIndicator(tx, actor, audit, code);
      const [current] = await readResponses(tx, auditId, [code]);
      if (!current)
        throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, `an answer to ${code}`);
      const state = carryState(current);
      if (state === null) return current;
      if (state === 'freshAnswer') throw freshAnswerNeeded([code]);
      const [confirmed] = await this.confirm(tx, audit, actor.userId, [code], null);
      return confirmed;
    });
  }

  /**
   * Confirms every answer of a standard waiting for confirmation, which must be exactly the ones
   * the person saw (`codes`; those confirmed since may be among them, so a retry succeeds).
   * Returns the standard's answers.
   */
  confirmStandard(
    actor: Actor,
    auditId: string,
    standardCode: string,
    codes: string[],
  ): Promise<ResponseDto[]> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const definition = await frameworkDefinition(tx, audit.frameworkVersionId);
      const inStandard = allIndicators(definition)
        .filter((i) => i.standardCode === standardCode)
        .map((i) => i.code);
      if (!inStandard.length)
        throw new NotFoundError(
          CommonErrorCode.RESOURCE_NOT_FOUND,
          `standard ${standardCode} in this audit's framework`,
        );
      const outside = codes.filter((c) => !inStandard.includes(c));
      if (outside.length)
        throw invalidField(
          'indicatorCodes',
          AuditProblemCode.notInFramework,
          `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in standard ${standardCode}`,
          { kind: 'indicator' },
        );
      const responses = await readResponses(tx, auditId, inStandard);
      const waiting = responses.filter((r) => carryState(r) === 'confirm');
      const fresh = responses.filter(
        (r) => codes.includes(r.indicatorCode) && carryState(r) === 'freshAnswer',
      );
      for (const r of waiting) await assertMayEditIndicator(tx, actor, audit, r.indicatorCode);
      if (fresh.length) throw freshAnswerNeeded(fresh.map((r) => r.indicatorCode));
      const unseen = waiting.filter((r) => !codes.includes(r.indicatorCode));
      const notCarried = codes.filter((c) => {
        const r = responses.find((x) => x.indicatorCode === c);
        return !r?.prefilled;
      });
      if (unseen.length || notCarried.length)
        throw new ConflictError(
          AuditErrorCode.CARRIED_ANSWERS_CHANGED,
          `the answers of ${standardCode} waiting for confirmation are ${waiting.map((r) => r.indicatorCode).join(', ') || 'none'}`,
          { indicatorCodes: waiting.map((r) => r.indicatorCode) },
        );
      if (waiting.length)
        await this.confirm(
          tx,
          audit,
          actor.userId,
          waiting.map((r) => r.indicatorCode),
          standardCode,
        );
      return readResponses(tx, auditId, inStandard);
    });
  }

  /** Stamps the answers confirmed, with one audit event each, reopening a returned audit. */
  private async confirm(
    tx: EntityManager,
    audit: LockedAudit,
    actorId: string,
    codes: string[],
    standardCode: string | null,
  ): Promise<ResponseDto[]> {
    const at = this.clock.now();
    await prepareForEdit(tx, audit, actorId, at);
    const confirmed = await queryRows<ResponseDto>(tx, CONFIRM_SQL, [audit.id, codes, at, actorId]);
    for (const r of confirmed)
      await recordEvent(tx, {
        auditId: audit.id,
        actorId,
        kind: 'response.confirmed',
        subject: r.indicatorCode,
        before: { confirmedAt: null },
        after: {
          confirmedAt: at.toISOString(),
          version: r.version,
          ...(standardCode ? { standard: standardCode } : {}),
        },
        at,
      });
    return confirmed;
  }
}

function readResponses(tx: EntityManager, auditId: string, codes: string[]) {
  return queryRows<ResponseDto>(
    tx,
    `${RESPONSE_SQL} WHERE r.audit_id = $1 AND r.indicator_code = ANY($2::text[]) ORDER BY r.indicator_code`,
    [auditId, codes],
  );
}

function freshAnswerNeeded(codes: string[]): UnprocessableError {
  return new UnprocessableError(
    AuditErrorCode.FRESH_ANSWER_NEEDED,
    `the wording of ${codes.join(', ')} changed since the last audit: save a new answer rather than confirming the old one`,
    { indicatorCodes: codes },
  );
}
