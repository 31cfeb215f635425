import { NOTIFICATION_KINDS } from '@pies/domain';
import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * The one-click unsubscribe link of one mail (RFC 8058): `<id>.<secret>`, only the secret's
 * SHA-256 stored, compared in constant time. Not single-use: a second use answers "already
 * unsubscribed". A digest's link turns off every kind it carried (`kinds`).
 */
@Entity('unsubscribe_tokens')
@Check(
  'unsubscribe_tokens_kinds_check',
  `kinds <@ ARRAY[${NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', ')}]::text[] AND cardinality(kinds) > 0`,
)
@Index('unsubscribe_tokens_user_idx', ['userId'])
export class UnsubscribeToken {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text', array: true })
  kinds!: string[];

  /** SHA-256 of the link's secret, hex. */
  @Column({ type: 'text' })
  verifier!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
