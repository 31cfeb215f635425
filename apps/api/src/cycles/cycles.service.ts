import { addMonths, CYCLE_STATUS_CHANGES, type CycleStatus } from '@pies/domain';
import { Clock } from '../clock/clock';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import type { CreateCycleDto, CycleDto, UpdateCycleDto } from './dto/cycle.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { invalidField } from '../common/errors/field-problems';
import { CycleErrorCode, CycleProblemCode } from './cycles.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import {
  cycleOpensBySql,
  cyclesOverlapSql,
  dueDatePassedSql,
  openingDayCameSql,
} from './cycle-rules.sql';
import { notices } from '../notifications/notices';
import { Notifier } from '../notifications/notifier';

/** A cycle as the API shows it; `$2` is the clock's London date. */
const SELECT = `SELECT c.id, c.partnership_id AS "partnershipId", c.name, c.framework_version_id AS "frameworkVersionId",
  v.framework_id AS "frameworkId", v.version AS "frameworkVersion", v.title AS "frameworkTitle",
  to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn", c.status,
  c.created_at AS "createdAt",
  (SELECT json_build_object(
     'not_started', count(*) FILTER (WHERE a.status = 'not_started'),
     'in_progress', count(*) FILTER (WHERE a.status = 'in_progress'),
     'submitted', count(*) FILTER (WHERE a.status = 'submitted'),
     'returned', count(*) FILTER (WHERE a.status = 'returned'),
     'accepted', count(*) FILTER (WHERE a.status = 'accepted'))
   FROM audits a WHERE a.cycle_id = c.id) AS audits,
  (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.opens_on), '[]')
     FROM cycles o WHERE ${cyclesOverlapSql('c', 'o')}) AS "overlapsWith",
  ${openingDayCameSql('c', '$2')} AS "openingDayCame",
  ${dueDatePassedSql('c', '$2')} AS "dueDatePassed"
  FROM cycles c JOIN framework_versions v ON v.id = c.framework_version_id`;

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  list(partnershipId: string): Promise<CycleDto[]> {
    return queryRows<CycleDto>(
      this.db,
      `${SELECT} WHERE c.partnership_id = $1 ORDER BY c.opens_on DESC, c.name`,
      [partnershipId, this.clock.today()],
    );
  }

  async get(id: string, tx: EntityManager | DataSource = this.db): Promise<CycleDto> {
    const cycle = await queryRow<CycleDto>(tx, `${SELECT} WHERE c.id = $1`, [
      id,
      this.clock.today(),
    ]);
    if (!cycle) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
    return cycle;
  }

  async create(partnershipId: string, dto: CreateCycleDto): Promise<CycleDto> {
    // The two-yearly cadence: by default due two years after the last cycle's due date.
    const last = await queryRow<{ due: string | null }>(
      this.db,
      `SELECT to_char(max(due_on), 'YYYY-MM-DD') AS due FROM cycles WHERE partnership_id = $1`,
      [partnershipId],
    );
    const dueOn =
      dto.dueOn ??
      (last?.due && last.due > dto.opensOn ? addMonths(last.due, 24) : addMonths(dto.opensOn, 24));
    this.checkDates(dto.opensOn, dueOn);
    const id = await this.db.transaction(async (tx) => {
      await lockCalendar(tx, partnershipId);
      const created = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status)
         VALUES ($1, $2, $3, $4, $5, 'draft') RETURNING id`,
        [partnershipId, dto.name, dto.frameworkVersionId, dto.opensOn, dueOn],
      );
      if (dto.status && dto.status !== 'draft') {
        await this.setStatus(tx, created.id, dto.status);
        await this.settle(tx, created.id);
      }
      return created.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateCycleDto): Promise<CycleDto> {
    await this.db.transaction(async (tx) => {
      const c = await queryRow<{
        partnershipId: string;
        status: CycleStatus;
        opensOn: string;
        dueOn: string;
      }>(
        tx,
        `SELECT partnership_id AS "partnershipId", status, to_char(opens_on, 'YYYY-MM-DD') AS "opensOn",
                to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
           FROM cycles WHERE id = $1`,
        [id],
      );
      if (!c) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
      await lockCalendar(tx, c.partnershipId);
      this.checkDates(dto.opensOn ?? c.opensOn, dto.dueOn ?? c.dueOn);
      const newStatus = dto.status && dto.status !== c.status ? dto.status : null;
      if (newStatus && !CYCLE_STATUS_CHANGES[c.status].includes(newStatus)) {
        throw new ConflictError(
          CycleErrorCode.CYCLE_STATUS_CHANGE_NOT_ALLOWED,
          `a cycle that is ${c.status} cannot become ${newStatus}`,
          { status: c.status },
        );
      }
      await run(
        tx,
        `UPDATE cycles SET name = COALESCE($2, name), opens_on = COALESCE($3::date, opens_on),
                due_on = COALESCE($4::date, due_on), updated_at = $5
          WHERE id = $1`,
        [id, dto.name ?? null, dto.opensOn ?? null, dto.dueOn ?? null, this.clock.now()],
      );
      if (newStatus) await this.setStatus(tx, id, newStatus);
      const datesMoved =
        (dto.opensOn ?? c.opensOn) !== c.opensOn || (dto.dueOn ?? c.dueOn) !== c.dueOn;
      // Cycles that overlapped before this rule stay as they are (listed on each cycle) until
      // someone makes one live or moves a live one's dates.
      if (newStatus || datesMoved) await this.settle(tx, id);
    });
    return this.get(id);
  }

  private async setStatus(tx: EntityManager, id: string, status: CycleStatus) {
    if (status === 'open') return this.open(tx, id);
    await run(tx, 'UPDATE cycles SET status = $2, updated_at = $3 WHERE id = $1', [
      id,
      status,
      this.clock.now(),
    ]);
  }

  /**
   * After a cycle is made live or its dates move: a scheduled cycle whose day has come opens
   * now, and a live cycle may not overlap another (the transaction rolls back).
   */
  private async settle(tx: EntityManager, id: string) {
    const today = this.clock.today();
    const due = await queryRow<{ id: string }>(
      tx,
      `SELECT c.id FROM cycles c WHERE c.id = $1 AND ${cycleOpensBySql('c', '$2')}`,
      [id, today],
    );
    if (due) await this.open(tx, id);
    const other = await queryRow<{
      id: string;
      name: string;
      status: CycleStatus;
      opensOn: string;
      dueOn: string;
    }>(
      tx,
      `SELECT o.id, o.name, o.status, to_char(o.opens_on, 'YYYY-MM-DD') AS "opensOn",
              to_char(o.due_on, 'YYYY-MM-DD') AS "dueOn"
         FROM cycles c JOIN cycles o ON ${cyclesOverlapSql('c', 'o')}
        WHERE c.id = $1 ORDER BY o.opens_on LIMIT 1`,
      [id],
    );
    if (other) {
      throw new ConflictError(
        CycleErrorCode.CYCLE_OVERLAPS,
        `the cycle would overlap the ${other.status} cycle "${other.name}" (${other.opensOn} to ${other.dueOn}): a partnership's cycles follow one another`,
        { cycle: other },
      );
    }
  }

  /**
   * The day's run: every scheduled cycle whose opening date has come opens (its audits are
   * created). Idempotent: an opened cycle is no longer scheduled.
   */
  async openScheduled(tx: EntityManager, today: string): Promise<string[]> {
    const due = await queryRows<{ id: string }>(
      tx,
      `SELECT c.id FROM cycles c WHERE ${cycleOpensBySql('c', '$1')} ORDER BY c.opens_on FOR UPDATE`,
      [today],
    );
    for (const c of due) await this.open(tx, c.id);
    return due.map((c) => c.id);
  }

  /**
   * Opening a cycle gives every member organisation an audit (not started) and tells its agency
   * leads, once (a reopened cycle tells only leads it has not told). Idempotent.
   */
  async open(tx: EntityManager, cycleId: string): Promise<void> {
    await run(tx, `UPDATE cycles SET status = 'open', updated_at = $2 WHERE id = $1`, [
      cycleId,
      this.clock.now(),
    ]);
    await run(
      tx,
      `INSERT INTO audits (cycle_id, organisation_id)
       SELECT c.id, po.organisation_id FROM cycles c
         JOIN partnership_organisations po ON po.partnership_id = c.partnership_id
        WHERE c.id = $1
       ON CONFLICT (cycle_id, organisation_id) DO NOTHING`,
      [cycleId],
    );
    const audits = await queryRows<{ id: string }>(
      tx,
      'SELECT id FROM audits WHERE cycle_id = $1 ORDER BY id',
      [cycleId],
    );
    for (const audit of audits) {
      const notice = await notices.cycleOpened(tx, cycleId, audit.id);
      await this.notifier.notify(tx, notice.userIds, notice.occasion);
    }
  }

  private checkDates(opensOn: string, dueOn: string) {
    if (dueOn <= opensOn) {
      throw invalidField('dueOn', CycleProblemCode.dueNotAfterOpening, 'must be after opensOn');
    }
  }
}

/** Changes to a partnership's cycles take turns, so two cannot both pass the overlap rule. */
const lockCalendar = (tx: EntityManager, partnershipId: string) =>
  run(tx, 'SELECT 1 FROM partnerships WHERE id = $1 FOR NO KEY UPDATE', [partnershipId]);
