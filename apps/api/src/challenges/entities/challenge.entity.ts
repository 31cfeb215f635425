import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Audit } from '../../audits/entities/audit.entity';

/** A board question on an audit or one of its indicators. */
@Entity('challenges')
@Index('challenges_audit_idx', ['auditId', 'status'])
@Check('challenges_status_check', `status IN ('open', 'resolved')`)
export class Challenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  /** Null when the challenge is about the audit as a whole. */
  @Column({ type: 'text', nullable: true })
  indicatorCode!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'resolved';

  @Column({ type: 'uuid', nullable: true })
  raisedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
