import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { CreatedRow } from '../../database/base-entities';
import { User } from '../../users/entities/user.entity';
import { SsoConfiguration } from './sso-configuration.entity';

/**
 * An account's identity at a provider: after the first SSO sign-in (matched by email), the
 * account is found by (iss, sub) alone.
 */
@Entity('sso_identities')
@Index('sso_identities_iss_sub_key', ['issuer', 'subject'], { unique: true })
@Index('sso_identities_user_configuration_key', ['userId', 'configurationId'], { unique: true })
export class SsoIdentity extends CreatedRow {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'uuid' })
  configurationId!: string;

  @ManyToOne(() => SsoConfiguration, { onDelete: 'CASCADE' })
  configuration?: SsoConfiguration;

  /** The ID token's `iss`. */
  @Column({ type: 'text' })
  issuer!: string;

  /** The ID token's `sub`. */
  @Column({ type: 'text' })
  subject!: string;

  /** The email the identity was linked by (for the record). */
  @Column({ type: 'text' })
  linkedEmail!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt!: Date | null;
}
