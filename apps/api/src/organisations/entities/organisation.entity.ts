import { SECTORS, type Sector } from '@pies/domain';
import { oneOfSql } from '../../audits/audit-rules.sql';
import { Check, Column, Entity } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';

/** An agency that works with children and completes the self-audit. */
@Entity('organisations')
@Check('organisations_sector_check', oneOfSql('sector', SECTORS))
export class Organisation extends UpdatedRow {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  sector!: Sector;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;
}
