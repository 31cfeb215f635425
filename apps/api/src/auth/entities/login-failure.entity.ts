import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed login, kept for the per-account and per-address rate limits. */
@Entity('login_failures')
@Index('login_failures_account_idx', ['account', 'attemptedAt'])
@Index('login_failures_ip_idx', ['ip', 'attemptedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** Lower-cased email as typed, whether or not an account exists. */
  @Column({ type: 'text' })
  account!: string;

  @Column({ type: 'text' })
  ip!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
