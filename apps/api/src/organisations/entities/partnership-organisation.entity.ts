import { CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Partnership } from '../../partnerships/entities/partnership.entity';
import { Organisation } from './organisation.entity';

/** An organisation's membership of a partnership; an organisation may belong to several. */
@Entity('partnership_organisations')
@Index('partnership_organisations_organisation_idx', ['organisationId'])
export class PartnershipOrganisation {
  @PrimaryColumn({ type: 'uuid' })
  partnershipId!: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  organisation?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
