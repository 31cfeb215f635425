import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';

/**
 * One piece of a job's result, in order of `seq` from 0: planned when the job is requested
 * (`name`, and the `sourceId` it is built from), its `data` written once by whichever job step
 * builds it. A report pack's parts are the ZIP's entries, each a few hundred KB, then its
 * central directory; the download streams them in order. An export plans its parts as it goes,
 * each step noting in `meta` what the part holds and where the next one starts.
 */
@Entity('job_parts')
export class JobPart {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'bytea', nullable: true })
  data!: Buffer | null;

  /** What the step that built the part tells the steps after it (its kind's own shape). */
  @Column({ type: 'jsonb', nullable: true })
  meta!: object | null;
}
