import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { renderAgencyReportPdf } from '@pies/reports';
import archiver from 'archiver';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { boardVisibleSql } from '../audits/audit-rules.sql';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { AgencyReportBuilder } from '../reports/agency-report.builder';
import { ReportRenderer } from '../reports/pdf-renderer.provider';
import type { Job } from './entities/job.entity';
import { JobResults } from './job-results';
import { CommonErrorCode } from '../common/errors/common.errors';
import { JobErrorCode } from './jobs.errors';
import { changeRows, oneRow, queryRow, queryRows } from '../database/typed-query';

/**
 * A running job whose heartbeat is older than this many heartbeats is taken to have lost its
 * worker: a live worker has missed several in a row before another process takes over.
 */
const STALE_HEARTBEATS = 4;
const POLL_MS = 1000;

/** The job was claimed again by another worker (this one was presumed stopped). */
class LostClaimError extends Error {}

export interface JobView {
  id: string;
  kind: string;
  status: string;
  done: number;
  total: number;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  downloadUrl: string | null;
}

const SELECT = `SELECT id, kind, status, done, total, error, created_at AS "createdAt", updated_at AS "updatedAt",
  CASE WHEN status = 'done' THEN '/api/jobs/' || id || '/download' END AS "downloadUrl" FROM jobs`;

/**
 * Background jobs in PostgreSQL. Each API process polls for queued work and claims one job at
 * a time with FOR UPDATE SKIP LOCKED; a running job whose heartbeat is four heartbeats old (a
 * minute by default: its process stopped) is claimed again, so work survives restarts. Each claim is a new
 * attempt, and every write a worker makes names its attempt: a worker that was only slow,
 * not stopped, finds its claim gone at its next write and stops without touching the work of
 * the one that replaced it.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  /** How often a worker beats while it runs a job, whatever each step takes; a test lowers it. */
  heartbeatMs: number;
  private readonly staleSeconds: number;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agency: AgencyReportBuilder,
    private readonly renderer: ReportRenderer,
    private readonly results: JobResults,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.heartbeatMs = config.JOB_HEARTBEAT_SECONDS * 1000;
    this.staleSeconds = config.JOB_HEARTBEAT_SECONDS * STALE_HEARTBEATS;
  }

  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  async startReportPack(actor: Actor, cycleId: string): Promise<JobView> {
    const cycle = await queryRow<{ partnership_id: string }>(
      this.db,
      'SELECT partnership_id FROM cycles WHERE id = $1',
      [cycleId],
    );
    if (!cycle) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'cycle');
    const { id } = await oneRow<{ id: string }>(
      this.db,
      `INSERT INTO jobs (kind, partnership_id, cycle_id, requested_by_id) VALUES ('report-pack', $1, $2, $3) RETURNING id`,
      [cycle.partnership_id, cycleId, actor.userId],
    );
    return this.get(id);
  }

  async get(id: string): Promise<JobView> {
    const row = await queryRow<JobView>(this.db, `${SELECT} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'job');
    return row;
  }

  /** A finished job's result as a stream read from the database a chunk at a time. */
  async download(id: string): Promise<{ name: string; size: number; content: Readable }> {
    const row = await queryRow<{
      status: Job['status'];
      attempt: number;
      result_name: string;
      result_size: string;
    }>(this.db, 'SELECT status, attempt, result_name, result_size FROM jobs WHERE id = $1', [id]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'job');
    if (row.status !== 'done')
      throw new ConflictError(
        JobErrorCode.JOB_NOT_DONE,
        `the job is ${row.status}; download it when it is done`,
        { status: row.status },
      );
    const size = Number(row.result_size);
    return {
      name: row.result_name,
      size,
      content: Readable.from(this.results.read(id, row.attempt, size), { objectMode: false }),
    };
  }

  /** Claims and runs one job, if any is waiting. */
  async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      // For UPDATE ... RETURNING the driver answers [rows, affectedCount].
      const {
        rows: [job],
      } = await changeRows<{ id: string; cycle_id: string; attempt: number }>(
        this.db,
        `UPDATE jobs SET status = 'running', attempt = attempt + 1, heartbeat_at = now(), updated_at = now()
          WHERE id = (SELECT id FROM jobs
                       WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                       ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
          RETURNING id, cycle_id, attempt`,
        [this.staleSeconds],
      );
      if (!job) return;
      logger.info({ jobId: job.id, attempt: job.attempt }, 'job claimed');
      await this.runReportPack(job.id, job.attempt, job.cycle_id);
    } catch (err) {
      if (!this.stopped) logger.error({ err }, 'job worker error');
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs `sql` (its `$1` the job, `$2` the attempt, more parameters after) only while the job
   * still holds this attempt; throws LostClaimError once another worker has claimed it.
   */
  private async write(jobId: string, attempt: number, sql: string, params: unknown[] = []) {
    const { affected } = await changeRows(this.db, `${sql} WHERE id = $1 AND attempt = $2`, [
      jobId,
      attempt,
      ...params,
    ]);
    if (affected === 0) throw new LostClaimError(`job ${jobId}: attempt ${attempt} was superseded`);
  }

  private async runReportPack(jobId: string, attempt: number, cycleId: string): Promise<void> {
    let zip: archiver.Archiver | undefined;
    let written: Promise<void> | undefined;
    // Beats on its own clock, so a slow step (a large report) never looks like a stopped worker.
    let lost: unknown = null;
    const beat = setInterval(() => {
      this.write(jobId, attempt, `UPDATE jobs SET heartbeat_at = now()`).catch((err) => {
        if (err instanceof LostClaimError) lost ??= err;
        else logger.warn({ err, jobId }, 'job heartbeat failed; trying again');
      });
    }, this.heartbeatMs);
    beat.unref();
    try {
      // A job claimed again after its worker stopped starts over: drop what that worker stored.
      await this.results.clearBefore(jobId, attempt);
      const audits = await queryRows<{ id: string; name: string }>(
        this.db,
        `SELECT a.id, o.name FROM audits a JOIN organisations o ON o.id = a.organisation_id
          WHERE a.cycle_id = $1 AND ${boardVisibleSql('a')} ORDER BY o.name`,
        [cycleId],
      );
      await this.write(jobId, attempt, 'UPDATE jobs SET total = $3, done = 0, result_size = NULL', [
        audits.length,
      ]);
      // Chromium's PDFs still shrink by about a third (fonts, page structure); deflate level 1
      // comes within a few per cent of level 6 for a few ms a PDF, off the main thread.
      const archive = (zip = archiver('zip', { zlib: { level: 1 } }));
      const sink = this.results.writer(jobId, attempt);
      written = pipeline(archive, sink);
      written.catch(() => undefined); // awaited below; this only keeps an early failure handled
      const used = new Set<string>();
      for (const [i, a] of audits.entries()) {
        // Another process picks the job up once its heartbeat is stale, and starts over.
        if (this.stopped) throw new Error('the API is stopping');
        if (lost) throw lost;
        const model = await this.agency.build(a.id, this.config.PROTECTIVE_MARKING);
        let name = `${a.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
        if (used.has(name)) name = name.replace(/\.pdf$/, `-${a.id.slice(0, 8)}.pdf`);
        used.add(name);
        const pdf = await renderAgencyReportPdf(this.renderer, model);
        // The next PDF is rendered only once the archive has taken this one, and the archive
        // takes it only as fast as the chunks are stored: one or two PDFs in memory at most.
        const taken = new Promise<void>((resolve) => archive.once('entry', () => resolve()));
        archive.append(pdf, { name });
        await Promise.race([taken, written]);
        await this.write(
          jobId,
          attempt,
          'UPDATE jobs SET done = $3, heartbeat_at = now(), updated_at = now()',
          [i + 1],
        );
      }
      await archive.finalize();
      await written;
      const c = await oneRow<{ name: string }>(this.db, 'SELECT name FROM cycles WHERE id = $1', [
        cycleId,
      ]);
      await this.write(
        jobId,
        attempt,
        `UPDATE jobs SET status = 'done', result_size = $3, result_name = $4, updated_at = now()`,
        [sink.bytes, `agency-reports-${String(c.name).replace(/[^A-Za-z0-9]+/g, '-')}.zip`],
      );
    } catch (err) {
      // Stop the archive and wait until no chunk insert is in flight, then drop the chunks.
      zip?.destroy();
      await written?.catch(() => undefined);
      if (this.stopped) return; // shutting down: left for another process, as above
      if (err instanceof LostClaimError) {
        logger.warn({ jobId, attempt }, 'report pack taken over by another worker; stopped');
      } else {
        logger.error({ err, jobId }, 'report pack failed');
        await this.write(
          jobId,
          attempt,
          `UPDATE jobs SET status = 'failed', error = $3, updated_at = now()`,
          [
            'the report pack could not be built; try again, and tell the administrator if it fails again',
          ],
        ).catch(() => undefined); // superseded meanwhile: the new attempt decides
      }
      await this.results.clear(jobId, attempt);
    } finally {
      clearInterval(beat);
    }
  }
}
