import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuditStatus, BOARD_COUNTED_STATES, isVisibleToBoard } from '@pies/domain';
import { scoreAudit } from '@pies/scoring';
import type { FrameworkDefinition } from '@pies/framework';
import { DataSource } from 'typeorm';
import {
  actionOwnerSql,
  actionPlanSql,
  currentAuditSql,
  openActionSql,
  overdueActionSql,
} from '../actions/action-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import type { Actor } from '../common/access/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { Clock } from '../clock/clock';
import {
  COMPLIANCE_DATES_SQL,
  complianceOnDay,
  type PartnershipComplianceDates,
} from '../organisations/compliance.sql';
import type {
  DashboardOrganisationDto,
  OrganisationActionDto,
  OrganisationChallengeDto,
  OrganisationDashboardDto,
  RadarDto,
} from './dto/organisation-dashboard.dto';
import {
  benchmarkScore,
  PartnershipDashboardService,
  round,
  scoreCell,
} from './partnership-dashboard.service';
import { storedScore } from './summary';
import { CommonErrorCode } from '../common/errors/common.errors';
import { queryRow, queryRows } from '../database/typed-query';

/** An audit of the organisation, with its stored scores (none for a draft). */
/** An action `ac` as OrganisationActionDto, listed in the audit `auditId` (SQL); `$2` the clock's date. */
const actionColumns = (auditId: string) =>
  `ac.id, ${auditId} AS "auditId", ac.indicator_code AS "indicatorCode", ac.description,
   ${actionOwnerSql('ac')} AS owner, to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status,
   ${overdueActionSql('ac', '$2')} AS overdue`;

interface AuditRow {
  id: string;
  status: AuditStatus;
  cycleId: string;
  cycle: string;
  dueOn: string;
  overall: number | null;
  areas: Record<string, number> | null;
}

/**
 * One agency at a glance: its latest audit's area scores against the partnership average and
 * the benchmark (the radar), its history across cycles, compliance, open actions and challenges.
 * The agency's own members see their audit in progress; the board sees submitted ones only.
 */
@Injectable()
export class OrganisationDashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly partnerships: PartnershipDashboardService,
    private readonly clock: Clock,
  ) {}

  async dashboard(actor: Actor, organisationId: string): Promise<OrganisationDashboardDto> {
    const today = this.clock.today();
    const org = await queryRow<
      DashboardOrganisationDto & { compliance: PartnershipComplianceDates[] }
    >(
      this.db,
      `SELECT o.id, o.name, o.sector, ${COMPLIANCE_DATES_SQL} AS compliance FROM organisations o WHERE o.id = $1`,
      [organisationId],
    );
    if (!org) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'organisation');
    const member = actor.organisationRoles(organisationId).length > 0;
    const states = member ? ['in_progress', ...BOARD_COUNTED_STATES] : BOARD_COUNTED_STATES;
    const audits = await queryRows<AuditRow>(
      this.db,
      `SELECT a.id, a.status, c.id AS "cycleId", c.name AS cycle, to_char(c.due_on, 'YYYY-MM-DD') AS "dueOn",
              s.overall, s.areas
         FROM audits a JOIN cycles c ON c.id = a.cycle_id LEFT JOIN audit_scores s ON s.audit_id = a.id
        WHERE a.organisation_id = $1 AND a.status = ANY($2) ORDER BY c.opens_on DESC`,
      [organisationId, states],
    );
    const history = [];
    for (const a of audits) {
      const cycle = await this.partnerships.cycleById(a.cycleId);
      const scores = await this.scores(a, cycle.definition);
      history.push({
        auditId: a.id,
        cycle: { id: cycle.id, name: cycle.name, dueOn: a.dueOn },
        status: a.status,
        overall: scoreCell(scores.overall, cycle.definition.scoring.bands),
        areas: Object.fromEntries(
          cycle.definition.areas.map((ar) => [ar.code, round(scores.areas.get(ar.code))]),
        ),
        cycleRow: cycle,
        scores,
      });
    }
    const latest = history[0];
    let radar: RadarDto | null = null;
    if (latest) {
      const average = await this.partnerships.averages(latest.cycleRow);
      const { definition } = latest.cycleRow;
      radar = {
        auditId: latest.auditId,
        cycle: latest.cycle,
        status: latest.status,
        areas: definition.areas.map((ar) => ({
          code: ar.code,
          title: ar.title,
          ...scoreCell(latest.scores.areas.get(ar.code), definition.scoring.bands),
          partnershipAverage: round(average.areas.get(ar.code)),
          benchmark: round(benchmarkScore(definition, ar.code)),
        })),
      };
    }
    const auditIds = audits.map((a) => a.id);
    const [actions, challenges] = await Promise.all([
      // Its members see every open action, in the audit it lives in now (even one not started
      // yet); the board, those in the plan of the latest audit it has seen.
      member
        ? queryRows<OrganisationActionDto>(
            this.db,
            `SELECT ${actionColumns(currentAuditSql('ac'))} FROM actions ac
              WHERE ac.organisation_id = $1 AND ${openActionSql('ac')} ORDER BY ac.due_on NULLS LAST, ac.id`,
            [organisationId, today],
          )
        : queryRows<OrganisationActionDto>(
            this.db,
            `SELECT ${actionColumns('a.id')} FROM actions ac JOIN audits a ON a.id = $1
              WHERE ${actionPlanSql('ac', 'a')} AND ${openActionSql('ac')} ORDER BY ac.due_on NULLS LAST, ac.id`,
            [latest?.auditId ?? null, today],
          ),
      queryRows<OrganisationChallengeDto>(
        this.db,
        `SELECT ch.id, ch.audit_id AS "auditId", ch.indicator_code AS "indicatorCode", ch.raised_at AS "raisedAt",
                (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at LIMIT 1) AS question
           FROM challenges ch WHERE ch.audit_id = ANY($1::uuid[]) AND ${openChallengeSql('ch')} ORDER BY ch.raised_at`,
        [auditIds],
      ),
    ]);
    return {
      organisation: { id: org.id, name: org.name, sector: org.sector },
      compliance: complianceOnDay(org.compliance, today),
      includesDrafts: member,
      radar,
      history: history.map(({ cycleRow: _c, scores: _s, ...h }) => h),
      openActions: actions,
      openChallenges: challenges,
    };
  }

  /**
   * An audit's area and overall scores: as stored once it reached the board; for the agency's
   * own audit in progress, scored now by libs/scoring from its current answers.
   */
  private async scores(
    audit: AuditRow,
    definition: FrameworkDefinition,
  ): Promise<{ overall: number | null; areas: Map<string, number> }> {
    if (isVisibleToBoard(audit.status)) {
      return { overall: audit.overall, areas: new Map(Object.entries(audit.areas ?? {})) };
    }
    const answers = await queryRows<{ code: string; level: number | null; notApplicable: boolean }>(
      this.db,

      `SELECT indicator_code AS code, level, not_applicable AS "notApplicable" FROM responses WHERE audit_id = $1`,
      [audit.id],
    );
    const draft = storedScore(scoreAudit(definition, answers));
    return { overall: draft.overall, areas: new Map(Object.entries(draft.areas)) };
  }
}
