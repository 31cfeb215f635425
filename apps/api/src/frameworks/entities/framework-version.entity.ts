import type { FrameworkDefinition } from '@pies/framework';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Partnership } from '../../partnerships/entities/partnership.entity';

/**
 * One imported, immutable version of an audit framework: the platform's (seen by every
 * partnership) or one partnership's own. A version number is unique per owner.
 */
@Entity('framework_versions')
@Index('framework_versions_platform_unique', ['frameworkId', 'version'], {
  unique: true,
  where: 'owner_partnership_id IS NULL',
})
@Index('framework_versions_owner_unique', ['ownerPartnershipId', 'frameworkId', 'version'], {
  unique: true,
})
export class FrameworkVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The partnership that imported it; null for the platform's frameworks. */
  @Column({ type: 'uuid', nullable: true })
  ownerPartnershipId!: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'RESTRICT' })
  ownerPartnership?: Partnership;

  /** The framework's stable id from its file, e.g. online-safeguarding-pies. */
  @Column({ type: 'text' })
  frameworkId!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  publisher!: string;

  /** The parsed, validated definition with defaults resolved. */
  @Column({ type: 'jsonb' })
  definition!: FrameworkDefinition;

  @Column({ type: 'text' })
  sourceYaml!: string;

  /** SHA-256 of the canonical definition: same version with other content is refused. */
  @Column({ type: 'text' })
  contentHash!: string;

  @Column({ type: 'uuid', nullable: true })
  importedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt!: Date;
}
