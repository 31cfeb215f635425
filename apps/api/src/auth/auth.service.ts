import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '../common/errors/domain-errors';
import { LoginDto } from './dto/login.dto';
import { MembershipView } from './dto/me.dto';
import { checkPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { AuthErrorCode } from './auth.errors';
import { oneRow, queryRow, queryRows } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

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
  ) {}

  /**
   * Checks the credentials and opens a session, with a new device cookie. An unknown email and
   * a wrong password look alike, and run the same statements and argon2 work.
   */
  async login(dto: LoginDto, client: ClientInfo) {
    const attempt = await this.throttle.admit(dto.email, client.ip, client.deviceCookie);
    const user = await queryRow<{ id: string; password_hash: string }>(
      this.db,
      'SELECT id, password_hash FROM users WHERE email = $1 AND disabled_at IS NULL',
      [dto.email],
    );
    if (!(await checkPassword(user?.password_hash, dto.password)) || !user) {
      throw new UnauthorizedError(
        AuthErrorCode.CREDENTIALS_INVALID,
        'email or password is not right',
      );
    }
    await this.throttle.succeeded(attempt);
    const session = await this.sessions.create(user.id, client.ip, client.userAgent);
    return { ...session, deviceCookie: this.throttle.deviceCookie(dto.email) };
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
    const user = await oneRow<{ id: string; email: string; name: string }>(
      this.db,
      'SELECT id, email, name FROM users WHERE id = $1',
      [userId],
    );
    return { ...user, memberships };
  }
}
