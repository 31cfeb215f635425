import { actionOwnerSql, actionPlanSql } from '../actions/action-rules.sql';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AnswerGap, answerGaps } from '@pies/domain';
import { allIndicators, canonicalJson } from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { UnprocessableError } from '../common/errors/domain-errors';
import { assertCan, type LockedAudit, lockAudit, moveTo } from './audit-lock';
import { submissionStandsSql } from './audit-rules.sql';
import { RESPONSE_SQL } from './audit-queries';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { AuditsService, score } from './audits.service';
import type { ActionDto } from '../actions/dto/action.dto';
import type { EvidenceFileDto, ResponseDto } from './dto/audit.dto';
import type { AuditEventDto } from './dto/events.dto';
import { type Problem, problem } from '../common/errors/field-problems';
import { AuditErrorCode, AuditProblemCode } from './audits.errors';
import { queryRow, queryRows, run } from '../database/typed-query';
import { notices } from '../notifications/notices';
import { Notifier } from '../notifications/notifier';

/** What submitting says an indicator's answer still needs. */
const NEEDS: Record<AnswerGap, Problem> = {
  notApplicableReason: problem(
    AuditProblemCode.notApplicableReasonRequired,
    'needs a reason for not applicable',
  ),
  level: problem(AuditProblemCode.levelRequired, 'needs a level'),
  commentary: problem(AuditProblemCode.commentaryRequired, 'needs commentary'),
  confirmation: problem(
    AuditProblemCode.confirmationRequired,
    'was carried forward from the last audit: confirm it',
  ),
  freshAnswer: problem(
    AuditProblemCode.freshAnswerRequired,
    'was carried forward but its wording changed: it needs a new answer',
  ),
  evidenceStillCurrent: problem(
    AuditProblemCode.evidenceConfirmationRequired,
    'has evidence carried forward from the last audit: confirm it is still current, or detach it',
  ),
};

/** The audit's context, frozen into its submission snapshot. */
interface SnapshotMeta {
  organisation: string;
  sector: string;
  cycle: string;
  partnershipId: string;
  frameworkId: string;
  version: string;
  contentHash: string;
}
/** An attachment as a submission snapshot lists it (the demo's seeded snapshots too). */
export type SnapshotEvidence = Omit<
  EvidenceFileDto,
  'uploadedBy' | 'uploadedAt' | 'stillCurrentAsked'
>;
type SnapshotAction = Pick<
  ActionDto,
  'id' | 'indicatorCode' | 'description' | 'owner' | 'dueOn' | 'status'
>;

@Injectable()
export class AuditWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async start(actor: Actor, auditId: string) {
    await this.db.transaction(async (tx) =>
      this.startLocked(tx, await lockAudit(tx, auditId), actor.userId),
    );
    return this.audits.get(auditId);
  }

  /**
   * not started → in progress. Pre-fills from the organisation's latest submitted or accepted
   * audit: responses whose indicator still exists (flagged where its text changed), and the
   * actions still open. Copied answers are "carried forward: confirm" (no confirmed_at) until a
   * person confirms them or saves over them (carry-forward.service.ts).
   */
  async startLocked(tx: EntityManager, audit: LockedAudit, actorId: string): Promise<void> {
    const prev = await queryRow<{ id: string; version: string }>(
      tx,
      `SELECT a.id, c.framework_version_id AS version FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE a.organisation_id = $1 AND a.id <> $2 AND ${submissionStandsSql('a')}
        ORDER BY COALESCE(a.accepted_at, a.submitted_at) DESC LIMIT 1`,
      [audit.organisationId, audit.id],
    );
    let responses = 0;
    let actions = 0;
    let evidence = 0;
    if (prev) {
      const copied = await queryRows<{ indicator_code: string }>(
        tx,
        `INSERT INTO responses (audit_id, indicator_code, level, not_applicable, not_applicable_reason, commentary,
                                version, prefilled, changed_since_last, updated_by_id)
         SELECT $1, r.indicator_code, r.level, r.not_applicable, r.not_applicable_reason, r.commentary,
                1, true, ni.content_hash IS DISTINCT FROM oi.content_hash, $5
           FROM responses r
           JOIN framework_indicators ni ON ni.framework_version_id = $3 AND ni.code = r.indicator_code
           LEFT JOIN framework_indicators oi ON oi.framework_version_id = $4 AND oi.code = r.indicator_code
          WHERE r.audit_id = $2
         ON CONFLICT DO NOTHING RETURNING indicator_code`,
        [audit.id, prev.id, audit.frameworkVersionId, prev.version, actorId],
      );
      // Actions are the organisation's: its open ones are in this plan as they are, not copied.
      const carried = await queryRow<{ count: number }>(
        tx,
        `SELECT count(*)::int AS count FROM actions ac JOIN audits a ON a.id = $1
          WHERE ac.raised_in_audit_id <> a.id AND ${actionPlanSql('ac', 'a')}`,
        [audit.id],
      );
      // The evidence library's attachments follow the answers, each asked "still current?".
      const attached = await queryRows<{ id: string }>(
        tx,
        `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code, still_current_asked, attached_by_id)
         SELECT x.evidence_id, $1, x.indicator_code, true, $4
           FROM evidence_attachments x
          WHERE x.audit_id = $2 AND EXISTS (
                SELECT 1 FROM framework_indicators f WHERE f.framework_version_id = $3 AND f.code = x.indicator_code)
         ON CONFLICT DO NOTHING RETURNING id`,
        [audit.id, prev.id, audit.frameworkVersionId, actorId],
      );
      evidence = attached.length;
      responses = copied.length;
      actions = carried?.count ?? 0;
      await run(tx, 'UPDATE audits SET prefilled_from_id = $2 WHERE id = $1', [audit.id, prev.id]);
    }
    await moveTo(tx, audit, 'start', actorId, this.clock.now(), {
      after: {
        prefilledFromId: prev?.id ?? null,
        prefilledResponses: responses,
        carriedActions: actions,
        carriedEvidence: evidence,
      },
    });
  }

  /**
   * Agency lead submits: every applicable indicator needs a level and commentary, a
   * not-applicable one a reason, an answer carried forward a confirmation, and evidence carried
   * forward the word that it is still current (answerGaps; 422 listing every gap by code and
   * title). Stores an immutable snapshot with its SHA-256.
   */
  async submit(actor: Actor, auditId: string) {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const definition = await frameworkDefinition(tx, audit.frameworkVersionId);
      const responses = await queryRows<ResponseDto>(
        tx,
        `${RESPONSE_SQL} WHERE r.audit_id = $1 ORDER BY r.indicator_code`,
        [auditId],
      );
      const byCode = new Map(responses.map((r) => [r.indicatorCode, r]));
      const evidence = await queryRows<{ indicatorCode: string; stillCurrentAsked: boolean }>(
        tx,
        `SELECT indicator_code AS "indicatorCode", still_current_asked AS "stillCurrentAsked"
           FROM evidence_attachments WHERE audit_id = $1`,
        [auditId],
      );
      const evidenceOf = (code: string) => evidence.filter((e) => e.indicatorCode === code);
      const missing: { indicatorCode: string; title: string; problems: Problem[] }[] = [];
      for (const ind of allIndicators(definition)) {
        const gaps = answerGaps(byCode.get(ind.code) ?? null, evidenceOf(ind.code));
        if (gaps.length)
          missing.push({
            indicatorCode: ind.code,
            title: ind.statement,
            problems: gaps.map((g) => NEEDS[g]),
          });
      }
      assertCan(audit, 'submit');
      if (missing.length) {
        throw new UnprocessableError(
          AuditErrorCode.AUDIT_INCOMPLETE,
          `${missing.length} indicator(s) need answers or confirmation before submitting: ${missing.map((m) => `${m.indicatorCode} "${m.title}"`).join(', ')}`,
          missing,
        );
      }
      const submittedAt = this.clock.now();
      const snapshot = await this.snapshot(tx, audit, responses, definition, actor, submittedAt);
      const sha256 = createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
      await run(
        tx,
        'INSERT INTO submissions (audit_id, snapshot, sha256, submitted_by_id, submitted_at) VALUES ($1, $2, $3, $4, $5)',
        [auditId, JSON.stringify(snapshot), sha256, actor.userId, submittedAt],
      );
      await moveTo(tx, audit, 'submit', actor.userId, submittedAt, { after: { sha256 } });
      const notice = await notices.submitted(tx, auditId, submittedAt);
      await this.notifier.notify(tx, notice.userIds, notice.occasion);
    });
    return this.audits.get(auditId);
  }

  private async snapshot(
    tx: EntityManager,
    audit: LockedAudit,
    responses: ResponseDto[],
    definition: Parameters<typeof score>[0],
    actor: Actor,
    submittedAt: Date,
  ) {
    const meta = await queryRow<SnapshotMeta>(
      tx,
      `SELECT o.name AS organisation, o.sector, c.name AS cycle, c.partnership_id AS "partnershipId",
              v.framework_id AS "frameworkId", v.version, v.content_hash AS "contentHash"
         FROM audits a JOIN organisations o ON o.id = a.organisation_id JOIN cycles c ON c.id = a.cycle_id
         JOIN framework_versions v ON v.id = c.framework_version_id WHERE a.id = $1`,
      [audit.id],
    );
    const [evidence, actions] = await Promise.all([
      queryRows<SnapshotEvidence>(
        tx,
        `SELECT e.id, ea.indicator_code AS "indicatorCode", e.kind, e.file_name AS "fileName", e.url,
                e.media_type AS "mediaType", e.size_bytes AS "sizeBytes", e.sha256
           FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id
          WHERE ea.audit_id = $1 ORDER BY ea.indicator_code, e.id`,
        [audit.id],
      ),
      queryRows<SnapshotAction>(
        tx,
        `SELECT ac.id, ac.indicator_code AS "indicatorCode", ac.description, ${actionOwnerSql('ac')} AS owner,
                to_char(ac.due_on, 'YYYY-MM-DD') AS "dueOn", ac.status
           FROM actions ac JOIN audits a ON a.id = $1
          WHERE ${actionPlanSql('ac', 'a')} ORDER BY ac.created_at, ac.id`,
        [audit.id],
      ),
    ]);
    if (!meta) throw new Error(`audit ${audit.id} vanished while locked`);
    const s = score(definition, responses);
    return {
      auditId: audit.id,
      organisation: { id: audit.organisationId, name: meta.organisation, sector: meta.sector },
      cycle: { id: audit.cycleId, name: meta.cycle, partnershipId: meta.partnershipId },
      framework: { id: meta.frameworkId, version: meta.version, contentHash: meta.contentHash },
      responses: responses.map((r) => ({
        indicatorCode: r.indicatorCode,
        level: r.level,
        notApplicable: r.notApplicable,
        notApplicableReason: r.notApplicableReason,
        commentary: r.commentary,
      })),
      evidence,
      actions,
      score: { overall: s.overall, areas: s.areas },
      submittedBy: { id: actor.userId, name: actor.name },
      submittedAt: submittedAt.toISOString(),
    };
  }

  returnAudit(actor: Actor, auditId: string, reason: string) {
    return this.move(actor, auditId, 'return', { reason });
  }

  accept(actor: Actor, auditId: string) {
    return this.move(actor, auditId, 'accept');
  }

  /** The board returns or accepts: the audit moves, and its agency leads are told, once. */
  private async move(
    actor: Actor,
    auditId: string,
    event: 'return' | 'accept',
    extra?: { reason: string },
  ) {
    await this.db.transaction(async (tx) => {
      const at = this.clock.now();
      await moveTo(tx, await lockAudit(tx, auditId), event, actor.userId, at, extra);
      const kind = event === 'return' ? 'audit_returned' : 'audit_accepted';
      const notice = await notices.decided(tx, auditId, kind, at);
      await this.notifier.notify(tx, notice.userIds, notice.occasion);
    });
    return this.audits.get(auditId);
  }

  /** The trail of an audit, oldest first. */
  events(auditId: string, afterId: string | undefined, limit: number): Promise<AuditEventDto[]> {
    return queryRows<AuditEventDto>(
      this.db,
      `SELECT e.id, e.kind, e.subject, e.before, e.after, e.at, e.actor_id AS "actorId", u.name AS "actorName"
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.audit_id = $1 AND e.id > $2 ORDER BY e.id LIMIT $3`,
      [auditId, afterId ?? '0', limit],
    );
  }
}
