import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedError } from '../common/errors/domain-errors';
import { LoginDto } from './dto/login.dto';
import { MembershipView } from './dto/me.dto';
import { LoginThrottleService } from './login-throttle.service';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { AuthErrorCode } from './auth.errors';
import { oneRow, queryRows } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Checks the credentials and opens a session. Unknown email and wrong password look alike. */
  async login(dto: LoginDto, client: ClientInfo) {
    await this.throttle.check(dto.email, client.ip);
    const rows = await queryRows<{ id: string; password_hash: string }>(
      this.db,
      'SELECT id, password_hash FROM users WHERE email = $1 AND disabled_at IS NULL',
      [dto.email],
    );
    const ok = rows[0]
      ? await verifyPassword(rows[0].password_hash, dto.password)
      : await verifyAgainstDummy(dto.password);
    if (!ok) {
      await this.throttle.recordFailure(dto.email, client.ip);
      throw new UnauthorizedError(
        AuthErrorCode.CREDENTIALS_INVALID,
        'email or password is not right',
      );
    }
    await this.throttle.clearAccount(dto.email);
    return this.sessions.create(rows[0].id, client.ip, client.userAgent);
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
