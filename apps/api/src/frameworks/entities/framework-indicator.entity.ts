import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { FrameworkVersion } from './framework-version.entity';

/** The indicators of a framework version as rows, for set-based SQL (dashboards, pre-fill). */
@Entity('framework_indicators')
export class FrameworkIndicator {
  @PrimaryColumn({ type: 'uuid' })
  frameworkVersionId!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @ManyToOne(() => FrameworkVersion, { onDelete: 'CASCADE' })
  frameworkVersion?: FrameworkVersion;

  @Column({ type: 'text' })
  areaCode!: string;

  @Column({ type: 'text' })
  standardCode!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'int' })
  benchmark!: number;

  @Column({ type: 'double precision' })
  weight!: number;

  @Column({ type: 'boolean' })
  allowNotApplicable!: boolean;

  /** Hash of what answerers read (statement, guidance, descriptors, benchmark). */
  @Column({ type: 'text' })
  contentHash!: string;
}
