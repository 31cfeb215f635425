import { Column, Entity, Index, OneToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { Audit } from '../../audits/entities/audit.entity';

/**
 * An audit's scores as submitted, written in the submit transaction (its answers cannot change
 * until it is returned and resubmitted). Dashboards aggregate these rows, not raw responses.
 */
@Entity('audit_scores')
@Index('audit_scores_cycle_idx', ['cycleId'])
export class AuditScore {
  @PrimaryColumn({ type: 'uuid' })
  auditId!: string;

  @OneToOne(() => Audit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'audit_id' })
  audit?: Audit;

  @Column({ type: 'uuid' })
  cycleId!: string;

  @Column({ type: 'double precision', nullable: true })
  overall!: number | null;

  /** Area code → score (0-100); areas with no answered, applicable indicator are absent. */
  @Column({ type: 'jsonb' })
  areas!: Record<string, number>;

  /**
   * Codes of the answered indicators below their benchmark (libs/scoring's benchmarkMet), so the
   * cycle's indicator statistics count them without comparing levels in SQL.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  belowBenchmark!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}
