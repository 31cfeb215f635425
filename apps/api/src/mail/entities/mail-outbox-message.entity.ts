import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Partnership } from '../../partnerships/entities/partnership.entity';
import { User } from '../../users/entities/user.entity';

export type MailStatus = 'queued' | 'sent' | 'failed';

/**
 * One message in the transactional outbox (see ../README.md): written, already rendered, in the
 * transaction of the change that causes it, and sent after commit by the `mail` job. What the
 * Sent mail page shows is exactly what was (or will be) sent.
 */
@Entity('mail_outbox')
@Check('mail_outbox_status_check', `status IN ('queued', 'sent', 'failed')`)
@Index('mail_outbox_queued_idx', ['createdAt'], { where: `status = 'queued'` })
@Index('mail_outbox_partnership_idx', ['partnershipId', 'createdAt'])
@Index('mail_outbox_created_idx', ['createdAt'])
@Index('mail_outbox_to_idx', ['toAddress', 'createdAt'])
export class MailOutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Whose partnership admins see it on the Sent mail page; null: platform admins only. */
  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  /** The recipient's account, when there is one. */
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  user?: User;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  htmlBody!: string;

  /**
   * A notification's one-click unsubscribe address (RFC 8058), sent as the List-Unsubscribe
   * header with List-Unsubscribe-Post; null for account mail, which cannot be turned off.
   */
  @Column({ type: 'text', nullable: true })
  listUnsubscribe!: string | null;

  /** From the Clock, when the change that caused it was made. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text', default: 'queued' })
  status!: MailStatus;

  /** Tries at handing it to the mail server, the successful one included. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** The mail server's last refusal or the connection's last error. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
