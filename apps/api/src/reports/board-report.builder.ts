import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  acceptanceExpiresOn,
  type AuditStatus,
  countAudits,
  daysBetween,
  londonDate,
  receivedSentence,
  type Sector,
} from '@pies/domain';
import type { BoardReportModel } from '@pies/reports';
import { DataSource } from 'typeorm';
import { agencyActionPlans, donePlanActions, openPlanActions } from '../actions/cycle-action-plans';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import { Clock } from '../clock/clock';
import { dueDatePassedSql } from '../cycles/cycle-rules.sql';
import { overdueAgencies } from '../dashboards/dashboard-lists';
import { DashboardQuery } from '../dashboards/dto/dashboard.dto';
import { PartnershipDashboardService } from '../dashboards/partnership-dashboard.service';
import { oneRow, queryRows } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

/** An open challenge as the board report lists it. */
interface OpenChallengeRow {
  organisation: string;
  indicatorCode: string | null;
  raisedBy: string;
  raisedAt: Date;
  question: string;
  /** The agency wrote the latest message: the board is to answer. */
  agencyLast: boolean;
}

/** Fills the board report's view model for a cycle from the dashboard figures and the database. */
@Injectable()
export class BoardReportBuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: PartnershipDashboardService,
    private readonly clock: Clock,
  ) {}

  async build(cycleId: string, protectiveMarking: string): Promise<BoardReportModel> {
    const now = this.clock.now();
    const today = londonDate(now);
    const days = (from: string) => daysBetween(from, today);
    const cycle = await this.dashboards.cycleById(cycleId);
    const partnershipId = cycle.partnershipId;
    const { dueDatePassed } = await oneRow<{ dueDatePassed: boolean }>(
      this.db,
      `SELECT ${dueDatePassedSql('c', '$2')} AS "dueDatePassed" FROM cycles c WHERE c.id = $1`,
      [cycleId, today],
    );
    const d = await this.dashboards.dashboard(
      partnershipId,
      Object.assign(new DashboardQuery(), { cycleId, page: 1, pageSize: 100_000 }),
    );
    const [partnership, statuses, challenges, open, benchmark, overdue, done, plans] =
      await Promise.all([
        oneRow<{ name: string }>(this.db, 'SELECT name FROM partnerships WHERE id = $1', [
          partnershipId,
        ]),
        queryRows<{ id: string; name: string; sector: Sector; status: AuditStatus }>(
          this.db,
          `SELECT a.organisation_id AS id, o.name, o.sector, a.status
             FROM audits a JOIN organisations o ON o.id = a.organisation_id
            WHERE a.cycle_id = $1 ORDER BY o.name, o.id`,
          [cycleId],
        ),
        queryRows<OpenChallengeRow>(
          this.db,
          `SELECT o.name AS organisation, ch.indicator_code AS "indicatorCode", COALESCE(u.name, 'Board') AS "raisedBy", ch.raised_at AS "raisedAt",
                (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at LIMIT 1) AS question,
                (SELECT EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} am WHERE am.user_id = m.author_id AND am.organisation_id = a.organisation_id)
                   FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at DESC LIMIT 1) AS "agencyLast"
           FROM challenges ch JOIN audits a ON a.id = ch.audit_id JOIN organisations o ON o.id = a.organisation_id
           LEFT JOIN users u ON u.id = ch.raised_by_id
          WHERE a.cycle_id = $1 AND ${openChallengeSql('ch')} ORDER BY ch.raised_at`,
          [cycleId],
        ),
        openPlanActions(this.db, cycleId, today),
        queryRows<{ answered: number | null; below: number | null }>(
          this.db,
          `SELECT sum(st.responses)::float8 AS answered, sum(st.below_benchmark)::float8 AS below FROM cycle_indicator_stats st
          WHERE st.cycle_id = $1 AND ${boardVisibleSql('st')}`,
          [cycleId],
        ),
        // The report lists every overdue agency, not the dashboard's first 20.
        overdueAgencies(this.db, partnershipId, null, today, null),
        donePlanActions(this.db, cycleId),
        agencyActionPlans(this.db, cycleId, today),
      ]);
    const statusOf = new Map<string, AuditStatus>(statuses.map((s) => [s.id, s.status]));
    // The overdue ones, most overdue first.
    const actions = open
      .filter((a) => a.overdue)
      .map((a) => ({ ...a, dueOn: a.dueOn! }))
      .sort(
        (a, b) => a.dueOn.localeCompare(b.dueOn) || a.organisation.localeCompare(b.organisation),
      );
    const f = cycle.definition;
    const scored = d.partnership.areas.filter((a) => a.score !== null);
    const byScore = [...scored].sort((a, b) => a.score! - b.score!);
    const area = (a: (typeof scored)[number] | undefined) =>
      a ? { code: a.code, title: a.title, score: a.score! } : null;
    const labelOf = (mean: number) =>
      f.scale.levels.reduce((best, l) =>
        Math.abs(l.value - mean) < Math.abs(best.value - mean) ? l : best,
      ).label;
    const c = d.completion;
    const { received } = countAudits(c);
    return {
      protectiveMarking,
      generatedAt: now.toISOString(),
      partnership: { name: partnership.name },
      cycle: { name: cycle.name, opensOn: cycle.opensOn, dueOn: cycle.dueOn },
      dueDatePassed,
      previousCycle: d.previousCycle ? { name: d.previousCycle.name } : null,
      framework: {
        title: (f as { title: string }).title,
        version: (f as { version: string }).version,
        bands: f.scoring.bands,
      },
      areas: f.areas.map((a) => ({ code: a.code, title: a.title })),
      executiveSummary: {
        agencies: c.total,
        submitted: received,
        receivedSentence: receivedSentence(c),
        accepted: c.accepted,
        completionRate: c.total ? (received / c.total) * 100 : 0,
        overdue: c.overdue,
        averageScore: { score: d.partnership.overall.score, rag: d.partnership.overall.rag },
        previousAverageScore: d.partnership.overall.previous,
        atOrAboveBenchmark: benchmark[0]?.answered
          ? (1 - (benchmark[0].below ?? 0) / benchmark[0].answered) * 100
          : null,
        strongestArea: area(byScore.at(-1)),
        weakestArea: area(byScore[0]),
        redAgencies: d.heatMap.items.filter((r) => r.overall.rag === 'red').length,
        openChallenges: challenges.length,
        overdueActions: actions.length,
      },
      completion: {
        total: c.total,
        notStarted: c.not_started,
        inProgress: c.in_progress,
        submitted: c.submitted,
        returned: c.returned,
        accepted: c.accepted,
        overdue: c.overdue,
      },
      overdueAgencies: overdue.items.map((o) => {
        const dueOn = o.nextDueOn ?? acceptanceExpiresOn(o.lastAcceptedAt!);
        return {
          name: o.organisation,
          sector: o.sector,
          dueOn,
          status: statusOf.get(o.organisationId) ?? 'not_started',
          daysOverdue: days(dueOn),
        };
      }),
      agencies: statuses.map(({ name, sector, status }) => ({ name, sector, status })),
      heatMap: d.heatMap.items,
      sectors: d.sectors.map((s) => ({ ...s, submitted: s.agencies })),
      weakestIndicators: d.weakestIndicators.map((i) => ({
        code: i.code,
        statement: i.statement,
        meanLevel: i.meanLevel,
        meanLevelLabel: labelOf(i.meanLevel),
        belowBenchmarkShare: i.belowBenchmarkShare * 100,
        answered: i.responses,
      })),
      trend: d.partnership.areas.map((a) => ({
        areaCode: a.code,
        area: a.title,
        previous: a.previous,
        current: a.score,
      })),
      openChallenges: challenges.map((ch) => ({
        ...ch,
        raisedAt: new Date(ch.raisedAt).toISOString(),
        daysOpen: days(londonDate(new Date(ch.raisedAt))),
        awaiting: ch.agencyLast ? ('board' as const) : ('agency' as const),
      })),
      overdueActions: actions.map((a) => ({ ...a, daysOverdue: days(a.dueOn) })),
      doneActions: done,
      actionSummary: plans,
      openActions: open,
    };
  }
}
