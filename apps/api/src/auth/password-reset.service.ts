import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import { SsoPolicy } from '../sso/sso-policy.service';
import { queryRow, run } from '../database/typed-query';
import { MailOutbox } from '../mail/mail-outbox';
import { accountPartnerships } from '../users/account-partnerships.sql';
import { consumeLink, issueLink, newLink } from './account-links';
import type { ClientInfo } from './auth.service';
import type { PasswordResetRequestedDto, SetPasswordFromLinkDto } from './dto/account-links.dto';
import { linkInvalid, linkThrottleKey } from './invitation-links.service';
import { assertPasswordAllowed } from './password-policy';
import { hashPassword } from './passwords';
import { endSessions } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

/**
 * "Forgotten your password?": a link by mail, valid an hour, used once; setting the password
 * with it ends every session of the account. The request's answer, and the work done before it,
 * are the same whether or not the address has an account (auth/README.md, "Account links").
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly throttle: SignInThrottleService,
    private readonly clock: Clock,
    private readonly sso: SsoPolicy,
  ) {}

  /**
   * Counted like a sign-in on the address and on the email (`reset:<email>`, apart from the
   * sign-in counters, so requests cannot lock the owner out of signing in), whether or not the
   * email has an account; never refunded. An active account gets a link and a mail, on the Sent
   * mail page of the one partnership its admins manage it in (the `accountId` scope's rule), or
   * of the platform admins alone when its roles span partnerships or it has none.
   */
  async request(email: string, client: ClientInfo): Promise<PasswordResetRequestedDto> {
    await this.throttle.admit(`reset:${email}`, client.ip, undefined);
    await this.sso.assertPasswordSignInAllowed(email);
    const now = this.clock.now();
    // Made (random bytes, SHA-256) before the account is looked up: the same work either way.
    const made = newLink();
    await this.db.transaction(async (tx) => {
      const user = await queryRow<{ id: string; partnership_id: string | null }>(
        tx,
        `SELECT u.id, (${accountPartnerships('u.id')})[1] AS partnership_id
           FROM users u WHERE u.email = $1 AND u.disabled_at IS NULL FOR UPDATE OF u`,
        [email],
      );
      if (!user) return;
      const link = await issueLink(tx, user.id, 'password-reset', now, made);
      await this.outbox.enqueue(tx, {
        to: email,
        template: 'password-reset',
        params: { path: `/reset-password/${link.token}` },
        partnershipId: user.partnership_id,
        userId: user.id,
      });
    });
    return { email };
  }

  /**
   * Sets the password under the policy and uses the link up; every session of the account ends
   * (whoever knew the old password is signed out), and it need not be changed at the next sign-in.
   */
  async complete(dto: SetPasswordFromLinkDto, client: ClientInfo): Promise<void> {
    await assertPasswordAllowed(this.db, 'password', dto.password);
    const attempt = await this.throttle.admit(linkThrottleKey(dto.token), client.ip, undefined);
    const passwordHash = await hashPassword(dto.password);
    const now = this.clock.now();
    const done = await this.db.transaction(async (tx) => {
      const userId = await consumeLink(tx, dto.token, 'password-reset', now);
      if (!userId) return false;
      await run(
        tx,
        'UPDATE users SET password_hash = $2, password_change_required = false WHERE id = $1',
        [userId, passwordHash],
      );
      await endSessions(tx, userId);
      await recordPersonEvent(tx, {
        at: now,
        personId: userId,
        actorId: userId,
        kind: 'password.reset',
      });
      return true;
    });
    if (!done) throw linkInvalid();
    await this.throttle.succeeded(attempt);
  }
}
