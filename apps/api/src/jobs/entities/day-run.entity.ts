import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A London day whose daily run (`RunDayService`) has been done: the scheduled run starts from
 * the day after the latest one, so days missed while every process was down are caught up.
 */
@Entity('day_runs')
export class DayRun {
  /** The London date, `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** When its run finished. */
  @Column({ type: 'timestamptz' })
  ranAt!: Date;
}
