import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
} from '@pies/domain';
import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { MailOutboxMessage } from '../../mail/entities/mail-outbox-message.entity';
import { Partnership } from '../../partnerships/entities/partnership.entity';
import { User } from '../../users/entities/user.entity';

/**
 * One notice to one person about one occasion (../README.md). The unique (user, kind, occasion)
 * is what makes a notice, and its mail, happen once: a second process, a retried job or a day
 * run twice inserts nothing.
 */
@Entity('notifications')
@Unique('notifications_occasion_unique', ['userId', 'kind', 'occasion'])
@Check('notifications_kind_check', oneOfSql('kind', NOTIFICATION_KINDS))
@Check('notifications_delivery_check', oneOfSql('delivery', NOTIFICATION_DELIVERIES))
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
@Index('notifications_digest_idx', ['userId'], {
  where: `delivery = 'digest' AND mail_id IS NULL`,
})
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  @Column({ type: 'text' })
  kind!: string;

  /** What happened, as a key: `cycle:<id>`, `audit:<id>:returned:<instant>`. */
  @Column({ type: 'text' })
  occasion!: string;

  /** The notice in words (no answers, commentary or scores). */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  detail!: string;

  /** The app page it is about. */
  @Column({ type: 'text' })
  path!: string;

  /** How the person wanted this kind delivered when it happened. */
  @Column({ type: 'text' })
  delivery!: NotificationDelivery;

  /** The mail that carried it (at once, or in a digest); null until then, or never when off. */
  @Column({ type: 'uuid', nullable: true })
  mailId!: string | null;

  @ManyToOne(() => MailOutboxMessage, { onDelete: 'SET NULL' })
  mail?: MailOutboxMessage;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
