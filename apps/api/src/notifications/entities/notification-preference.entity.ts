import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
} from '@pies/domain';
import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { User } from '../../users/entities/user.entity';

/** A person's choice for one kind; no row: the kind's default (DEFAULT_DELIVERY). */
@Entity('notification_preferences')
@Check('notification_preferences_kind_check', oneOfSql('kind', NOTIFICATION_KINDS))
@Check('notification_preferences_delivery_check', oneOfSql('delivery', NOTIFICATION_DELIVERIES))
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  delivery!: NotificationDelivery;
}
