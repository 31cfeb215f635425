import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** What a job builds. */
export type JobKind = 'report-pack' | 'partnership-export';

/**
 * A background job a user asked for (a ZIP of every agency's report, or the export of a
 * partnership): its status, progress and result, which it keeps after the pg-boss jobs that
 * build it (in the queue's own schema) are gone. One unfinished pack per cycle and language,
 * one unfinished export per partnership.
 */
@Entity('jobs')
@Index('jobs_queue_idx', ['partnershipId', 'status', 'createdAt'])
@Index('jobs_one_unfinished_pack', ['cycleId', 'lang'], {
  unique: true,
  where: `status IN ('queued', 'running')`,
})
@Index('jobs_one_unfinished_export', ['partnershipId'], {
  unique: true,
  where: `kind = 'partnership-export' AND status IN ('queued', 'running')`,
})
@Check('jobs_status_check', `status IN ('queued', 'running', 'done', 'failed')`)
export class Job {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: JobKind;

  @Column({ type: 'uuid' })
  partnershipId!: string;

  /** The cycle a report pack is of; none for a partnership's export. */
  @Column({ type: 'uuid', nullable: true })
  cycleId!: string | null;

  /** The language of the reports (BCP 47). */
  @Column({ type: 'text', default: 'en-GB' })
  lang!: string;

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

  /** Bytes of the result once done; the result itself is in `job_parts`. */
  @Column({ type: 'bigint', nullable: true })
  resultSize!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
