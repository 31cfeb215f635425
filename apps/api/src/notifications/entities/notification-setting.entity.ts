import { Check, Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** A person's digest hour; no row: DEFAULT_DIGEST_HOUR. */
@Entity('notification_settings')
@Check('notification_settings_hour_check', `digest_hour BETWEEN 0 AND 23`)
export class NotificationSetting {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  /** The London hour (0-23) the daily digest goes out. */
  @Column({ type: 'smallint' })
  digestHour!: number;
}
