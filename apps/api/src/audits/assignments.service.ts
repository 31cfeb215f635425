import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '../clock/clock';
import { findIndicator } from '@pies/framework';
import { DataSource } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { lockAudit, prepareForEdit } from './audit-lock';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import type { AssignmentDto, SaveAssignmentsDto } from './dto/response.dto';
import { type FieldProblem, invalidFields } from '../common/errors/field-problems';
import { notInFrameworkProblem } from './audit-problems';
import { queryRows, run } from '../database/typed-query';

/** Who answers what in an audit: the lead assigns areas and indicators to contributors. */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  list(auditId: string): Promise<AssignmentDto[]> {
    return queryRows<AssignmentDto>(
      this.db,
      `SELECT s.id, s.user_id AS "userId", u.name AS "userName", s.area_code AS "areaCode", s.indicator_code AS "indicatorCode"
         FROM assignments s JOIN users u ON u.id = s.user_id WHERE s.audit_id = $1 ORDER BY u.name, s.area_code, s.indicator_code`,
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
      const before = await this.list(auditId);
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
    });
    return this.list(auditId);
  }
}
