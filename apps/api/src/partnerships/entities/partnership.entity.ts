import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '@pies/domain';
import { Check, Column, Entity } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';

/** A Safeguarding Children Partnership: the board, and the tenant boundary. */
@Entity('partnerships')
@Check(
  'partnerships_reminder_days_check',
  `1 <= ALL(reminder_days) AND 365 >= ALL(reminder_days) AND cardinality(reminder_days) <= ${MAX_REMINDER_DAYS}`,
)
export class Partnership extends UpdatedRow {
  @Column({ type: 'text', unique: true })
  name!: string;

  /** Area covered, e.g. "Cambridgeshire and Peterborough". */
  @Column({ type: 'text', nullable: true })
  area!: string | null;

  /** Its board members and partnership admins must sign in with a second factor (mfa/README.md). */
  @Column({ type: 'boolean', default: false })
  requireMfa!: boolean;

  /** Days before a cycle's due date its agencies still working on their audits are reminded. */
  @Column({
    type: 'smallint',
    array: true,
    default: () => `'{${DEFAULT_REMINDER_DAYS.join(',')}}'`,
  })
  reminderDays!: number[];
}
