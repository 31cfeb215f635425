import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

export type AccountTokenPurpose = 'invitation' | 'password-reset';

/**
 * A link that lets the holder of a mailbox set the account's password: an invitation (7 days) or
 * a password reset (1 hour). The link carries `<id>.<secret>`; only the SHA-256 of the secret is
 * stored (auth/README.md, "Account links"). Used once: `used_at` is set in the transaction that
 * sets the password.
 */
@Entity('account_tokens')
@Check('account_tokens_purpose_check', `purpose IN ('invitation', 'password-reset')`)
@Index('account_tokens_user_idx', ['userId', 'purpose'])
export class AccountToken {
  /** Random, made by the API (the link's first part): not a secret, only a handle. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text' })
  purpose!: AccountTokenPurpose;

  /** SHA-256 of the link's secret, hex. */
  @Column({ type: 'text' })
  verifier!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** The clock's time when it was issued. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
