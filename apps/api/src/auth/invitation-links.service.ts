import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import { SsoPolicy } from '../sso/sso-policy.service';
import { NotFoundError } from '../common/errors/domain-errors';
import { changeRows, oneRow } from '../database/typed-query';
import { InvitationsService } from '../users/invitations.service';
import { consumeLink, findLink, parseLink } from './account-links';
import { AuthErrorCode } from './auth.errors';
import { AuthService, type ClientInfo } from './auth.service';
import type { InvitationLinkDto, SetPasswordFromLinkDto } from './dto/account-links.dto';
import { assertPasswordAllowed } from './password-policy';
import { hashPassword } from './passwords';
import { SignInThrottleService } from './sign-in-throttle.service';

/** One answer for every link that does not work. */
export const linkInvalid = () => new NotFoundError(AuthErrorCode.ACCOUNT_LINK_INVALID, 'link');

/**
 * What a link's uses are counted on by the sign-in throttle: the link (its id, or its text when it
 * is not one) as the "account", and the caller's address. A wrong link counts as a wrong password.
 */
export const linkThrottleKey = (token: string) =>
  `link:${parseLink(token)?.id ?? token.slice(0, 64)}`;

/**
 * The invitation link a new person is sent: it shows them who they are and what they are offered,
 * and sets their password once, signing them in. The roles stay offered until they accept them.
 */
@Injectable()
export class InvitationLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly throttle: SignInThrottleService,
    private readonly clock: Clock,
    private readonly sso: SsoPolicy,
  ) {}

  async describe(token: string, client: ClientInfo): Promise<InvitationLinkDto> {
    const attempt = await this.throttle.admit(linkThrottleKey(token), client.ip, undefined);
    const link = await findLink(this.db, token, 'invitation', this.clock.now());
    if (!link) throw linkInvalid();
    await this.throttle.succeeded(attempt);
    const user = await oneRow<{ email: string; name: string }>(
      this.db,
      'SELECT email, name FROM users WHERE id = $1',
      [link.userId],
    );
    return {
      ...user,
      expiresAt: link.expiresAt,
      invitations: await this.invitations.listMine(link.userId),
    };
  }

  /** Sets the password under the policy, uses the link up, and opens a session. */
  async accept(dto: SetPasswordFromLinkDto, client: ClientInfo) {
    await assertPasswordAllowed(this.db, 'password', dto.password);
    const attempt = await this.throttle.admit(linkThrottleKey(dto.token), client.ip, undefined);
    const passwordHash = await hashPassword(dto.password);
    const now = this.clock.now();
    const user = await this.db.transaction(async (tx) => {
      const userId = await consumeLink(tx, dto.token, 'invitation', now);
      if (!userId) return null;
      await this.sso.assertPasswordAllowedForAccount(userId); // rolls the link's use back
      const {
        rows: [row],
      } = await changeRows<{ email: string }>(
        tx,
        `UPDATE users SET password_hash = $2, password_change_required = false WHERE id = $1
         RETURNING email`,
        [userId, passwordHash],
      );
      await recordPersonEvent(tx, {
        at: now,
        personId: userId,
        actorId: userId,
        kind: 'invitation.password_set',
      });
      return { id: userId, email: row.email };
    });
    if (!user) throw linkInvalid();
    await this.throttle.succeeded(attempt);
    return this.auth.openSession(user.id, user.email, client);
  }
}
