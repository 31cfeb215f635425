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
 * A background job a user asked for (a ZIP of every agency's report): its status, progress and
 * result, which it keeps after the pg-boss jobs that build it (in the queue's own schema) are gone.
 * One unfinished pack per cycle and language.
 */
@Entity('jobs')
@Index('jobs_queue_idx', ['partnershipId', 'status', 'createdAt'])
@Index('jobs_one_unfinished_pack', ['cycleId', 'lang'], {
  unique: true,
  where: `status IN ('queued', 'running')`,
})
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
