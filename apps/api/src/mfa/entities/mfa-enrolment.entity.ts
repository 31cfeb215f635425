import { Column, Entity, OneToOne, JoinColumn, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A person's TOTP authenticator: one per account. Started when they ask to enrol (the secret
 * made, `confirmed_at` null) and in force once they confirm it with a code. The secret is sealed
 * by SecretBox (context `totp:<user id>`), never stored plain and never shown again.
 */
@Entity('mfa_enrolments')
export class MfaEnrolment {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The TOTP secret (base32), sealed. */
  @Column({ type: 'text' })
  secretSealed!: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  /**
   * The last time step (Unix time / 30 s) a code was accepted for: a code of this step or an
   * earlier one is refused (no replay), checked and moved in one statement.
   */
  @Column({ type: 'bigint', nullable: true })
  lastTimeStep!: string | null;

  /** The clock's time when this secret was made. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
