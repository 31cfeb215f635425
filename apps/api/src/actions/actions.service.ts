import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { type AuditStatus, isEditable } from '@pies/domain';
import { lockAudit, lockedError, prepareForEdit } from '../audits/audit-lock';
import { AuditsService } from '../audits/audits.service';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { invalidField } from '../common/errors/field-problems';
import {
  actionOwnerSql,
  actionPlanSql,
  closedActionSql,
  closingStatusSql,
  currentAuditSql,
  overdueActionSql,
} from './action-rules.sql';
import { ACTION_PLAN_FIELDS, assertMayChange, rightsIn } from './action-rights';
import { ActionErrorCode, ActionProblemCode } from './actions.errors';
import { agencyActionPlans, donePlanActions } from './cycle-action-plans';
import type {
  ActionDto,
  ActionProgressDto,
  ActionUpdateDto,
  AgencyActionProgressDto,
  CreateActionDto,
  DoneActionDto,
  UpdateActionDto,
} from './dto/action.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import { auditOccasionValues, Notifier, personName } from '../notifications/notifier';
import { actionSubject } from './action-reminders.service';

/** An action as its query reads it: the DTO but for what the reader may change of it. */
type ActionRow = Omit<ActionDto, 'mayChange'>;

/**
 * Actions (`ac`) as ActionRow listed in audit `audit` (SQL), with `more` columns, `$2` being the
 * clock's date. The owner is the person's name when they have an account.
 */
const select = (
  audit: string,
  more = '',
) => `SELECT ac.id, ${audit} AS "auditId", ac.raised_in_audit_id AS "raisedInAuditId",
  ac.indicator_code AS "indicatorCode", ac.description, ac.owner_id AS "ownerId", ${actionOwnerSql('ac')} AS owner,
  to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status, ${overdueActionSql('ac', '$2')} AS overdue,
  ac.raised_in_audit_id <> ${audit} AS "carriedOver", ac.created_at AS "createdAt", ac.updated_at AS "updatedAt",
  ac.closed_at AS "closedAt"${more}
  FROM actions ac`;

const fields = (a: ActionRow) => ({
  indicatorCode: a.indicatorCode,
  description: a.description,
  ownerId: a.ownerId,
  owner: a.owner,
  dueOn: a.dueOn,
  status: a.status,
});

/**
 * The owner as given: a person (`ownerId`, a member of the organisation, checked by the access
 * gate) or a name (`owner`), never both; on a new action, one of them.
 */
function ownerOf(
  dto: { ownerId?: string; owner?: string },
  required: boolean,
): { ownerId: string | null; owner: string | null } | undefined {
  if (dto.ownerId !== undefined && dto.owner !== undefined)
    throw invalidField(
      'ownerId',
      ActionProblemCode.oneOwner,
      'cannot be given with owner: name a person with an account, or write a name, not both',
    );
  if (dto.ownerId !== undefined) return { ownerId: dto.ownerId, owner: null };
  if (dto.owner !== undefined) return { ownerId: null, owner: dto.owner };
  if (required)
    throw invalidField(
      'owner',
      ActionProblemCode.oneOwner,
      'is needed: choose a person in the organisation (ownerId) or write a name (owner)',
    );
  return undefined;
}

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** The audit's action plan: its own actions and the organisation's still open from earlier. */
  async list(actor: Actor, auditId: string): Promise<ActionDto[]> {
    // With the state of the audit each action lives in now, which decides what may change.
    const rows = await queryRows<
      ActionRow & { livesInStatus: AuditStatus; organisationId: string }
    >(
      this.db,
      `${select('a.id', `, (SELECT s.status FROM audits s WHERE s.id = ${currentAuditSql('ac')}) AS "livesInStatus", a.organisation_id AS "organisationId"`)}
         JOIN audits a ON a.id = $1
        WHERE ${actionPlanSql('ac', 'a')} ORDER BY ac.due_on NULLS LAST, ac.created_at, ac.id`,
      [auditId, this.clock.today()],
    );
    if (rows.length === 0) return [];
    const rights = await rightsIn(this.db.manager, actor, {
      id: auditId,
      organisationId: rows[0].organisationId,
    });
    return rows.map(({ livesInStatus, organisationId: _, ...row }) => ({
      ...row,
      mayChange: rights(row, !isEditable(livesInStatus)),
    }));
  }

  async create(actor: Actor, auditId: string, dto: CreateActionDto): Promise<ActionDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await this.audits.assertIndicator(tx, audit, dto.indicatorCode);
      const rights = await rightsIn(tx, actor, audit);
      assertMayChange(
        rights({ indicatorCode: dto.indicatorCode ?? null, ownerId: null }),
        ACTION_PLAN_FIELDS,
      );
      const owner = ownerOf(dto, true)!;
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const { id } = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO actions (raised_in_audit_id, organisation_id, indicator_code, description, owner_id, owner,
                              due_on, status, created_by_id, closed_at, created_at, updated_at)
         VALUES ($1, $9, $2, $3, $4, $10, $5, $6, $7, CASE WHEN ${closingStatusSql('$6')} THEN $8::timestamptz END, $8, $8)
         RETURNING id`,
        [
          auditId,
          dto.indicatorCode ?? null,
          dto.description,
          owner.ownerId,
          dto.dueOn ?? null,
          dto.status ?? 'not_started',
          actor.userId,
          this.clock.now(),
          audit.organisationId,
          owner.owner,
        ],
      );
      const created = await this.one(tx, id);
      await this.tellNewOwner(tx, actor, created);
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'action.created',
        subject: id,
        after: fields(created),
      });
      return { ...created, mayChange: rights(created, !isEditable(audit.status)) };
    });
  }

  /**
   * Changes an action. While the audit it lives in now (the latest whose plan shows it) is being
   * written anything may change; once that audit is submitted or accepted the plan lives on:
   * status, notes and the due date (with a reason) still change, the submission snapshot keeps
   * the plan as it was. Each status change, moved due date or note is a row in its history.
   */
  async update(actor: Actor, actionId: string, dto: UpdateActionDto): Promise<ActionDto> {
    return this.db.transaction(async (tx) => {
      const owner = ownerOf(dto, false);
      const before = await this.one(tx, actionId);
      const audit = await lockAudit(tx, before.auditId);
      const rights = await rightsIn(tx, actor, audit);
      assertMayChange(
        rights(before),
        (Object.keys(dto) as (keyof UpdateActionDto)[]).filter((f) => dto[f] !== undefined),
      );
      if (isEditable(audit.status)) await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      else {
        const fields = (['description', 'ownerId', 'owner'] as const).filter(
          (f) => dto[f] !== undefined,
        );
        if (fields.length)
          throw new ConflictError(
            ActionErrorCode.ACTION_PLAN_SETTLED,
            `${lockedError(audit.status).message}: only an action's status, notes and due date can change now`,
            { status: audit.status, fields },
          );
      }
      const status = dto.status ?? before.status;
      const dueOn = dto.dueOn === undefined ? before.dueOn : dto.dueOn;
      const note = dto.note ?? null;
      const dueMoved = dueOn !== before.dueOn;
      if (dueMoved && before.dueOn !== null && !note)
        throw invalidField(
          'note',
          ActionProblemCode.reasonNeeded,
          'is needed to move the due date: say why',
          {
            for: 'dueOn',
          },
        );
      if (status === 'dropped' && before.status !== 'dropped' && !note)
        throw invalidField(
          'note',
          ActionProblemCode.reasonNeeded,
          'is needed to drop an action: say why',
          {
            for: 'dropped',
          },
        );
      const now = this.clock.now();
      await run(
        tx,
        `UPDATE actions SET description = COALESCE($2, description),
                owner_id = CASE WHEN $7 THEN $3::uuid ELSE owner_id END, owner = CASE WHEN $7 THEN $8 ELSE owner END,
                due_on = $4::date, status = $5, updated_at = $6,
                closed_at = CASE WHEN NOT ${closedActionSql('actions')} AND ${closingStatusSql('$5')} THEN $6
                                 WHEN ${closingStatusSql('$5')} THEN closed_at END
          WHERE id = $1`,
        [
          actionId,
          dto.description ?? null,
          owner?.ownerId ?? null,
          dueOn,
          status,
          now,
          owner !== undefined,
          owner?.owner ?? null,
        ],
      );
      if (status !== before.status || dueMoved || note)
        await run(
          tx,
          `INSERT INTO action_updates (action_id, actor_id, at, note, status_before, status_after, due_before, due_after)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [actionId, actor.userId, now, note, before.status, status, before.dueOn, dueOn],
        );
      const after = await this.one(tx, actionId);
      if (after.ownerId !== before.ownerId) await this.tellNewOwner(tx, actor, after);
      await recordEvent(tx, {
        auditId: before.auditId,
        actorId: actor.userId,
        at: now,
        kind: 'action.updated',
        subject: actionId,
        before: fields(before),
        after: { ...fields(after), ...(note ? { note } : {}) },
      });
      return { ...after, mayChange: rights(after, !isEditable(audit.status)) };
    });
  }

  /** The action's history, oldest first. */
  async history(actionId: string): Promise<ActionUpdateDto[]> {
    await this.one(this.db.manager, actionId);
    return queryRows<ActionUpdateDto>(
      this.db,
      `SELECT u.id, u.at, p.name AS "actorName", u.note, u.status_before AS "statusBefore",
              u.status_after AS "statusAfter", to_char(u.due_before, 'YYYY-MM-DD') AS "dueBefore",
              to_char(u.due_after, 'YYYY-MM-DD') AS "dueAfter"
         FROM action_updates u LEFT JOIN users p ON p.id = u.actor_id
        WHERE u.action_id = $1 ORDER BY u.at, u.created_at`,
      [actionId],
    );
  }

  /**
   * A cycle's action plans as the board follows them after review (cycle-action-plans.ts, as in
   * the board report): open and overdue actions by agency, most overdue first, and the 20 done
   * most recently since their audit was accepted.
   */
  async progress(cycleId: string): Promise<ActionProgressDto> {
    const [plans, done] = await Promise.all([
      agencyActionPlans(this.db, cycleId, this.clock.today()),
      donePlanActions(this.db, cycleId, 20),
    ]);
    const agencies = [...plans]
      .sort((a, b) => b.overdue - a.overdue)
      .map((p): AgencyActionProgressDto => ({
        organisationId: p.organisationId,
        auditId: p.auditId,
        organisation: p.organisation,
        open: p.open,
        overdue: p.overdue,
        oldestOverdueOn: p.oldestOverdueOn,
        doneSinceAcceptance: p.doneSinceAcceptance,
      }));
    const recentlyDone = done.map((d): DoneActionDto => ({
      id: d.id,
      auditId: d.auditId,
      organisation: d.organisation,
      indicatorCode: d.indicatorCode,
      description: d.description,
      owner: d.owner,
      closedAt: d.closedAt,
      note: d.note,
    }));
    return { agencies, recentlyDone };
  }

  /**
   * Removes an action from the plan being written that raised it. One raised in an earlier audit
   * has a history the board has seen: it is dropped, with a reason, not removed (409).
   */
  async remove(actor: Actor, actionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.one(tx, actionId);
      const raisedIn = await lockAudit(tx, before.raisedInAuditId);
      assertMayChange((await rightsIn(tx, actor, raisedIn))(before), ACTION_PLAN_FIELDS);
      if (before.auditId !== before.raisedInAuditId)
        throw new ConflictError(
          ActionErrorCode.ACTION_CARRIED_OVER,
          'the action was raised in an earlier audit: drop it, with a reason, instead',
          { raisedInAuditId: before.raisedInAuditId },
        );
      await prepareForEdit(tx, raisedIn, actor.userId, this.clock.now());
      await run(tx, 'DELETE FROM actions WHERE id = $1', [actionId]);
      await recordEvent(tx, {
        auditId: before.auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'action.deleted',
        subject: actionId,
        before: fields(before),
      });
    });
  }

  /**
   * Tells the person an action is now owned by (`action_assigned`), unless they made themselves
   * its owner or it is owned by a name. The notice names the organisation and the indicator and
   * links to the action: never its words.
   */
  private async tellNewOwner(tx: EntityManager, actor: Actor, action: ActionRow): Promise<void> {
    if (!action.ownerId || action.ownerId === actor.userId) return;
    const { partnershipId, values } = await auditOccasionValues(tx, action.auditId);
    const assigner = await personName(tx, actor.userId);
    await this.notifier.notify(tx, [action.ownerId], {
      kind: 'action_assigned',
      occasion: `action:${action.id}:owner:${action.ownerId}:${this.clock.now().toISOString()}`,
      partnershipId,
      path: `/audits/${action.auditId}/actions/${action.id}`,
      values: {
        organisation: values.organisation,
        assigner,
        subject: actionSubject(action.indicatorCode),
      },
    });
  }

  private async one(tx: EntityManager, id: string): Promise<ActionRow> {
    const row = await queryRow<ActionRow>(tx, `${select(currentAuditSql('ac'))} WHERE ac.id = $1`, [
      id,
      this.clock.today(),
    ]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'action');
    return row;
  }
}
