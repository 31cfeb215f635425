import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TIME_ZONE } from '@pies/domain';
import { PgBoss } from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { logger } from '../common/logging/logger';
import { AppConfig } from '../config/app-config';
import { JOB_SCHEMA } from '../database/data-source-options';
import { sqlExecutor } from '../database/typed-query';

/** Runs one job of a queue; it must be idempotent: a step whose process died is run again. */
export type JobHandler = (data: object, job: { id: string; retryCount: number }) => Promise<void>;

const BACKING_OFF = 'JOB_QUEUE_BACKING_OFF';
const MAX_BACKOFF_S = 60;

/** No answer from the server (a connection error), as against an error the server reported. */
const unreachable = (err: { severity?: unknown; code?: unknown }) =>
  err.code === BACKING_OFF || !err.severity || /^(08|57P)/.test(String(err.code));

/**
 * While the database does not answer, the queue's SQL waits out a backoff (1 s doubling to a
 * minute) between single probes, failing at once in between; each failed probe is logged once.
 */
class Backoff {
  private step = 0;
  private until = 0;
  private probing = false;

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.step && (this.probing || Date.now() < this.until))
      throw Object.assign(new Error('the database is unreachable: waiting'), { code: BACKING_OFF });
    const probe = (this.probing = this.step > 0);
    try {
      const result = await work();
      if (this.step) logger.info('the database answers again: background jobs resume');
      this.step = 0;
      return result;
    } catch (err) {
      if (unreachable(err as object) && (probe || !this.step)) {
        this.step = Math.min(this.step * 2 || 1, MAX_BACKOFF_S);
        this.until = Date.now() + this.step * 1000;
        logger.warn(
          { err: (err as Error).message, retryInSeconds: this.step },
          'the database is unreachable: background jobs wait',
        );
      }
      throw err;
    } finally {
      if (probe) this.probing = false;
    }
  }
}

/**
 * Background work on pg-boss, on the app's own connection pool. Every API process (and a
 * worker-only one) runs every queue's jobs. Each queue keeps one job queued and one running per
 * key (pg-boss's `stately` policy), so jobs with the same key run one at a time, and keys take
 * turns in the order they were queued. Handlers are registered in one place, jobs.module.ts.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workers = new Map<string, string>();

  constructor(
    @InjectDataSource() db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    const backoff = new Backoff();
    const pool = sqlExecutor(db);
    const supervise = Math.min(30, config.JOB_EXPIRE_SECONDS);
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => backoff.run(() => pool.executeSql(text, values)) },
      schema: JOB_SCHEMA,
      superviseIntervalSeconds: supervise,
      monitorIntervalSeconds: supervise,
      registerInstance: false,
    });
    // Connection errors are the backoff's to report, once per step.
    this.boss.on('error', (err) => {
      if (!unreachable(err as object)) logger.error({ err }, 'job queue error');
    });
    this.boss.on('warning', (w) => logger.warn({ data: w.data }, `job queue: ${w.message}`));
  }

  /** Registers the handler of a queue (before the app starts). */
  handle(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  /** Queues a job unless one with the same key is already queued; inside `tx` when given. */
  async send(name: string, data: object, key: string, tx?: EntityManager): Promise<void> {
    await this.boss.send(name, data, { singletonKey: key, db: tx && sqlExecutor(tx) });
    const worker = this.workers.get(name);
    if (worker) this.boss.notifyWorker(worker); // at once rather than at the next poll
  }

  /**
   * Queues a job of `name` on a cron expression in London time, once across every process
   * (pg-boss keeps one schedule per name; each process setting it at start is an upsert). One
   * missed while every process was down is sent once when one is back. After start().
   */
  async schedule(name: string, cron: string): Promise<void> {
    await this.boss.schedule(name, cron, null, { tz: TIME_ZONE, missed: 'once' });
  }

  /** Starts pg-boss (installing or migrating its schema) and a worker for each queue. */
  async start(): Promise<void> {
    await this.boss.start();
    for (const [name, handler] of this.handlers) {
      const options = {
        expireInSeconds: this.config.JOB_EXPIRE_SECONDS,
        retryLimit: 50,
        retryDelay: 1,
        retryBackoff: true,
        retryDelayMax: MAX_BACKOFF_S,
      };
      await this.boss.createQueue(name, { policy: 'stately', ...options });
      await this.boss.updateQueue(name, options);
      const id = await this.boss.work<object>(
        name,
        { pollingIntervalSeconds: 1 },
        async ([job]) => {
          try {
            await handler(job.data, job);
          } catch (err) {
            logger.warn({ err, queue: name, data: job.data }, 'job failed; it is tried again');
            throw err;
          }
        },
      );
      this.workers.set(name, id);
    }
    logger.info({ queues: [...this.handlers.keys()] }, 'job queue started');
  }

  /** Waits a second for running steps, then hands them back for another process to run. */
  async onModuleDestroy() {
    await this.boss.stop({ graceful: true, timeout: 1000, close: false });
  }
}
