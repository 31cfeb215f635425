import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { UpdatedRow } from '../../database/base-entities';
import { Partnership } from '../../partnerships/entities/partnership.entity';
import { User } from '../../users/entities/user.entity';

export type SsoConfigurationStatus = 'proposed' | 'approved';

/**
 * An organisation's OpenID Connect provider, for the email domains it serves (sso_domains). A
 * partnership admin proposes one for their partnership; it takes effect only once a platform
 * admin approves it (sso/README.md).
 */
@Entity('sso_configurations')
@Check('sso_configurations_status_check', `status IN ('proposed', 'approved')`)
@Index('sso_configurations_partnership_idx', ['partnershipId'])
export class SsoConfiguration extends UpdatedRow {
  @Column({ type: 'uuid' })
  partnershipId!: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  partnership?: Partnership;

  @Column({ type: 'text' })
  name!: string;

  /** The provider's issuer URL, as its discovery document gives it. */
  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'text' })
  clientId!: string;

  /** Sealed by SecretBox under `oidc:<id>`: write-only through the API, never exported. */
  @Column({ type: 'text' })
  clientSecretSealed!: string;

  /** Password sign-in, password resets and passwords from invitations are refused for its domains. */
  @Column({ type: 'boolean', default: false })
  ssoOnly!: boolean;

  @Column({ type: 'text', default: 'proposed' })
  status!: SsoConfigurationStatus;

  @Column({ type: 'uuid', nullable: true })
  proposedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  proposedBy?: User;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  approvedBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
}
