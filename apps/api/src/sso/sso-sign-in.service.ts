import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { AuthService, type ClientInfo } from '../auth/auth.service';
import { newToken, sha256, tokensEqual } from '../auth/sessions.service';
import { SecretBox } from '../common/secrets/secret-box';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { changeRows, oneRow, queryRow, run } from '../database/typed-query';
import { tenantMatches } from './issuer';
import { secretContext } from './sso-configurations.service';
import { domainOf } from './sso-policy.service';
import { SsoRefused } from './sso.errors';

/** How long a sign-in may spend at the provider before its state is no good. */
export const SIGN_IN_MINUTES = 10;

interface ApprovedConfiguration {
  id: string;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  updated_at: Date;
}

/** The approved configuration serving an email's domain. */
const APPROVED_FOR_DOMAIN = `SELECT c.id, c.issuer, c.client_id, c.client_secret_sealed, c.updated_at
  FROM sso_domains d JOIN sso_configurations c ON c.id = d.configuration_id
 WHERE d.domain = $1 AND d.approved AND c.status = 'approved'`;

/** Whether an error (or one it was caused by) is the ID token's nonce not being the one sent. */
function isNonceMismatch(err: unknown): boolean {
  for (let e = err as { cause?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if ((e.cause as { claim?: unknown } | undefined)?.claim === 'nonce') return true;
    e = e.cause as { cause?: unknown } | undefined;
  }
  return false;
}

/**
 * Sign-in with an organisation's OpenID Connect provider: the authorization code flow with PKCE,
 * state and nonce kept server-side (sso_sign_ins) and bound to the browser that started it.
 * Every refusal is an SsoRefused, which the controller turns into the problem page's reason.
 */
@Injectable()
export class SsoSignInService {
  private readonly logger = new Logger(SsoSignInService.name);
  /** Discovered provider metadata, per configuration as last updated. */
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    private readonly auth: AuthService,
  ) {}

  /** Whether the email's domain has an approved configuration (nothing about accounts). */
  async discover(email: string): Promise<{ sso: boolean }> {
    const row = await queryRow<{ id: string }>(this.db, APPROVED_FOR_DOMAIN, [domainOf(email)]);
    return { sso: Boolean(row) };
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/sso/callback`;
  }

  /**
   * Starts a sign-in: the provider's authorization URL, and the browser-binding token for the
   * cookie the callback must come back with.
   */
  async start(email: string): Promise<{ url: string; browserToken: string }> {
    const found = await queryRow<ApprovedConfiguration>(this.db, APPROVED_FOR_DOMAIN, [
      domainOf(email),
    ]);
    if (!found) throw new SsoRefused('not-configured', `no approved configuration for ${email}`);
    const provider = await this.provider(found);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const browserToken = newToken();
    const now = this.clock.now();
    await run(
      this.db,
      `INSERT INTO sso_sign_ins (state_hash, browser_hash, configuration_id, email, nonce, code_verifier, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        sha256(state),
        sha256(browserToken),
        found.id,
        email,
        nonce,
        codeVerifier,
        new Date(now.getTime() + SIGN_IN_MINUTES * 60_000),
        now,
      ],
    );
    // Sign-ins never finished are cleared as new ones start.
    await run(this.db, 'DELETE FROM sso_sign_ins WHERE expires_at < $1', [now]);
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: email,
    });
    return { url: url.href, browserToken };
  }

  /**
   * The provider's answer: the sign-in it belongs to (by its state, once, from the browser that
   * started it), the code exchanged and the ID token checked (signature, issuer, audience, nonce),
   * then the account, by (iss, sub) or, the first time, by email. Opens a session.
   */
  async callback(currentUrl: URL, browserToken: string | undefined, client: ClientInfo) {
    const state = currentUrl.searchParams.get('state');
    if (!state) throw new SsoRefused('state', 'no state');
    const {
      rows: [signIn],
    } = await changeRows<{
      configuration_id: string;
      browser_hash: string;
      email: string;
      nonce: string;
      code_verifier: string;
      expires_at: Date;
    }>(
      this.db,
      'DELETE FROM sso_sign_ins WHERE state_hash = $1 RETURNING configuration_id, browser_hash, email, nonce, code_verifier, expires_at',
      [sha256(state)],
    );
    if (!signIn) throw new SsoRefused('state', 'unknown or used state');
    if (signIn.expires_at <= this.clock.now()) throw new SsoRefused('state', 'expired');
    if (!tokensEqual(sha256(browserToken ?? ''), signIn.browser_hash) || !browserToken) {
      throw new SsoRefused('state', 'another browser');
    }
    if (currentUrl.searchParams.has('error')) {
      throw new SsoRefused('provider', `provider said ${currentUrl.searchParams.get('error')}`);
    }
    const configuration = await queryRow<ApprovedConfiguration>(
      this.db,
      `SELECT id, issuer, client_id, client_secret_sealed, updated_at FROM sso_configurations
        WHERE id = $1 AND status = 'approved'`,
      [signIn.configuration_id],
    );
    if (!configuration) throw new SsoRefused('not-configured', 'configuration gone');
    const provider = await this.provider(configuration);
    let claims: oidc.IDToken;
    try {
      const tokens = await oidc.authorizationCodeGrant(provider, currentUrl, {
        pkceCodeVerifier: signIn.code_verifier,
        expectedState: state,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as oidc.IDToken;
    } catch (err) {
      if (isNonceMismatch(err)) throw new SsoRefused('nonce', 'ID token nonce is not the one sent');
      this.logger.warn(`SSO code exchange failed: ${(err as Error).message}`);
      throw new SsoRefused('provider', (err as Error).message);
    }
    if (!tenantMatches(configuration.issuer, claims as { tid?: unknown })) {
      throw new SsoRefused('organisation', 'tid is not the configured tenant');
    }
    const userId = await this.account(configuration, claims);
    const user = await oneRow<{ email: string; invited: boolean }>(
      this.db,
      // eslint-disable-next-line no-restricted-syntax -- roles offered, not granted: what it looks for
      `SELECT email, EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.status = 'pending') AS invited
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    const session = await this.auth.openSession(userId, user.email, client);
    // As after a password sign-in: roles offered since are answered first.
    return { ...session, next: user.invited ? '/invitations' : '/' };
  }

  /** The account of a provider's identity: linked already, or linked now by its email. */
  private async account(configuration: ApprovedConfiguration, claims: oidc.IDToken) {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const linked = await queryRow<{
        user_id: string;
        configuration_id: string;
        disabled: boolean;
      }>(
        tx,
        `SELECT i.user_id, i.configuration_id, u.disabled_at IS NOT NULL AS disabled
           FROM sso_identities i JOIN users u ON u.id = i.user_id
          WHERE i.issuer = $1 AND i.subject = $2 FOR UPDATE OF i`,
        [claims.iss, claims.sub],
      );
      if (linked) {
        if (linked.configuration_id !== configuration.id) {
          throw new SsoRefused('organisation', 'identity linked through another configuration');
        }
        if (linked.disabled) throw new SsoRefused('disabled', 'account disabled');
        await run(
          tx,
          'UPDATE sso_identities SET last_sign_in_at = $2 WHERE issuer = $1 AND subject = $3',
          [claims.iss, now, claims.sub],
        );
        return linked.user_id;
      }
      // The first sign-in: by the email the provider gives. A provider that says it is not
      // verified is not believed; one that says nothing (Entra ID) is, since the email must
      // already be an account's or a pending invitation's here.
      const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      if (!email || claims.email_verified === false) {
        throw new SsoRefused('no-account', 'no verified email in the ID token');
      }
      const serving = await queryRow<{ configuration_id: string }>(
        tx,
        'SELECT configuration_id FROM sso_domains WHERE domain = $1 AND approved',
        [domainOf(email)],
      );
      if (serving?.configuration_id !== configuration.id) {
        throw new SsoRefused('organisation', `${domainOf(email)} is not this configuration's`);
      }
      const user = await queryRow<{ id: string; disabled: boolean; already: boolean }>(
        tx,
        `SELECT u.id, u.disabled_at IS NOT NULL AS disabled,
                EXISTS (SELECT 1 FROM sso_identities i WHERE i.user_id = u.id AND i.configuration_id = $2) AS already
           FROM users u WHERE u.email = $1 FOR UPDATE OF u`,
        [email, configuration.id],
      );
      if (!user) throw new SsoRefused('no-account', 'no account or invitation for the email');
      if (user.disabled) throw new SsoRefused('disabled', 'account disabled');
      if (user.already) {
        throw new SsoRefused('organisation', 'account already linked to another identity');
      }
      await run(
        tx,
        `INSERT INTO sso_identities (user_id, configuration_id, issuer, subject, linked_email, last_sign_in_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [user.id, configuration.id, claims.iss, claims.sub, email, now],
      );
      await recordPersonEvent(tx, {
        at: now,
        personId: user.id,
        actorId: user.id,
        kind: 'sso.identity.linked',
        subject: `sso-configuration:${configuration.id}`,
        after: { issuer: claims.iss, subject: claims.sub, email },
      });
      return user.id;
    });
  }

  /** The provider's metadata (discovery), kept per configuration until it is edited. */
  private provider(c: ApprovedConfiguration): Promise<oidc.Configuration> {
    const key = `${c.id}:${c.updated_at.toISOString()}`;
    let found = this.discovered.get(key);
    if (!found) {
      const secret = this.box.open(c.client_secret_sealed, secretContext(c.id));
      const insecure = this.config.ssoAllowHttpIssuer && c.issuer.startsWith('http:');
      found = oidc
        .discovery(new URL(c.issuer), c.client_id, secret, undefined, {
          ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
          timeout: 10,
        })
        .catch((err: Error) => {
          this.discovered.delete(key);
          this.logger.warn(`SSO discovery of ${c.issuer} failed: ${err.message}`);
          throw new SsoRefused('provider', `discovery failed: ${err.message}`);
        });
      this.discovered.set(key, found);
    }
    return found;
  }
}
