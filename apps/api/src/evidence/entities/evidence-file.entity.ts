import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Audit } from '../../audits/entities/audit.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';

/**
 * An item of an organisation's evidence library: a file, stored in PostgreSQL so that one backup
 * holds everything. `auditId`/`indicatorCode` record where it was first uploaded; where it is
 * used is its attachments (EvidenceAttachment).
 */
@Entity('evidence_files')
@Index('evidence_files_organisation_idx', ['organisationId'])
@Index('evidence_files_audit_idx', ['auditId', 'indicatorCode'])
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'text' })
  indicatorCode!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
