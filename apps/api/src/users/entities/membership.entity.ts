import type { Role } from '@pies/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { Partnership } from '../../partnerships/entities/partnership.entity';
import { User } from './user.entity';

/**
 * A role held by a user: platform-wide, within a partnership, or within an organisation.
 */
@Entity('memberships')
@Check(
  'memberships_scope_check',
  `(role = 'platform_admin' AND partnership_id IS NULL AND organisation_id IS NULL)
   OR (role IN ('partnership_admin', 'board_member') AND partnership_id IS NOT NULL AND organisation_id IS NULL)
   OR (role IN ('agency_lead', 'agency_contributor') AND organisation_id IS NOT NULL AND partnership_id IS NULL)`,
)
@Index('memberships_platform_unique', ['userId'], {
  unique: true,
  where: `role = 'platform_admin'`,
})
@Index('memberships_partnership_unique', ['userId', 'role', 'partnershipId'], {
  unique: true,
  where: 'partnership_id IS NOT NULL',
})
@Index('memberships_organisation_unique', ['userId', 'role', 'organisationId'], {
  unique: true,
  where: 'organisation_id IS NOT NULL',
})
@Index('memberships_partnership_idx', ['partnershipId'])
@Index('memberships_organisation_idx', ['organisationId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  partnershipId!: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  organisation?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
