import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { CreatedRow } from '../../database/base-entities';
import { Challenge } from './challenge.entity';

/** The question and each reply, in order. */
@Entity('challenge_messages')
@Index('challenge_messages_challenge_idx', ['challengeId', 'createdAt'])
export class ChallengeMessage extends CreatedRow {
  @Column({ type: 'uuid' })
  challengeId!: string;

  @ManyToOne(() => Challenge, { onDelete: 'CASCADE' })
  challenge?: Challenge;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;
}
