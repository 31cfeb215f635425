import type { Sector } from '@pies/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** An agency that works with children and completes the self-audit. */
@Entity('organisations')
@Check(
  'organisations_sector_check',
  `sector IN ('education', 'early_years', 'health', 'police', 'childrens_social_care', 'local_authority', 'voluntary_community_faith', 'sport_leisure', 'private_provider', 'other')`,
)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  sector!: Sector;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
