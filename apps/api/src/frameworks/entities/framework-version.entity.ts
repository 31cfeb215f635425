import type { FrameworkDefinition } from '@pies/framework';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One imported, immutable version of an audit framework. */
@Entity('framework_versions')
@Index('framework_versions_unique', ['frameworkId', 'version'], { unique: true })
export class FrameworkVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
