import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findIndicator, type FrameworkDefinition } from '@pies/framework';
import { type AuditScore, scoreAudit } from '@pies/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { NotFoundError } from '../common/errors/domain-errors';
import { auditSummarySql, EVIDENCE_SQL, RESPONSE_SQL } from './audit-queries';
import type { LockedAudit } from './audit-lock';
import { notInFramework } from './audit-problems';
import type {
  AuditDto,
  AuditSummaryDto,
  EvidenceFileDto,
  ResponseDto,
  SubmissionRefDto,
} from './dto/audit.dto';
import type { AuditScoreDto } from './dto/score.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { queryRow, queryRows } from '../database/typed-query';

@Injectable()
export class AuditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  listForCycle(cycleId: string): Promise<AuditSummaryDto[]> {
    return queryRows<AuditSummaryDto>(
      this.db,
      `${auditSummarySql('$2')} WHERE a.cycle_id = $1 ORDER BY o.name`,
      [cycleId, this.clock.today()],
    );
  }

  listForOrganisation(organisationId: string): Promise<AuditSummaryDto[]> {
    return queryRows<AuditSummaryDto>(
      this.db,
      `${auditSummarySql('$2')} WHERE a.organisation_id = $1 ORDER BY c.opens_on DESC`,
      [organisationId, this.clock.today()],
    );
  }

  async get(auditId: string): Promise<AuditDto> {
    const audit = await queryRow<AuditSummaryDto & Pick<AuditDto, 'prefilledFromId'>>(
      this.db,
      `${auditSummarySql('$2')} WHERE a.id = $1`,
      [auditId, this.clock.today()],
    );
    if (!audit) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'audit');
    const [responses, evidence, submission, definition] = await Promise.all([
      queryRows<ResponseDto>(
        this.db,
        `${RESPONSE_SQL} WHERE r.audit_id = $1 ORDER BY r.indicator_code`,
        [auditId],
      ),
      queryRows<EvidenceFileDto>(
        this.db,
        `${EVIDENCE_SQL} WHERE ea.audit_id = $1 ORDER BY ea.indicator_code, e.uploaded_at`,
        [auditId],
      ),
      queryRow<SubmissionRefDto>(
        this.db,
        'SELECT sha256, submitted_at AS "submittedAt" FROM submissions WHERE audit_id = $1 ORDER BY submitted_at DESC LIMIT 1',
        [auditId],
      ),
      frameworkDefinition(this.db, audit.cycle.frameworkVersionId),
    ]);
    return {
      ...audit,
      responses,
      evidence,
      latestSubmission: submission ?? null,
      score: score(definition, responses),
    };
  }

  async score(auditId: string): Promise<AuditScoreDto> {
    const found = await queryRow<{ v: string }>(
      this.db,
      'SELECT c.framework_version_id AS v FROM audits a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = $1',
      [auditId],
    );
    if (!found) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'audit');
    const [definition, responses] = await Promise.all([
      frameworkDefinition(this.db, found.v),
      queryRows<ResponseDto>(this.db, `${RESPONSE_SQL} WHERE r.audit_id = $1`, [auditId]),
    ]);
    return score(definition, responses);
  }

  /**
   * 400 when an indicator code is given that the audit's framework does not have. The
   * definition is read with the transaction's manager, as everywhere inside a transaction: on
   * a cold cache it must not wait for a second pool connection while the transaction holds one.
   */
  async assertIndicator(tx: EntityManager, audit: LockedAudit, code: string | null | undefined) {
    if (code && !findIndicator(await frameworkDefinition(tx, audit.frameworkVersionId), code))
      throw notInFramework('indicatorCode', 'indicator');
  }
}

export function score(
  definition: FrameworkDefinition,
  responses: Pick<ResponseDto, 'indicatorCode' | 'level' | 'notApplicable'>[],
): AuditScore {
  return scoreAudit(
    definition,
    responses.map((r) => ({
      code: r.indicatorCode,
      level: r.level,
      notApplicable: r.notApplicable,
    })),
  );
}
