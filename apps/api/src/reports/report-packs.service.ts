import { Clock } from '../clock/clock';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { renderAgencyReportPdf, REPORT_LANG } from '@pies/reports';
import { DataSource } from 'typeorm';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import type { Actor } from '../common/access/actor';
import { CommonErrorCode } from '../common/errors/common.errors';
import { NotFoundError, TooManyRequestsError } from '../common/errors/domain-errors';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import type { JobKind } from '../jobs/entities/job.entity';
import { JobQueue } from '../jobs/job-queue';
import { JobTurns, UNFINISHED } from '../jobs/job-turns';
import { JobErrorCode } from '../jobs/jobs.errors';
import { AgencyReportBuilder } from './agency-report.builder';
import { ReportRenderer } from './pdf-renderer.provider';
import { zipDirectory, zipEntry } from './zip';

export const REPORT_PACK_QUEUE = 'report-pack' satisfies JobKind;
/** Packs a partnership may have waiting or being built at once. */
const MAX_UNFINISHED = 3;

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Report packs, a ZIP of every agency's report, built by short idempotent steps on the job
 * queue: how and why in ../jobs/README.md.
 */
@Injectable()
export class ReportPacksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agency: AgencyReportBuilder,
    private readonly renderer: ReportRenderer,
    private readonly queue: JobQueue,
    private readonly turns: JobTurns,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The cycle's unfinished pack in the reports' language, or a new one with its reports planned;
   * at most MAX_UNFINISHED per partnership. Either way the partnership's turn is queued, in the
   * same transaction. Returns the pack's id.
   */
  async start(actor: Actor, cycleId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      const cycle = await queryRow<{ pid: string }>(
        tx,
        'SELECT partnership_id AS pid FROM cycles WHERE id = $1',
        [cycleId],
      );
      if (!cycle) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
      // One request of a partnership at a time decides: no two packs, no fourth.
      await run(tx, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `report-pack:${cycle.pid}`,
      ]);
      let pack = await queryRow<{ id: string }>(
        tx,
        `SELECT id FROM jobs WHERE kind = 'report-pack' AND cycle_id = $1 AND lang = $2 AND ${UNFINISHED}`,
        [cycleId, REPORT_LANG],
      );
      if (!pack) {
        const { n } = await oneRow<{ n: number }>(
          tx,
          `SELECT count(*)::int AS n FROM jobs WHERE kind = 'report-pack' AND partnership_id = $1 AND ${UNFINISHED}`,
          [cycle.pid],
        );
        if (n >= MAX_UNFINISHED)
          throw new TooManyRequestsError(
            JobErrorCode.REPORT_PACKS_WAITING,
            `the partnership already has ${n} report packs waiting or being built; try again when one is done`,
            60,
          );
        const audits = await queryRows<{ id: string; name: string }>(
          tx,
          `SELECT a.id, o.name FROM audits a JOIN organisations o ON o.id = a.organisation_id
            WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} ORDER BY o.name, a.id`,
          [cycleId],
        );
        const used = new Set<string>();
        const names = audits.map((a) => {
          let name = `${slug(a.name)}.pdf`;
          if (used.has(name)) name = name.replace(/\.pdf$/, `-${a.id.slice(0, 8)}.pdf`);
          used.add(name);
          return name;
        });
        pack = await oneRow<{ id: string }>(
          tx,
          `INSERT INTO jobs (kind, partnership_id, cycle_id, lang, requested_by_id, total)
           VALUES ('report-pack', $1, $2, $3, $4, $5) RETURNING id`,
          [cycle.pid, cycleId, REPORT_LANG, actor.userId, audits.length],
        );
        await run(
          tx,
          `INSERT INTO job_parts (job_id, seq, name, source_id)
           SELECT $1, p.seq - 1, p.name, p.source FROM unnest($2::text[], $3::uuid[]) WITH ORDINALITY AS p(name, source, seq)`,
          [pack.id, names, audits.map((a) => a.id)],
        );
      }
      await this.queue.send(REPORT_PACK_QUEUE, { partnershipId: cycle.pid }, cycle.pid, tx);
      return pack.id;
    });
  }

  /** Queues a turn for every partnership with an unfinished pack (at start: none is lost). */
  resume(): Promise<void> {
    return this.turns.resume(REPORT_PACK_QUEUE);
  }

  /** One turn of a partnership: the next part of its oldest unfinished pack. */
  step(data: object, job: { retryCount: number }): Promise<void> {
    return this.turns.turn(
      REPORT_PACK_QUEUE,
      data,
      job,
      (pack) => this.buildNextPart(pack.id, pack.cycle_id!),
      'the report pack could not be built; try again, and tell the administrator if it fails again',
    );
  }

  private async buildNextPart(jobId: string, cycleId: string): Promise<void> {
    const part = await queryRow<{ seq: number; name: string; source_id: string }>(
      this.db,
      'SELECT seq, name, source_id FROM job_parts WHERE job_id = $1 AND data IS NULL ORDER BY seq LIMIT 1',
      [jobId],
    );
    if (part) {
      logger.info({ jobId, part: part.seq }, 'report pack step');
      const model = await this.agency.build(part.source_id, this.config.PROTECTIVE_MARKING);
      const pdf = await renderAgencyReportPdf(this.renderer, model);
      const entry = await zipEntry(part.name, pdf, this.clock.now());
      // Written once: a step run again (its first run presumed dead) changes nothing.
      await run(
        this.db,
        `WITH part AS (UPDATE job_parts SET data = $3 WHERE job_id = $1 AND seq = $2 AND data IS NULL RETURNING 1)
         UPDATE jobs SET done = done + (SELECT count(*) FROM part), updated_at = $4 WHERE id = $1`,
        [jobId, part.seq, entry, this.clock.now()],
      );
      return;
    }
    // Every report is in: the central directory (a part with no name) ends the archive.
    logger.info({ jobId }, 'report pack step: the ZIP directory');
    const entries = await queryRows<{ head: Buffer; length: number }>(
      this.db,
      `SELECT substring(data FROM 1 FOR 30 + octet_length(name)) AS head, length(data) AS length
         FROM job_parts WHERE job_id = $1 AND name IS NOT NULL ORDER BY seq`,
      [jobId],
    );
    await run(
      this.db,
      'INSERT INTO job_parts (job_id, seq, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [jobId, entries.length, zipDirectory(entries)],
    );
    const cycle = await oneRow<{ name: string }>(this.db, 'SELECT name FROM cycles WHERE id = $1', [
      cycleId,
    ]);
    await run(
      this.db,
      `UPDATE jobs SET status = 'done', result_name = $2, updated_at = $3,
              result_size = (SELECT sum(length(data)) FROM job_parts WHERE job_id = $1)
        WHERE id = $1 AND status = 'running'`,
      [jobId, `agency-reports-${slug(cycle.name)}.zip`, this.clock.now()],
    );
  }
}
