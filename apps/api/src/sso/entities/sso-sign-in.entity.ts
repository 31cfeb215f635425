import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { SsoConfiguration } from './sso-configuration.entity';

/**
 * A sign-in sent to a provider and not yet back: what the callback checks. Keyed by the
 * SHA-256 of the state; used once (deleted as it is read); expires after a few minutes.
 */
@Entity('sso_sign_ins')
export class SsoSignIn {
  /** SHA-256 of the state sent to the provider, hex. */
  @PrimaryColumn({ type: 'text' })
  stateHash!: string;

  /** SHA-256 of the browser-binding cookie set at the start: the callback must come from it. */
  @Column({ type: 'text' })
  browserHash!: string;

  @Column({ type: 'uuid' })
  configurationId!: string;

  @ManyToOne(() => SsoConfiguration, { onDelete: 'CASCADE' })
  configuration?: SsoConfiguration;

  /** The email given at the start (lower-case). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ type: 'text' })
  codeVerifier!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
