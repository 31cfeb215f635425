import { Column, Entity } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';

@Entity('users')
export class User extends UpdatedRow {
  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;
}
