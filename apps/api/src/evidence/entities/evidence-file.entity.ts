import { EVIDENCE_KINDS, type EvidenceKind } from '@pies/domain';
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
import { Organisation } from '../../organisations/entities/organisation.entity';
import { oneOfSql } from '../../audits/audit-rules.sql';

/**
 * An item of an organisation's evidence library: a file, stored in PostgreSQL so that one backup
 * holds everything, or a link (a web address and its title, no bytes). `auditId`/`indicatorCode`
 * record where it was first added; where it is used is its attachments (EvidenceAttachment).
 */
@Entity('evidence_files')
@Check('evidence_files_kind_check', oneOfSql('kind', EVIDENCE_KINDS))
@Check(
  'evidence_files_content_check',
  `(kind = 'file' AND content IS NOT NULL AND sha256 IS NOT NULL AND media_type IS NOT NULL AND size_bytes IS NOT NULL AND url IS NULL)
   OR (kind = 'link' AND url IS NOT NULL AND content IS NULL AND sha256 IS NULL AND media_type IS NULL AND size_bytes IS NULL)`,
)
@Index('evidence_files_link_idx', ['organisationId', 'url'], {
  unique: true,
  where: `kind = 'link'`,
})
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

  /** `file` (bytes below) or `link` (a web address). */
  @Column({ type: 'text', default: 'file' })
  kind!: EvidenceKind;

  /** A file's name, or a link's title (its address when it has none). */
  @Column({ type: 'text' })
  fileName!: string;

  /** A link's web address (http or https); null for a file. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  mediaType!: string | null;

  @Column({ type: 'int', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @Column({ type: 'bytea', select: false, nullable: true })
  content!: Buffer | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
