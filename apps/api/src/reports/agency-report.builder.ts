import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyAction, AgencyChallenge, AgencyReportModel } from '@pies/reports';
import { DataSource } from 'typeorm';
import { AuditsService } from '../audits/audits.service';
import { actionOwnerSql, actionPlanSql, overdueActionSql } from '../actions/action-rules.sql';
import { Clock } from '../clock/clock';
import { submissionStandsSql } from '../audits/audit-rules.sql';
import {
  benchmarkScore,
  PartnershipDashboardService,
} from '../dashboards/partnership-dashboard.service';
import { oneRow, queryRow, queryRows } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

/** A challenge as stored: timestamps as the driver returns them, written out as ISO in the report. */
interface ChallengeRow extends Omit<AgencyChallenge, 'raisedAt' | 'resolvedAt'> {
  raisedAt: Date;
  resolvedAt: Date | null;
}

/** Fills the agency report's view model for one audit from the database. */
@Injectable()
export class AgencyReportBuilder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly dashboards: PartnershipDashboardService,
    private readonly clock: Clock,
  ) {}

  async build(auditId: string, protectiveMarking: string): Promise<AgencyReportModel> {
    const audit = await this.audits.get(auditId);
    const meta = await oneRow<{
      partnership: string;
      opensOn: string;
      title: string;
      version: string;
    }>(
      this.db,
      `SELECT p.name AS partnership, to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", v.title, v.version
         FROM cycles c JOIN partnerships p ON p.id = c.partnership_id JOIN framework_versions v ON v.id = c.framework_version_id
        WHERE c.id = $1`,
      [audit.cycle.id],
    );
    const cycle = await this.dashboards.cycleById(audit.cycle.id);
    const f = cycle.definition;
    const levelOf = new Map(f.scale.levels.map((l) => [l.value, l]));
    const prev = await queryRow<{ id: string; name: string; submittedAt: Date; cycleId: string }>(
      this.db,
      `SELECT a.id, c.name, a.submitted_at AS "submittedAt", c.id AS "cycleId" FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE a.organisation_id = $1 AND c.opens_on < $2::date AND ${submissionStandsSql('a')}
        ORDER BY c.opens_on DESC LIMIT 1`,
      [audit.organisation.id, meta.opensOn],
    );
    const [average, previousScores, previousLevels, actions, challenges] = await Promise.all([
      this.dashboards.averages(cycle),
      prev ? this.dashboards.storedScores(prev.id) : null,
      prev
        ? queryRows<{ code: string; level: number | null }>(
            this.db,
            'SELECT indicator_code AS code, level FROM responses WHERE audit_id = $1',
            [prev.id],
          )
        : [],
      queryRows<AgencyAction>(
        this.db,
        `SELECT ac.indicator_code AS "indicatorCode", ac.description, ${actionOwnerSql('ac')} AS owner,
                to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status, ${overdueActionSql('ac', '$2')} AS overdue
           FROM actions ac JOIN audits a ON a.id = $1
          WHERE ${actionPlanSql('ac', 'a')} ORDER BY ac.due_on NULLS LAST, ac.created_at, ac.id`,
        [auditId, this.clock.today()],
      ),
      queryRows<ChallengeRow>(
        this.db,
        `SELECT ch.indicator_code AS "indicatorCode", ch.status, COALESCE(u.name, 'Board') AS "raisedBy", ch.raised_at AS "raisedAt",
                ch.resolved_at AS "resolvedAt",
                COALESCE((SELECT json_agg(json_build_object('author', COALESCE(mu.name, 'Board'),
                    'authorRole', CASE WHEN EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} am WHERE am.user_id = m.author_id AND am.organisation_id = $2)
                                       THEN $3 ELSE 'Board' END,
                    'at', m.created_at, 'body', m.body) ORDER BY m.created_at)
                  FROM challenge_messages m LEFT JOIN users mu ON mu.id = m.author_id WHERE m.challenge_id = ch.id), '[]') AS messages
           FROM challenges ch LEFT JOIN users u ON u.id = ch.raised_by_id WHERE ch.audit_id = $1 ORDER BY ch.raised_at`,
        [auditId, audit.organisation.id, audit.organisation.name],
      ),
    ]);
    const signOff = await queryRow<{ name: string; submittedAt: Date; sha256: string }>(
      this.db,
      `SELECT COALESCE(u.name, 'Agency lead') AS name, s.submitted_at AS "submittedAt", s.sha256
         FROM submissions s LEFT JOIN users u ON u.id = s.submitted_by_id
        WHERE s.audit_id = $1 ORDER BY s.submitted_at DESC LIMIT 1`,
      [auditId],
    );
    const prevLevel = new Map(previousLevels.map((r) => [r.code, r.level]));
    const responses = new Map(audit.responses.map((r) => [r.indicatorCode, r]));
    const { evidence: files, score } = audit;
    const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
    return {
      protectiveMarking,
      generatedAt: this.clock.now().toISOString(),
      partnership: { name: meta.partnership },
      organisation: { name: audit.organisation.name, sector: audit.organisation.sector },
      cycle: { name: audit.cycle.name, opensOn: meta.opensOn, dueOn: audit.cycle.dueOn },
      audit: {
        status: audit.status,
        submittedAt: iso(audit.submittedAt),
        acceptedAt: iso(audit.acceptedAt),
        submissionHash: audit.latestSubmission?.sha256 ?? null,
        // Submitting is the agency lead's sign-off: who submitted the latest version, and when.
        signOff: signOff
          ? {
              name: signOff.name,
              role: 'Agency lead',
              signedAt: iso(signOff.submittedAt)!,
              statement: `Submitted to ${meta.partnership} as the agency's self-audit for ${audit.cycle.name}; submission SHA-256 ${signOff.sha256}.`,
            }
          : null,
      },
      framework: {
        title: meta.title,
        version: meta.version,
        levels: f.scale.levels,
        bands: f.scoring.bands,
      },
      previousAudit: prev ? { cycleName: prev.name, submittedAt: iso(prev.submittedAt) } : null,
      summary: {
        overall: { ...score.overall, previousScore: previousScores?.overall ?? null },
        areas: f.areas.map((a) => ({
          ...score.areas.find((x) => x.code === a.code)!,
          title: a.title,
          partnershipAverage: average.areas.get(a.code) ?? null,
          benchmarkScore: benchmarkScore(f, a.code),
          previousScore: previousScores?.areas.get(a.code) ?? null,
        })),
      },
      areas: f.areas.map((a) => ({
        code: a.code,
        title: a.title,
        description: a.description,
        standards: a.standards.map((st) => ({
          code: st.code,
          title: st.title,
          indicators: st.indicators.map((i) => {
            const r = responses.get(i.code);
            const level = r?.level ?? null;
            return {
              code: i.code,
              statement: i.statement,
              level,
              levelLabel: level === null ? null : (levelOf.get(level)?.label ?? null),
              descriptor: level === null ? null : (i.descriptors[level] ?? null),
              rag: level === null ? null : (levelOf.get(level)?.rag ?? null),
              notApplicable: r?.notApplicable ?? false,
              notApplicableReason: r?.notApplicableReason ?? null,
              commentary: r?.commentary ?? null,
              evidence: files
                .filter((e) => e.indicatorCode === i.code)
                .map((e) => ({ kind: e.kind, name: e.fileName, url: e.url })),
              changedSinceLast: r?.changedSinceLast ?? false,
              previousLevel: prevLevel.get(i.code) ?? null,
              benchmark: i.benchmark,
              benchmarkLabel: levelOf.get(i.benchmark)?.label ?? String(i.benchmark),
              benchmarkMet: level === null ? null : level >= i.benchmark,
            };
          }),
        })),
      })),
      actions,
      challenges: challenges.map((c) => ({
        ...c,
        raisedAt: iso(c.raisedAt)!,
        resolvedAt: iso(c.resolvedAt),
        messages: c.messages.map((m) => ({ ...m, at: iso(m.at)! })),
      })),
    };
  }
}
