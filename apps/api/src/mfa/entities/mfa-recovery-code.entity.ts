import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A single-use recovery code: shown once, only its SHA-256 kept (80 random bits, so a plain hash
 * is enough, as for account links). Used: `used_at` set, in the statement that accepts it.
 */
@Entity('mfa_recovery_codes')
@Index('mfa_recovery_codes_user_code_idx', ['userId', 'codeHash'], { unique: true })
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** SHA-256 (hex) of the code, normalised (lower case, no hyphens). */
  @Column({ type: 'text' })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
