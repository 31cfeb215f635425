import { Clock } from '../clock/clock';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { logger } from '../common/logging/logger';
import { changeRows, oneRow, queryRows, run } from '../database/typed-query';
import type { JobKind } from './entities/job.entity';
import { JobQueue } from './job-queue';

/** A job waiting or being built. */
export const UNFINISHED = `status IN ('queued', 'running')`;
/** Tries at one step before its job fails. */
const STEP_ATTEMPTS = 3;

/** The job a turn works on. */
export interface TurnJob {
  id: string;
  cycle_id: string | null;
}

/**
 * Partnerships' turns at the jobs of one kind, on the queue named after it (keyed by
 * partnership): each turn runs one short idempotent step of the partnership's oldest unfinished
 * job, then queues the next turn while there is more. Why in ./README.md.
 */
@Injectable()
export class JobTurns {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Queues a turn for every partnership with an unfinished job of `kind` (at start: none is lost). */
  async resume(kind: JobKind): Promise<void> {
    const rows = await queryRows<{ pid: string }>(
      this.db,
      `SELECT DISTINCT partnership_id AS pid FROM jobs WHERE kind = $1 AND ${UNFINISHED}`,
      [kind],
    );
    for (const { pid } of rows) await this.queue.send(kind, { partnershipId: pid }, pid);
  }

  /**
   * One turn: `step` on the partnership's oldest unfinished job of `kind`. A step that throws is
   * tried again after a pause; at its last try the job fails with `failure` and its parts go.
   */
  async turn(
    kind: JobKind,
    data: object,
    attempt: { retryCount: number },
    step: (job: TurnJob) => Promise<void>,
    failure: string,
  ): Promise<void> {
    const { partnershipId } = data as { partnershipId: string };
    const {
      rows: [job],
    } = await changeRows<TurnJob>(
      this.db,
      `UPDATE jobs SET status = 'running' WHERE id = (
         SELECT id FROM jobs WHERE partnership_id = $1 AND kind = $2 AND ${UNFINISHED} ORDER BY created_at LIMIT 1)
       RETURNING id, cycle_id`,
      [partnershipId, kind],
    );
    if (!job) return;
    try {
      await step(job);
    } catch (err) {
      if (attempt.retryCount + 1 < STEP_ATTEMPTS) throw err; // tried again after a pause
      logger.error({ err, jobId: job.id, kind }, 'job failed');
      await run(
        this.db,
        `WITH failed AS (UPDATE jobs SET status = 'failed', error = $2, updated_at = $3 WHERE id = $1 RETURNING id)
         DELETE FROM job_parts WHERE job_id IN (SELECT id FROM failed)`,
        [job.id, failure, this.clock.now()],
      );
    }
    const more = await oneRow<{ yes: boolean }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM jobs WHERE partnership_id = $1 AND kind = $2 AND ${UNFINISHED}) AS yes`,
      [partnershipId, kind],
    );
    if (more.yes) await this.queue.send(kind, { partnershipId }, partnershipId);
  }
}
