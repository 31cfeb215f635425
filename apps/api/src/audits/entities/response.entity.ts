import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { Audit } from './audit.entity';

/** The answer to one indicator. `version` guards against silent overwrites. */
@Entity('responses')
@Check('responses_answer_check', `NOT (not_applicable AND level IS NOT NULL)`)
export class Response {
  @PrimaryColumn({ type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  indicatorCode!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'int', nullable: true })
  level!: number | null;

  @Column({ type: 'boolean', default: false })
  notApplicable!: boolean;

  @Column({ type: 'text', nullable: true })
  notApplicableReason!: string | null;

  @Column({ type: 'text', nullable: true })
  commentary!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  /** Copied from the previous audit and the indicator's text has changed since. */
  @Column({ type: 'boolean', default: false })
  changedSinceLast!: boolean;

  @Column({ type: 'boolean', default: false })
  prefilled!: boolean;

  /**
   * When a person stood behind a pre-filled answer: confirmed it, or saved an answer over it.
   * Null on a pre-filled answer means "carried forward: confirm" (a gap on submitting).
   */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
