import { Column, Entity } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';

/** A Safeguarding Children Partnership: the board, and the tenant boundary. */
@Entity('partnerships')
export class Partnership extends UpdatedRow {
  @Column({ type: 'text', unique: true })
  name!: string;

  /** Area covered, e.g. "Cambridgeshire and Peterborough". */
  @Column({ type: 'text', nullable: true })
  area!: string | null;

  /** Its board members and partnership admins must sign in with a second factor (mfa/README.md). */
  @Column({ type: 'boolean', default: false })
  requireMfa!: boolean;
}
