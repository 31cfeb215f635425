import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Audit } from '../../audits/entities/audit.entity';
import { EvidenceFile } from './evidence-file.entity';

/**
 * One library item attached to one indicator of one audit. An item may be attached to several
 * indicators, in this audit and the next; `stillCurrentAsked` marks an attachment carried into a
 * new cycle that the lead has yet to confirm (or detach).
 */
@Entity('evidence_attachments')
@Index(
  'evidence_attachments_item_audit_indicator_key',
  ['evidenceId', 'auditId', 'indicatorCode'],
  {
    unique: true,
  },
)
@Index('evidence_attachments_audit_idx', ['auditId', 'indicatorCode'])
export class EvidenceAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  evidenceId!: string;

  @ManyToOne(() => EvidenceFile, { onDelete: 'CASCADE' })
  evidence?: EvidenceFile;

  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'text' })
  indicatorCode!: string;

  @Column({ type: 'boolean', default: false })
  stillCurrentAsked!: boolean;

  @Column({ type: 'uuid', nullable: true })
  attachedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt!: Date;
}
