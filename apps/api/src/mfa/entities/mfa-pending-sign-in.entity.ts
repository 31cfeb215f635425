import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A sign-in whose password was right, waiting for its second step (a code, or enrolment): the
 * `pies_mfa` cookie holds a random token, this row its SHA-256. It lives a few minutes, is used
 * once, and holds the password attempt's throttle counters so they are settled only when the
 * second step succeeds.
 */
@Entity('mfa_pending_sign_ins')
@Index('mfa_pending_sign_ins_user_idx', ['userId'])
export class MfaPendingSignIn {
  /** SHA-256 of the cookie's token, hex. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** 'mfa': a code is asked; 'mfa-enrol': the person must enrol first. */
  @Column({ type: 'text' })
  step!: 'mfa' | 'mfa-enrol';

  /** The password was shorter than the policy asks: the session opened must change it first. */
  @Column({ type: 'boolean' })
  passwordChangeRequired!: boolean;

  /** The password attempt's throttle counters (`SignInAttempt`), settled on success. */
  @Column({ type: 'jsonb' })
  attempt!: { client: string; shared: string[] };

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
