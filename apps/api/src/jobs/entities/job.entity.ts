import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A background job (e.g. a ZIP of every agency's report), kept in PostgreSQL so it survives an
 * API restart: any API process claims queued jobs, and jobs whose worker stopped heart-beating
 * are claimed again.
 */
@Entity('jobs')
@Index('jobs_queue_idx', ['status', 'createdAt'])
@Check('jobs_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: 'report-pack';

  @Column({ type: 'uuid' })
  partnershipId!: string;

  @Column({ type: 'uuid' })
  cycleId!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ type: 'text', default: 'queued' })
  status!: 'queued' | 'running' | 'done' | 'failed';

  @Column({ type: 'int', default: 0 })
  done!: number;

  @Column({ type: 'int', default: 0 })
  total!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'text', nullable: true })
  resultName!: string | null;

  /** Bytes of the result once done; the result itself is in `job_result_chunks`. */
  @Column({ type: 'bigint', nullable: true })
  resultSize!: string | null;

  /**
   * How many times a worker has claimed it. A worker writes only while the job still holds
   * the attempt it claimed, so one that was presumed stopped and replaced cannot overwrite
   * its successor's progress or result.
   */
  @Column({ type: 'int', default: 0 })
  attempt!: number;

  /** Last heartbeat of the worker running it. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
