import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audit } from './audit.entity';

/** An immutable snapshot of what was submitted, with its SHA-256. */
@Entity('submissions')
@Index('submissions_audit_idx', ['auditId', 'submittedAt'])
export class Submission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  submittedById!: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;
}
