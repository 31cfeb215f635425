import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { UnauthorizedError } from '../common/errors/domain-errors';
import { invalidField } from '../common/errors/field-problems';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { MembershipView } from './dto/me.dto';
import { assertPasswordAllowed, tooShort } from './password-policy';
import { checkPassword, hashPassword } from './passwords';
import { endSessions, SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { AuthErrorCode, AuthProblemCode } from './auth.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import { Clock } from '../clock/clock';
import { secondStepFor } from '../mfa/mfa-gate';
import { SsoPolicy } from '../sso/sso-policy.service';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  deviceCookie?: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleService,
    private readonly clock: Clock,
    private readonly sso: SsoPolicy,
  ) {}

  /**
   * Checks the credentials and opens a session, with a new device cookie, or, for an account
   * with a second factor (or one that must set one up), returns that step instead. An unknown
   * email and a wrong password look alike, and run the same statements and argon2 work.
   */
  async login(dto: LoginDto, client: ClientInfo) {
    const attempt = await this.throttle.admit(dto.email, client.ip, client.deviceCookie);
    // An invited account with no password yet is refused as an unknown one is (same statements,
    // the dummy hash's argon2 work): nothing says it exists, nor why it cannot sign in.
    const user = await queryRow<{ id: string; password_hash: string }>(
      this.db,
      'SELECT id, password_hash FROM users WHERE email = $1 AND disabled_at IS NULL AND password_hash IS NOT NULL',
      [dto.email],
    );
    if (!(await checkPassword(user?.password_hash, dto.password)) || !user) {
      throw new UnauthorizedError(
        AuthErrorCode.CREDENTIALS_INVALID,
        'email or password is not right',
      );
    }
    await this.sso.assertPasswordSignInAllowed(dto.email);
    // A password shorter than the policy now asks must be changed before anything else.
    const mustChange = tooShort(dto.password);
    // A second factor, when the account has one or must set one up, before any session
    // (mfa/README.md); the attempt's counters are settled when that step succeeds.
    const second = await secondStepFor(this.db, this.clock.now(), user.id, attempt, mustChange);
    if (second) return second;
    await this.throttle.succeeded(attempt);
    return this.openSession(user.id, dto.email, client, mustChange);
  }

  /**
   * Signs the account in, its password just proven (a sign-in) or just set (from an invitation
   * link): a new session and a new device cookie.
   */
  async openSession(
    userId: string,
    email: string,
    client: ClientInfo,
    passwordChangeRequired = false,
  ) {
    await run(
      this.db,
      'UPDATE users SET last_sign_in_at = $3, password_change_required = $2 WHERE id = $1',
      [userId, passwordChangeRequired, this.clock.now()],
    );
    const session = await this.sessions.create(userId, client.ip, client.userAgent);
    return { ...session, deviceCookie: this.throttle.deviceCookie(email) };
  }

  /**
   * A signed-in person changes their password with their current one, counted like a sign-in
   * (a stolen session must not guess it freely). Every other session of the account ends.
   */
  async changePassword(actor: Actor, dto: ChangePasswordDto, client: ClientInfo): Promise<void> {
    await assertPasswordAllowed(this.db, 'newPassword', dto.newPassword);
    const attempt = await this.throttle.admit(actor.email, client.ip, client.deviceCookie);
    const user = await oneRow<{ password_hash: string }>(
      this.db,
      'SELECT password_hash FROM users WHERE id = $1',
      [actor.userId],
    );
    if (!(await checkPassword(user.password_hash, dto.currentPassword))) {
      throw invalidField('currentPassword', AuthProblemCode.currentPasswordWrong, 'is not right');
    }
    await this.throttle.succeeded(attempt);
    const passwordHash = await hashPassword(dto.newPassword);
    await this.db.transaction(async (tx) => {
      await run(
        tx,
        'UPDATE users SET password_hash = $2, password_change_required = false WHERE id = $1',
        [actor.userId, passwordHash],
      );
      await endSessions(tx, actor.userId, actor.sessionId);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: actor.userId,
        actorId: actor.userId,
        kind: 'password.changed',
      });
    });
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sessions.destroy(token);
  }

  /** The user and their memberships, with the names of what each is scoped to. */
  async profile(userId: string) {
    const memberships = await queryRows<MembershipView>(
      this.db,
      `SELECT m.id, m.role, m.partnership_id AS "partnershipId", p.name AS "partnershipName",
              m.organisation_id AS "organisationId", o.name AS "organisationName"
         FROM ${GRANTED_MEMBERSHIPS} m
         LEFT JOIN partnerships p ON p.id = m.partnership_id
         LEFT JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1
        ORDER BY m.role, p.name, o.name`,
      [userId],
    );
    const user = await oneRow<{
      id: string;
      email: string;
      name: string;
      mustChangePassword: boolean;
    }>(
      this.db,
      'SELECT id, email, name, password_change_required AS "mustChangePassword" FROM users WHERE id = $1',
      [userId],
    );
    return { ...user, memberships };
  }
}
