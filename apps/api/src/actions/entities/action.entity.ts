import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';
import { Audit } from '../../audits/entities/audit.entity';

/** An improvement action in an audit's action plan. */
@Entity('actions')
@Index('actions_audit_idx', ['auditId'])
@Check('actions_status_check', oneOfSql('status', ACTION_STATUSES))
export class Action extends UpdatedRow {
  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'text', nullable: true })
  indicatorCode!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** Who will do it: a name or role, as agencies write it. */
  @Column({ type: 'text' })
  owner!: string;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'not_started' })
  status!: ActionStatus;

  /** The open action of an earlier audit this one carries over. */
  @Column({ type: 'uuid', nullable: true })
  carriedFromId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** When it was last marked done or dropped (the clock's time); null while open. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
