import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per cycle, indicator, sector and audit state: how many answered it, the sum of levels and how
 * many were below benchmark. Refreshed in the transaction of every audit state change, so the
 * weakest/strongest indicators need no scan of responses.
 */
@Entity('cycle_indicator_stats')
export class CycleIndicatorStat {
  @PrimaryColumn({ type: 'uuid' })
  cycleId!: string;

  @PrimaryColumn({ type: 'text' })
  indicatorCode!: string;

  @PrimaryColumn({ type: 'text' })
  sector!: string;

  @PrimaryColumn({ type: 'text' })
  status!: string;

  @Column({ type: 'int' })
  responses!: number;

  @Column({ type: 'int' })
  levelSum!: number;

  @Column({ type: 'int' })
  belowBenchmark!: number;
}
