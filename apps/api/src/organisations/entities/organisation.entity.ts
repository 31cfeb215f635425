import { SECTORS, type Sector } from '@pies/domain';
import { oneOfSql } from '../../audits/audit-rules.sql';
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
@Check('organisations_sector_check', oneOfSql('sector', SECTORS))
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
