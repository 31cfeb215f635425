import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { findIndicator } from '@pies/framework';
import { DataSource } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { lockAudit, lockedError, prepareForEdit } from './audit-lock';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { type FieldProblem, invalidFields } from '../common/errors/field-problems';
import { notInFrameworkProblem } from './audit-problems';
import { queryRow, queryRows, run } from '../database/typed-query';
import { auditOccasionValues, leadsOf, Notifier, personName } from '../notifications/notifier';
import { ConflictError, ForbiddenError } from '../common/errors/domain-errors';
import { AuditErrorCode } from './audits.errors';
import { isEditable } from '@pies/domain';
import { t } from '@pies/i18n';
import type { FrameworkDefinition } from '@pies/framework';
import type { EntityManager } from 'typeorm';
import type {
  AssignmentDto,
  AssignmentInput,
  PartDoneDto,
  SaveAssignmentsDto,
} from './dto/response.dto';

/** Who answers what in an audit: the lead assigns areas and indicators to contributors. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  list(auditId: string, db: DataSource | EntityManager = this.db): Promise<AssignmentDto[]> {
    return queryRows<AssignmentDto>(
      db,
      `SELECT s.id, s.user_id AS "userId", u.name AS "userName", s.area_code AS "areaCode", s.indicator_code AS "indicatorCode",
              d.done_at AS "partDoneAt"
         FROM assignments s JOIN users u ON u.id = s.user_id
         LEFT JOIN parts_done d ON d.audit_id = s.audit_id AND d.user_id = s.user_id
        WHERE s.audit_id = $1 ORDER BY u.name, s.area_code, s.indicator_code`,
      [auditId],
    );
  }

  /**
   * Replaces who is assigned what. The access guard has checked that every assignee is a
   * member of the audit's organisation.
   */
  async save(actor: Actor, auditId: string, dto: SaveAssignmentsDto): Promise<AssignmentDto[]> {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const definition = await frameworkDefinition(tx, audit.frameworkVersionId);
      const areas = new Set(definition.areas.map((a) => a.code));
      const problems: FieldProblem[] = [];
      dto.assignments.forEach((a, i) => {
        if (a.areaCode && !areas.has(a.areaCode))
          problems.push({
            field: `assignments.${i}.areaCode`,
            problems: [notInFrameworkProblem('area')],
          });
        if (a.indicatorCode && !findIndicator(definition, a.indicatorCode))
          problems.push({
            field: `assignments.${i}.indicatorCode`,
            problems: [notInFrameworkProblem('indicator')],
          });
      });
      if (problems.length) throw invalidFields(problems);
      const before = await this.list(auditId, tx);
      await run(tx, 'DELETE FROM assignments WHERE audit_id = $1', [auditId]);
      for (const a of dto.assignments) {
        await run(
          tx,
          'INSERT INTO assignments (audit_id, user_id, area_code, indicator_code) VALUES ($1, $2, $3, $4)',
          [auditId, a.userId, a.areaCode ?? null, a.indicatorCode ?? null],
        );
      }
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'assignments.replaced',
        before: before.map(({ userId, areaCode, indicatorCode }) => ({
          userId,
          areaCode,
          indicatorCode,
        })),
        after: dto.assignments,
      });
      await this.tellAssigned(tx, actor, auditId, definition, before, dto.assignments);
    });
    return this.list(auditId);
  }

  /**
   * After a save: whoever's share changed has their "done" cleared (new work is not done), and
   * whoever gained an area or indicator is told, once for this save, what and by whom (not the
   * lead assigning themselves).
   */
  private async tellAssigned(
    tx: EntityManager,
    actor: Actor,
    auditId: string,
    definition: FrameworkDefinition,
    before: readonly AssignmentDto[],
    after: readonly AssignmentInput[],
  ): Promise<void> {
    const key = (a: { areaCode?: string | null; indicatorCode?: string | null }) =>
      a.areaCode ? `area:${a.areaCode}` : `indicator:${a.indicatorCode}`;
    const shares = (
      rows: readonly { userId: string; areaCode?: string | null; indicatorCode?: string | null }[],
    ) => {
      const m = new Map<string, Set<string>>();
      for (const r of rows) m.set(r.userId, (m.get(r.userId) ?? new Set()).add(key(r)));
      return m;
    };
    const was = shares(before);
    const now = shares(after);
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((userId) => {
      const a = was.get(userId) ?? new Set<string>();
      const b = now.get(userId) ?? new Set<string>();
      return a.size !== b.size || [...a].some((k) => !b.has(k));
    });
    if (changed.length)
      await run(tx, 'DELETE FROM parts_done WHERE audit_id = $1 AND user_id = ANY($2::uuid[])', [
        auditId,
        changed,
      ]);
    const gained = [...now.keys()].filter((userId) => userId !== actor.userId);
    const tellable = gained
      .map((userId) => ({
        userId,
        added: after.filter((a) => a.userId === userId && !(was.get(userId)?.has(key(a)) ?? false)),
      }))
      .filter((g) => g.added.length > 0);
    if (tellable.length === 0) return;
    const { partnershipId, values } = await auditOccasionValues(tx, auditId);
    const assigner = await personName(tx, actor.userId);
    const at = this.clock.now().toISOString();
    for (const { userId, added } of tellable)
      await this.notifier.notify(tx, [userId], {
        kind: 'contributor_assigned',
        // The save's time and what it added: a save is one occasion, and two that add different
        // things at the same instant stay two.
        occasion: `audit:${auditId}:assigned:${at}:${digestOf(added.map(key).sort().join(','))}`,
        partnershipId,
        path: `/audits/${auditId}`,
        values: {
          ...values,
          assigner,
          what: describeShare(definition, added),
        },
      });
  }

  /**
   * The contributor says their assigned part is done: kept once (a second time changes nothing
   * and tells no one), audited, and the organisation's leads are told. Only someone with
   * something assigned in an audit still being answered may.
   */
  async markMyPartDone(actor: Actor, auditId: string): Promise<PartDoneDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const assigned = await queryRows<AssignmentInput>(
        tx,
        `SELECT user_id AS "userId", area_code AS "areaCode", indicator_code AS "indicatorCode"
           FROM assignments WHERE audit_id = $1 AND user_id = $2`,
        [auditId, actor.userId],
      );
      if (assigned.length === 0)
        throw new ForbiddenError(
          AuditErrorCode.NOTHING_ASSIGNED,
          'nothing in this audit is assigned to you',
        );
      const existing = await queryRow<{ doneAt: Date }>(
        tx,
        'SELECT done_at AS "doneAt" FROM parts_done WHERE audit_id = $1 AND user_id = $2',
        [auditId, actor.userId],
      );
      if (existing) return { doneAt: existing.doneAt.toISOString(), alreadyDone: true };
      if (!isEditable(audit.status)) throw lockedError(audit.status);
      if (audit.status === 'not_started')
        throw new ConflictError(
          AuditErrorCode.AUDIT_TRANSITION_NOT_ALLOWED,
          'the audit has not been started yet',
          { status: audit.status },
        );
      const doneAt = this.clock.now();
      await run(tx, 'INSERT INTO parts_done (audit_id, user_id, done_at) VALUES ($1, $2, $3)', [
        auditId,
        actor.userId,
        doneAt,
      ]);
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: doneAt,
        kind: 'assignments.part_done',
        before: null,
        after: { userId: actor.userId, doneAt: doneAt.toISOString() },
      });
      const { organisationId, partnershipId, values } = await auditOccasionValues(tx, auditId);
      const contributor = await personName(tx, actor.userId);
      const leads = (await leadsOf(tx, organisationId)).filter((id) => id !== actor.userId);
      await this.notifier.notify(tx, leads, {
        kind: 'contributor_done',
        occasion: `audit:${auditId}:done:${actor.userId}:${doneAt.toISOString()}`,
        partnershipId,
        path: `/audits/${auditId}/contributors`,
        values: { ...values, contributor },
      });
      return { doneAt: doneAt.toISOString(), alreadyDone: false };
    });
  }
}

/**
 * A share in words, for the notice: "5 indicators in Infrastructure and technology",
 * "indicator P1.2", "3 indicators (P1.1, I1.2, I2.1)", joined by "and".
 */
export function describeShare(
  definition: FrameworkDefinition,
  share: readonly { areaCode?: string | null; indicatorCode?: string | null }[],
): string {
  const parts = definition.areas.flatMap((area) => {
    if (!share.some((s) => s.areaCode === area.code)) return [];
    const count = area.standards.reduce((n, s) => n + s.indicators.length, 0);
    return [t('notifications.assignedWhat.area', { count, area: area.title })];
  });
  const codes = share.flatMap((s) => (s.indicatorCode ? [s.indicatorCode] : []));
  if (codes.length)
    parts.push(
      t('notifications.assignedWhat.indicators', { count: codes.length, codes: codes.join(', ') }),
    );
  return parts.join(' and ');
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
