import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { lockAudit, prepareForEdit } from '../audits/audit-lock';
import { AuditsService } from '../audits/audits.service';
import type { Actor } from '../common/access/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { overdueActionSql } from './action-rules.sql';
import type { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';

/** Actions as ActionDto, `$2` being the clock's date. */
const SELECT = `SELECT id, audit_id AS "auditId", indicator_code AS "indicatorCode", description, owner,
  to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status, ${overdueActionSql('actions', '$2')} AS overdue,
  carried_from_id IS NOT NULL AS "carriedOver", created_at AS "createdAt", updated_at AS "updatedAt"
  FROM actions`;

const fields = (a: ActionDto) => ({
  indicatorCode: a.indicatorCode,
  description: a.description,
  owner: a.owner,
  dueOn: a.dueOn,
  status: a.status,
});

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly clock: Clock,
  ) {}

  list(auditId: string): Promise<ActionDto[]> {
    return queryRows<ActionDto>(
      this.db,
      `${SELECT} WHERE audit_id = $1 ORDER BY due_on NULLS LAST, created_at`,
      [auditId, this.clock.today()],
    );
  }

  async create(actor: Actor, auditId: string, dto: CreateActionDto): Promise<ActionDto> {
    return this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await this.audits.assertIndicator(tx, audit, dto.indicatorCode);
      await prepareForEdit(tx, audit, actor.userId, this.clock.now());
      const { id } = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO actions (audit_id, indicator_code, description, owner, due_on, status, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          auditId,
          dto.indicatorCode ?? null,
          dto.description,
          dto.owner,
          dto.dueOn ?? null,
          dto.status ?? 'planned',
          actor.userId,
        ],
      );
      const created = await this.one(tx, id);
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'action.created',
        subject: id,
        after: fields(created),
      });
      return created;
    });
  }

  async update(actor: Actor, actionId: string, dto: UpdateActionDto): Promise<ActionDto> {
    return this.db.transaction(async (tx) => {
      const before = await this.editing(tx, actor, actionId);
      await run(
        tx,
        `UPDATE actions SET description = COALESCE($2, description), owner = COALESCE($3, owner),
                due_on = CASE WHEN $4::boolean THEN $5::date ELSE due_on END, status = COALESCE($6, status), updated_at = $7
          WHERE id = $1`,
        [
          actionId,
          dto.description ?? null,
          dto.owner ?? null,
          dto.dueOn !== undefined,
          dto.dueOn ?? null,
          dto.status ?? null,
          this.clock.now(),
        ],
      );
      const after = await this.one(tx, actionId);
      await recordEvent(tx, {
        auditId: before.auditId,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: 'action.updated',
        subject: actionId,
        before: fields(before),
        after: fields(after),
      });
      return after;
    });
  }

  async remove(actor: Actor, actionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.editing(tx, actor, actionId);
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

  /** The action as it is, its audit locked and made ready for the actor's edit. */
  private async editing(tx: EntityManager, actor: Actor, actionId: string): Promise<ActionDto> {
    const action = await this.one(tx, actionId);
    await prepareForEdit(tx, await lockAudit(tx, action.auditId), actor.userId, this.clock.now());
    return action;
  }

  private async one(tx: EntityManager, id: string): Promise<ActionDto> {
    const row = await queryRow<ActionDto>(tx, `${SELECT} WHERE id = $1`, [id, this.clock.today()]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'action');
    return row;
  }
}
