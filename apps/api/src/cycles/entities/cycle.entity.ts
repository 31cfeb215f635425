import { CYCLE_STATUSES, type CycleStatus } from '@pies/domain';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';
import { FrameworkVersion } from '../../frameworks/entities/framework-version.entity';
import { Partnership } from '../../partnerships/entities/partnership.entity';

/** A partnership's audit round, e.g. "2025-27". */
@Entity('cycles')
@Index('cycles_partnership_name_unique', ['partnershipId', 'name'], { unique: true })
@Index('cycles_scheduled_idx', ['opensOn'], { where: `status = 'scheduled'` })
@Check('cycles_status_check', oneOfSql('status', CYCLE_STATUSES))
@Check('cycles_dates_check', `due_on > opens_on`)
export class Cycle extends UpdatedRow {
  @Column({ type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'uuid' })
  frameworkVersionId!: string;

  @ManyToOne(() => FrameworkVersion, { onDelete: 'RESTRICT' })
  frameworkVersion?: FrameworkVersion;

  @Column({ type: 'date' })
  opensOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: CycleStatus;
}
