import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Job } from './job.entity';

/**
 * One piece of a job's result (a few MB), in order of `seq` from 0, written by the worker of
 * one `attempt` (only the job's current attempt is read). A result is written and read
 * a chunk at a time, so neither the worker nor a download ever holds the whole of it, and no
 * single value comes near the limits of a `bytea` or of a string in the driver.
 */
@Entity('job_result_chunks')
export class JobResultChunk {
  @PrimaryColumn({ type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => Job, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: Job;

  @PrimaryColumn({ type: 'int' })
  attempt!: number;

  @PrimaryColumn({ type: 'int' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
