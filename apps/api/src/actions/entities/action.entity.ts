import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { closingStatusSql } from '../action-rules.sql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';
import { Audit } from '../../audits/entities/audit.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../users/entities/user.entity';

/**
 * An improvement action in an organisation's action plan. It belongs to the organisation, not to
 * one audit: raised in one audit, it is the same action in every later audit's plan until it is
 * done or dropped (see `actionPlanSql`).
 */
@Entity('actions')
@Index('actions_organisation_idx', ['organisationId', 'status'])
@Index('actions_raised_in_audit_idx', ['raisedInAuditId'])
@Check('actions_status_check', oneOfSql('status', ACTION_STATUSES))
@Check('actions_owner_check', '(owner_id IS NULL) <> (owner IS NULL)')
// When it was closed is known exactly when it is closed (done or dropped), and only then.
@Check('actions_closed_at_check', `(${closingStatusSql('status')}) = (closed_at IS NOT NULL)`)
export class Action extends UpdatedRow {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  organisation?: Organisation;

  /** The audit whose action plan it was raised in. */
  @Column({ type: 'uuid' })
  raisedInAuditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  raisedInAudit?: Audit;

  @Column({ type: 'text', nullable: true })
  indicatorCode!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** Who will do it, when they have an account: a member of the organisation. */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'owner_id' })
  ownerUser?: User;

  /** Who will do it when they have no account: a name or role, as agencies write it. */
  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'not_started' })
  status!: ActionStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** When it was last marked done or dropped (the clock's time); null while open. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
