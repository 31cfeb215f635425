import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** A login session. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('sessions')
@Index('sessions_user_idx', ['userId'])
@Index('sessions_expires_idx', ['expiresAt'])
export class Session {
  /** SHA-256 of the session token, hex. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  /**
   * How the person's own session list names it (GET and DELETE /account/sessions): the token's
   * hash never leaves the server.
   */
  @Index('sessions_public_id_key', { unique: true })
  @Column({ type: 'uuid' })
  @Generated('uuid')
  publicId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text' })
  csrfToken!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute expiry; the idle timeout is checked against lastSeenAt. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
