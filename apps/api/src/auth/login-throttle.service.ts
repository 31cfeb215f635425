import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { AuthErrorCode } from './auth.errors';
import { queryRows, run } from '../database/typed-query';

/**
 * Limits failed logins per account and per client address over a sliding window. Failures
 * are kept in PostgreSQL, so the limit holds across API processes.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** Throws 429 with the seconds until the oldest counted failure leaves the window. */
  async check(account: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_MINUTES;
    const rows = await queryRows<{ kind: string; failures: number; retry: number | null }>(
      this.db,
      `SELECT kind, count(*)::int AS failures,
              ceil(extract(epoch FROM min(attempted_at) + make_interval(mins => $3) - now()))::int AS retry
         FROM (SELECT 'account' AS kind, attempted_at FROM login_failures
                WHERE account = $1 AND attempted_at > now() - make_interval(mins => $3)
               UNION ALL
               SELECT 'address', attempted_at FROM login_failures
                WHERE ip = $2 AND attempted_at > now() - make_interval(mins => $3)) f
        GROUP BY kind`,
      [account, ip, window],
    );
    for (const r of rows) {
      const limit =
        r.kind === 'account'
          ? this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT
          : this.config.LOGIN_MAX_FAILURES_PER_ADDRESS;
      if (r.failures >= limit) {
        throw new TooManyRequestsError(
          AuthErrorCode.RATE_LIMITED,
          r.kind === 'account'
            ? 'too many failed sign-in attempts for this account; try again later'
            : 'too many failed sign-in attempts from this address; try again later',
          Math.max(1, r.retry ?? 60),
        );
      }
    }
  }

  async recordFailure(account: string, ip: string): Promise<void> {
    await run(this.db, 'INSERT INTO login_failures (account, ip) VALUES ($1, $2)', [account, ip]);
    // Keep the table small: this account's failures older than a day no longer count.
    await run(
      this.db,
      `DELETE FROM login_failures WHERE account = $1 AND attempted_at < now() - interval '1 day'`,
      [account],
    );
  }

  async clearAccount(account: string): Promise<void> {
    await run(this.db, 'DELETE FROM login_failures WHERE account = $1', [account]);
  }
}
