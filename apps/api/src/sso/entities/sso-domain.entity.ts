import { Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { SsoConfiguration } from './sso-configuration.entity';

/**
 * An email domain a configuration serves. A domain is claimed by one approved configuration
 * across the platform (the partial unique index); proposals may name a claimed domain, and fail
 * to be approved while another configuration holds it.
 */
@Entity('sso_domains')
@Index('sso_domains_approved_domain_key', ['domain'], { unique: true, where: 'approved' })
export class SsoDomain {
  @PrimaryColumn({ type: 'uuid' })
  configurationId!: string;

  @ManyToOne(() => SsoConfiguration, { onDelete: 'CASCADE' })
  configuration?: SsoConfiguration;

  /** Lower-case, e.g. `riverside.example.org`. */
  @PrimaryColumn({ type: 'text' })
  domain!: string;

  /** Its configuration is approved: the domain is claimed. */
  @Column({ type: 'boolean', default: false })
  approved!: boolean;
}
