import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { renderAgencyReportPdf } from '@pies/reports';
import archiver from 'archiver';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/access/actor';
import { ScopeResolvers } from '../common/access/scope-resolvers';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { BOARD_STATES } from '../dashboards/partnership-dashboard.service';
import { AgencyReportBuilder } from '../reports/agency-report.builder';
import { ReportRenderer } from '../reports/pdf-renderer.provider';
import { JobResults } from './job-results';

const STALE_SECONDS = 60;
const POLL_MS = 1000;

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
 * a time with FOR UPDATE SKIP LOCKED; a running job whose heartbeat is older than a minute
 * (its process stopped) is claimed again, so work survives restarts.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: ScopeResolvers,
    private readonly agency: AgencyReportBuilder,
    private readonly renderer: ReportRenderer,
    private readonly results: JobResults,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.scopes.register(
      'jobId',
      'job',
      'SELECT ARRAY[partnership_id] AS partnership_ids FROM jobs WHERE id = $1',
    );
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
    const [cycle] = await this.db.query('SELECT partnership_id FROM cycles WHERE id = $1', [
      cycleId,
    ]);
    if (!cycle) throw new NotFoundError('cycle');
    const [{ id }] = await this.db.query(
      `INSERT INTO jobs (kind, partnership_id, cycle_id, requested_by_id) VALUES ('report-pack', $1, $2, $3) RETURNING id`,
      [cycle.partnership_id, cycleId, actor.userId],
    );
    return this.get(id);
  }

  async get(id: string): Promise<JobView> {
    const [row] = await this.db.query(`${SELECT} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError('job');
    return row;
  }

  /** A finished job's result as a stream read from the database a chunk at a time. */
  async download(id: string): Promise<{ name: string; size: number; content: Readable }> {
    const [row] = await this.db.query(
      'SELECT status, result_name, result_size FROM jobs WHERE id = $1',
      [id],
    );
    if (!row) throw new NotFoundError('job');
    if (row.status !== 'done')
      throw new ConflictError(`the job is ${row.status}; download it when it is done`);
    const size = Number(row.result_size);
    return {
      name: row.result_name,
      size,
      content: Readable.from(this.results.read(id, size), { objectMode: false }),
    };
  }

  /** Claims and runs one job, if any is waiting. */
  async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      // For UPDATE ... RETURNING the driver answers [rows, affectedCount].
      const [[job]] = await this.db.query(
        `UPDATE jobs SET status = 'running', heartbeat_at = now(), updated_at = now()
          WHERE id = (SELECT id FROM jobs
                       WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                       ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
          RETURNING id, cycle_id`,
        [STALE_SECONDS],
      );
      if (job) await this.runReportPack(job.id, job.cycle_id);
    } catch (err) {
      if (!this.stopped) logger.error({ err }, 'job worker error');
    } finally {
      this.busy = false;
    }
  }

  private async runReportPack(jobId: string, cycleId: string): Promise<void> {
    let zip: archiver.Archiver | undefined;
    let written: Promise<void> | undefined;
    try {
      // A job claimed again after its worker stopped starts over: drop what that worker stored.
      await this.results.clear(jobId);
      const audits: { id: string; name: string }[] = await this.db.query(
        `SELECT a.id, o.name FROM audits a JOIN organisations o ON o.id = a.organisation_id
          WHERE a.cycle_id = $1 AND a.status = ANY($2) ORDER BY o.name`,
        [cycleId, BOARD_STATES],
      );
      await this.db.query(
        'UPDATE jobs SET total = $2, done = 0, result_size = NULL WHERE id = $1',
        [jobId, audits.length],
      );
      // Chromium's PDFs still shrink by about a third (fonts, page structure); deflate level 1
      // comes within a few per cent of level 6 for a few ms a PDF, off the main thread.
      const archive = (zip = archiver('zip', { zlib: { level: 1 } }));
      const sink = this.results.writer(jobId);
      written = pipeline(archive, sink);
      written.catch(() => undefined); // awaited below; this only keeps an early failure handled
      const used = new Set<string>();
      for (const [i, a] of audits.entries()) {
        // Another process picks the job up once its heartbeat is stale, and starts over.
        if (this.stopped) throw new Error('the API is stopping');
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
        await this.db.query(
          'UPDATE jobs SET done = $2, heartbeat_at = now(), updated_at = now() WHERE id = $1',
          [jobId, i + 1],
        );
      }
      await archive.finalize();
      await written;
      const [c] = await this.db.query('SELECT name FROM cycles WHERE id = $1', [cycleId]);
      await this.db.query(
        `UPDATE jobs SET status = 'done', result_size = $2, result_name = $3, updated_at = now() WHERE id = $1`,
        [jobId, sink.bytes, `agency-reports-${String(c.name).replace(/[^A-Za-z0-9]+/g, '-')}.zip`],
      );
    } catch (err) {
      // Stop the archive and wait until no chunk insert is in flight, then drop the chunks.
      zip?.destroy();
      await written?.catch(() => undefined);
      if (this.stopped) return; // shutting down: left for another process, as above
      logger.error({ err, jobId }, 'report pack failed');
      await this.db.query(
        `UPDATE jobs SET status = 'failed', error = $2, updated_at = now() WHERE id = $1`,
        [
          jobId,
          'the report pack could not be built; try again, and tell the administrator if it fails again',
        ],
      );
      await this.results.clear(jobId);
    }
  }
}
