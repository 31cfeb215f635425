import { Column, Entity } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';

@Entity('users')
export class User extends UpdatedRow {
  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  /** argon2id; null until the person sets one from their invitation link. */
  @Column({ type: 'text', select: false, nullable: true })
  passwordHash!: string | null;

  /** Set while the account is deactivated: no session of it works and it cannot sign in. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;

  /**
   * Set at a sign-in whose password is shorter than the policy now asks: until it is changed,
   * the account's sessions may only reach the routes about themselves (`@SignedIn`).
   */
  @Column({ type: 'boolean', default: false })
  passwordChangeRequired!: boolean;
}
