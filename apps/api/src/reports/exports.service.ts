import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_STATUS_LABELS, SECTOR_LABELS, type AuditStatus, type Sector } from '@pies/domain';
import { t } from '@pies/i18n';
import { actionStatusLabel } from '@pies/reports';
import { roundScore } from '@pies/scoring';
import { actionOwnerSql, actionPlanSql, overdueActionSql } from '../actions/action-rules.sql';
import { Clock } from '../clock/clock';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import { NotFoundError } from '../common/errors/domain-errors';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { CSV_BOM, csvLine } from './csv';
import { buildWorkbook } from './workbook';
import { CommonErrorCode } from '../common/errors/common.errors';
import { queryRow, queryRows, run } from '../database/typed-query';

type Row = Record<string, unknown>;

const ROWS_PER_FETCH = 2000;

const RESPONSE_HEADERS: [string, number][] = [
  ['Organisation', 40],
  ['Sector', 24],
  ['Audit status', 12],
  ['Area', 6],
  ['Standard', 9],
  ['Indicator', 9],
  ['Statement', 60],
  ['Level', 7],
  ['Level label', 22],
  ['Benchmark', 10],
  ['Not applicable', 14],
  ['Not applicable reason', 40],
  ['Commentary', 80],
  ['Updated at', 18],
];

const slugOf = (c: { partnership: string; name: string }) =>
  `${c.partnership}-${c.name}`.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
const score = (n: unknown) => (typeof n === 'number' ? roundScore(n) : null);
const date = (d: unknown) => (d ? new Date(d as string) : null);

/**
 * Stored values in the words the app shows for them (each from its one home: the domain's
 * labels, the i18n catalogue), never the raw enum: "Private provider", not private_provider.
 */
const sector = (s: unknown) => SECTOR_LABELS[s as Sector] ?? s;
const auditStatus = (s: unknown) => AUDIT_STATUS_LABELS[s as AuditStatus] ?? s;
const actionStatus = (s: unknown) => actionStatusLabel(String(s));
const challengeStatus = (s: unknown) =>
  s === 'open'
    ? t('reviewChanges.challengeOpen')
    : s === 'resolved'
      ? t('reviewChanges.challengeResolved')
      : s;

/** Spreadsheet exports of a cycle for the board: only audits the board may read, never drafts. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Every response as CSV, in pieces of about 64 KB: a list of buffers, not one string, which
   * for a large cycle would hold several copies of the whole file in memory at once
   * (figures in bench/README.md).
   * Read in one snapshot, then sent, so no database connection waits on a slow download.
   */
  async responsesCsv(cycleId: string): Promise<{ fileName: string; csv: Buffer[] }> {
    const cycle = await this.cycle(cycleId);
    const csv: Buffer[] = [];
    let piece = CSV_BOM + csvLine(RESPONSE_HEADERS.map(([h]) => h));
    for await (const r of this.responseRows(cycleId, cycle.versionId, cycle.labels)) {
      piece += csvLine(
        r.map((v) =>
          v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v,
        ),
      );
      if (piece.length >= 65_536) {
        csv.push(Buffer.from(piece));
        piece = '';
      }
    }
    csv.push(Buffer.from(piece));
    return { fileName: `${slugOf(cycle)}-responses.csv`, csv };
  }

  /** The cycle as a workbook: a summary per agency, every response, actions and challenges. */
  async workbook(cycleId: string): Promise<{ fileName: string; xlsx: Buffer }> {
    const cycle = await this.cycle(cycleId);
    const args = [cycleId, this.clock.today()];
    const [agencies, actions, challenges] = await Promise.all([
      queryRows<Row>(
        this.db,
        `SELECT o.name, o.sector, a.status, a.submitted_at, a.accepted_at, s.overall, s.areas,
                (SELECT count(*) FILTER (WHERE r.level IS NOT NULL)::int FROM responses r WHERE r.audit_id = a.id) AS answered,
                (SELECT count(*) FILTER (WHERE r.not_applicable)::int FROM responses r WHERE r.audit_id = a.id) AS na,
                (SELECT count(*)::int FROM challenges ch WHERE ch.audit_id = a.id AND ${openChallengeSql('ch')}) AS open_challenges,
                (SELECT count(*)::int FROM actions ac WHERE ${actionPlanSql('ac', 'a')} AND ${overdueActionSql('ac', '$2')}) AS overdue_actions
           FROM audits a JOIN organisations o ON o.id = a.organisation_id LEFT JOIN audit_scores s ON s.audit_id = a.id
          WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} ORDER BY o.name`,
        args,
      ),
      queryRows<Row>(
        this.db,
        `SELECT o.name, ac.indicator_code, ac.description, ${actionOwnerSql('ac')} AS owner, ac.due_on::text AS due_on, ac.status,
                ${overdueActionSql('ac', '$2')} AS overdue
           FROM audits a JOIN actions ac ON ${actionPlanSql('ac', 'a')} JOIN organisations o ON o.id = a.organisation_id
          WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} ORDER BY o.name, ac.due_on NULLS LAST`,
        args,
      ),
      queryRows<Row>(
        this.db,
        `SELECT o.name, ch.indicator_code, ch.status, ch.raised_at, ch.resolved_at,
                (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at LIMIT 1) AS question,
                (SELECT count(*)::int - 1 FROM challenge_messages m WHERE m.challenge_id = ch.id) AS replies,
                (SELECT body FROM challenge_messages m WHERE m.challenge_id = ch.id ORDER BY created_at DESC LIMIT 1) AS latest
           FROM challenges ch JOIN audits a ON a.id = ch.audit_id JOIN organisations o ON o.id = a.organisation_id
          WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} ORDER BY o.name, ch.raised_at`,
        [cycleId],
      ),
    ]);
    const DATE = 'dd/mm/yyyy';
    const xlsx = await buildWorkbook(
      [
        {
          name: 'Summary',
          columns: [
            { header: 'Organisation', width: 40 },
            { header: 'Sector', width: 24 },
            { header: 'Status', width: 12 },
            { header: 'Submitted', width: 12, format: DATE },
            { header: 'Accepted', width: 12, format: DATE },
            { header: 'Overall score', width: 13, format: '0.0' },
            ...cycle.areaCodes.map((c) => ({ header: `${c} score`, width: 9, format: '0.0' })),
            { header: 'Answered', width: 10 },
            { header: 'Not applicable', width: 14 },
            { header: 'Open challenges', width: 15 },
            { header: 'Overdue actions', width: 15 },
          ],
          rows: agencies.map((a) => [
            a.name,
            sector(a.sector),
            auditStatus(a.status),
            date(a.submitted_at),
            date(a.accepted_at),
            score(a.overall),
            ...cycle.areaCodes.map((c) => score((a.areas as Record<string, number> | null)?.[c])),
            a.answered,
            a.na,
            a.open_challenges,
            a.overdue_actions,
          ]),
        },
        {
          name: 'Responses',
          columns: RESPONSE_HEADERS.map(([header, width], i) => ({
            header,
            width,
            format: i === 13 ? 'dd/mm/yyyy hh:mm' : undefined,
          })),
          // Read from the database as the sheet is written.
          rows: this.responseRows(cycleId, cycle.versionId, cycle.labels),
        },
        {
          name: 'Actions',
          columns: [
            { header: 'Organisation', width: 40 },
            { header: 'Indicator', width: 9 },
            { header: 'Description', width: 60 },
            { header: 'Owner', width: 24 },
            { header: 'Due', width: 12, format: DATE },
            { header: 'Status', width: 12 },
            { header: 'Overdue', width: 9 },
          ],
          rows: actions.map((a) => [
            a.name,
            a.indicator_code,
            a.description,
            a.owner,
            date(a.due_on),
            actionStatus(a.status),
            Boolean(a.overdue),
          ]),
        },
        {
          name: 'Challenges',
          columns: [
            { header: 'Organisation', width: 40 },
            { header: 'Indicator', width: 9 },
            { header: 'Status', width: 10 },
            { header: 'Raised', width: 12, format: DATE },
            { header: 'Resolved', width: 12, format: DATE },
            { header: 'Question', width: 60 },
            { header: 'Replies', width: 8 },
            { header: 'Latest message', width: 60 },
          ],
          rows: challenges.map((c) => [
            c.name,
            c.indicator_code,
            challengeStatus(c.status),
            date(c.raised_at),
            date(c.resolved_at),
            c.question,
            c.replies,
            c.latest,
          ]),
        },
      ],
      this.clock.now(),
    );
    return { fileName: `${slugOf(cycle)}.xlsx`, xlsx };
  }

  private async cycle(cycleId: string) {
    const row = await queryRow<{ name: string; versionId: string; partnership: string }>(
      this.db,
      `SELECT c.name, c.framework_version_id AS "versionId", p.name AS partnership
         FROM cycles c JOIN partnerships p ON p.id = c.partnership_id WHERE c.id = $1`,
      [cycleId],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
    const f = await frameworkDefinition(this.db, row.versionId);
    return {
      ...row,
      labels: new Map(f.scale.levels.map((l) => [l.value, l.label])),
      areaCodes: f.areas.map((a) => a.code),
    };
  }

  /**
   * Every indicator of every board-visible audit, answered or not, as typed values, in order.
   * Read through a cursor, ROWS_PER_FETCH at a time (one snapshot): a 1,000-agency cycle has
   * 80,000 of them, and only one batch is held at once.
   */
  private async *responseRows(
    cycleId: string,
    versionId: string,
    labels: Map<number, string>,
  ): AsyncGenerator<unknown[]> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await run(
        runner,
        `DECLARE export_responses NO SCROLL CURSOR FOR
         SELECT o.name AS organisation, o.sector, a.status, fi.area_code, fi.standard_code, fi.code, fi.statement,
                r.level, fi.benchmark, COALESCE(r.not_applicable, false) AS na, r.not_applicable_reason, r.commentary, r.updated_at
           FROM audits a
           JOIN organisations o ON o.id = a.organisation_id
           JOIN framework_indicators fi ON fi.framework_version_id = $2
           LEFT JOIN responses r ON r.audit_id = a.id AND r.indicator_code = fi.code
          WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')}
          ORDER BY o.name, a.id, fi.position`,
        [cycleId, versionId],
      );
      for (;;) {
        const rows = await queryRows<Row>(runner, `FETCH ${ROWS_PER_FETCH} FROM export_responses`);
        for (const r of rows)
          yield [
            r.organisation,
            sector(r.sector),
            auditStatus(r.status),
            r.area_code,
            r.standard_code,
            r.code,
            r.statement,
            r.level,
            r.level === null ? null : (labels.get(r.level as number) ?? null),
            r.benchmark,
            Boolean(r.na),
            r.not_applicable_reason,
            r.commentary,
            date(r.updated_at),
          ];
        if (rows.length < ROWS_PER_FETCH) break;
      }
      await runner.commitTransaction();
    } finally {
      // Also when the reader stops early or fails: the cursor goes with the transaction.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }
}
