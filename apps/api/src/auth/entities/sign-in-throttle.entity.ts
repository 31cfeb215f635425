import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One sign-in counter (see auth/README.md): failures of a client, an account or an address. */
@Entity('sign_in_throttles')
@Index('sign_in_throttles_last_failure_idx', ['lastFailureAt'])
export class SignInThrottle {
  /** `pair:<email> <address>`, `device:<nonce>`, `account:<email>` or `address:<address>`. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** Failures allowed before each further one waits; kept with the row the statement counts. */
  @Column({ type: 'int' })
  allowance!: number;

  /** Attempts admitted and not (yet) known to be right, since the counter was last forgotten. */
  @Column({ type: 'int' })
  failures!: number;

  @Column({ type: 'timestamptz' })
  lastFailureAt!: Date;

  /** No attempt counted by this row is admitted before this time. */
  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;
}
