import { addMonths } from '@pies/domain';
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
   FROM audits a WHERE a.cycle_id = c.id) AS audits
  FROM cycles c JOIN framework_versions v ON v.id = c.framework_version_id`;

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  list(partnershipId: string): Promise<CycleDto[]> {
    return queryRows<CycleDto>(
      this.db,
      `${SELECT} WHERE c.partnership_id = $1 ORDER BY c.opens_on DESC, c.name`,
      [partnershipId],
    );
  }

  async get(id: string, tx: EntityManager | DataSource = this.db): Promise<CycleDto> {
    const cycle = await queryRow<CycleDto>(tx, `${SELECT} WHERE c.id = $1`, [id]);
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
      const created = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status)
         VALUES ($1, $2, $3, $4, $5, 'draft') RETURNING id`,
        [partnershipId, dto.name, dto.frameworkVersionId, dto.opensOn, dueOn],
      );
      if (dto.status === 'open') await this.open(tx, created.id);
      return created.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateCycleDto): Promise<CycleDto> {
    await this.db.transaction(async (tx) => {
      const c = await queryRow<{ status: CycleDto['status']; opens_on: string; due_on: string }>(
        tx,
        `SELECT status, to_char(opens_on, 'YYYY-MM-DD') AS opens_on, to_char(due_on, 'YYYY-MM-DD') AS due_on
           FROM cycles WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!c) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
      this.checkDates(dto.opensOn ?? c.opens_on, dto.dueOn ?? c.due_on);
      if (dto.status && dto.status !== c.status) {
        const allowed: Record<string, string[]> = {
          draft: ['open'],
          open: ['closed'],
          closed: ['open'],
        };
        if (!allowed[c.status].includes(dto.status)) {
          throw new ConflictError(
            CycleErrorCode.CYCLE_STATUS_CHANGE_NOT_ALLOWED,
            `a cycle that is ${c.status} cannot become ${dto.status}`,
            { status: c.status },
          );
        }
      }
      await run(
        tx,
        `UPDATE cycles SET name = COALESCE($2, name), opens_on = COALESCE($3::date, opens_on),
                due_on = COALESCE($4::date, due_on), status = COALESCE($5, status), updated_at = $6
          WHERE id = $1`,
        [
          id,
          dto.name ?? null,
          dto.opensOn ?? null,
          dto.dueOn ?? null,
          dto.status ?? null,
          this.clock.now(),
        ],
      );
      if (dto.status === 'open') await this.open(tx, id);
    });
    return this.get(id);
  }

  /** Opening a cycle gives every member organisation an audit (not started). Idempotent. */
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
  }

  private checkDates(opensOn: string, dueOn: string) {
    if (dueOn <= opensOn) {
      throw invalidField('dueOn', CycleProblemCode.dueNotAfterOpening, 'must be after opensOn');
    }
  }
}
