import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ForbiddenError } from '../common/errors/domain-errors';
import { queryRow } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import { SsoErrorCode } from './sso.errors';

/** The domain of an email address, lower-case. */
export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Whether an email may use a password: not when its domain is served by an approved
 * configuration marked SSO-only, unless the account is a platform admin's (the way back in when
 * a provider fails). Provided by the auth module too (it needs only the database), so the sign-in,
 * password reset and invitation services call it without depending on the SSO module.
 */
@Injectable()
export class SsoPolicy {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** As assertPasswordSignInAllowed, for an account known by its id (an invitation link's). */
  async assertPasswordAllowedForAccount(userId: string): Promise<void> {
    const user = await queryRow<{ email: string }>(
      this.db,
      'SELECT email FROM users WHERE id = $1',
      [userId],
    );
    if (user) await this.assertPasswordSignInAllowed(user.email);
  }

  async assertPasswordSignInAllowed(email: string): Promise<void> {
    const row = await queryRow<{ platform_admin: boolean }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM users u JOIN ${GRANTED_MEMBERSHIPS} m ON m.user_id = u.id
                       WHERE u.email = $2 AND m.role = 'platform_admin') AS platform_admin
         FROM sso_domains d JOIN sso_configurations c ON c.id = d.configuration_id
        WHERE d.domain = $1 AND d.approved AND c.status = 'approved' AND c.sso_only`,
      [domainOf(email), email.toLowerCase()],
    );
    if (row && !row.platform_admin) {
      throw new ForbiddenError(
        SsoErrorCode.SSO_REQUIRED,
        "this email's organisation signs in with its own account: use single sign-on",
      );
    }
  }
}
