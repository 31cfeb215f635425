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

export type MembershipStatus = 'pending' | 'active' | 'declined';

/**
 * A role held by a user: platform-wide, within a partnership, or within an organisation. Only
 * an active one grants its role (see granted-memberships.sql.ts); a pending one is an
 * invitation the person accepts or declines, and a declined one is kept as the record of that.
 */
@Entity('memberships')
@Check(
  'memberships_scope_check',
  `(role = 'platform_admin' AND partnership_id IS NULL AND organisation_id IS NULL)
   OR (role IN ('partnership_admin', 'board_member') AND partnership_id IS NOT NULL AND organisation_id IS NULL)
   OR (role IN ('agency_lead', 'agency_contributor') AND organisation_id IS NOT NULL AND partnership_id IS NULL)`,
)
@Check('memberships_status_check', `status IN ('pending', 'active', 'declined')`)
@Index('memberships_platform_unique', ['userId'], {
  unique: true,
  where: `role = 'platform_admin'`,
})
@Index('memberships_partnership_unique', ['userId', 'role', 'partnershipId'], {
  unique: true,
  where: `partnership_id IS NOT NULL AND status <> 'declined'`,
})
@Index('memberships_organisation_unique', ['userId', 'role', 'organisationId'], {
  unique: true,
  where: `organisation_id IS NOT NULL AND status <> 'declined'`,
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

  @Column({ type: 'text' })
  status!: MembershipStatus;

  /** Who added it (an invitation's sender). */
  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  invitedBy?: User;

  /** When it was added: for an invitation, when it was sent. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the person accepted or declined it. */
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
