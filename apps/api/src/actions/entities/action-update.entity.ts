import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { CreatedRow } from '../../database/base-entities';
import { Action } from './action.entity';

/**
 * One step in an action's history: a progress note, a status change, a moved due date (with its
 * reason). Rows are only ever added; the action's current state is on the action itself.
 */
@Entity('action_updates')
@Index('action_updates_action_idx', ['actionId', 'at'])
@Check('action_updates_status_before_check', oneOfSql('status_before', ACTION_STATUSES))
@Check('action_updates_status_after_check', oneOfSql('status_after', ACTION_STATUSES))
export class ActionUpdate extends CreatedRow {
  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  action?: Action;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The clock's time of the change. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The note: progress, what was done, why it was dropped or why the due date moved. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text' })
  statusBefore!: ActionStatus;

  @Column({ type: 'text' })
  statusAfter!: ActionStatus;

  @Column({ type: 'date', nullable: true })
  dueBefore!: string | null;

  @Column({ type: 'date', nullable: true })
  dueAfter!: string | null;
}
