import { AUDIT_STATUSES, type AuditStatus } from '@pies/domain';
import { oneOfSql } from '../audit-rules.sql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';
import { Cycle } from '../../cycles/entities/cycle.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../users/entities/user.entity';

/** One organisation's audit in one cycle. */
@Entity('audits')
@Index('audits_cycle_organisation_unique', ['cycleId', 'organisationId'], { unique: true })
@Index('audits_organisation_idx', ['organisationId'])
@Check('audits_status_check', oneOfSql('status', AUDIT_STATUSES))
export class Audit extends UpdatedRow {
  @Column({ type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => Cycle, { onDelete: 'CASCADE' })
  cycle?: Cycle;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  organisation?: Organisation;

  @Column({ type: 'text', default: 'not_started' })
  status!: AuditStatus;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** The earlier audit this one was pre-filled from. */
  @Column({ type: 'uuid', nullable: true })
  prefilledFromId!: string | null;

  /** The board member who has the audit's review; none when unassigned. */
  @Column({ type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  reviewer?: User;
}
