import { createHmac, randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { TooManyRequestsError } from '../common/errors/domain-errors';
import { oneRow, queryRows, run } from '../database/typed-query';
import { AuthErrorCode } from './auth.errors';
import { tokensEqual } from './sessions.service';
import { throttledAddress } from './throttled-address';

/** Failures one client (an account from one address, or one device) makes before each waits. */
export const CLIENT_ALLOWANCE = 5;
/** Failures on an account from every address, by clients without its device cookie. */
export const ACCOUNT_ALLOWANCE = 10;
/** Failures from an address on every account, by clients without a device cookie. */
export const ADDRESS_ALLOWANCE = 30;
/** The wait after the failure that uses up an allowance; each further one doubles it. */
export const BASE_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A counter with no failure for this long starts again from nothing. */
export const FORGET_AFTER_SECONDS = 60 * 60;
export const DEVICE_COOKIE_DAYS = 365;

/** The counters that admitted an attempt: on success `client` is reset, `shared` refunded. */
export interface SignInAttempt {
  client: string;
  shared: string[];
}

/**
 * Counts the attempt on each of `$1` (allowances `$2`) at the clock's time `$6` in one
 * statement, before the password is checked: a row over its allowance and still waiting is not
 * updated, so its key is missing from the result. A row under its allowance owes no wait and is
 * counted whatever its `next_attempt_at`: concurrent attempts read the clock before queueing on
 * its lock, so one may reach the row with a time a little before the one stamped there. The row
 * locks taken here make concurrent attempts count one after another. Each run also drops a few
 * forgotten counters of other keys.
 */
const ADMIT_SQL = `
  WITH forgotten AS (
    DELETE FROM sign_in_throttles WHERE key IN (
      SELECT key FROM sign_in_throttles
       WHERE last_failure_at < $6::timestamptz - make_interval(secs => $3) AND key <> ALL($1)
       LIMIT 20 FOR UPDATE SKIP LOCKED))
  INSERT INTO sign_in_throttles AS t (key, allowance, failures, last_failure_at, next_attempt_at)
  SELECT key, allowance, 1, $6::timestamptz, $6::timestamptz
    FROM unnest($1::text[], $2::int[]) AS k(key, allowance) ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    allowance = excluded.allowance,
    failures = CASE WHEN t.last_failure_at < $6::timestamptz - make_interval(secs => $3) THEN 1
                    ELSE t.failures + 1 END,
    last_failure_at = $6::timestamptz,
    next_attempt_at = CASE
      WHEN t.last_failure_at < $6::timestamptz - make_interval(secs => $3) OR t.failures + 1 < excluded.allowance
        THEN $6::timestamptz
      ELSE $6::timestamptz + make_interval(secs => least(
        $4::float8 * 2::float8 ^ least(t.failures + 1 - excluded.allowance, 20), $5::float8))
    END
  WHERE t.failures < t.allowance OR t.next_attempt_at <= $6::timestamptz
     OR t.last_failure_at < $6::timestamptz - make_interval(secs => $3)
  RETURNING key`;

/**
 * Sign-in throttling that an attacker cannot turn against the owner (auth/README.md). Time is
 * the app's Clock, passed to every statement.
 */
@Injectable()
export class SignInThrottleService implements OnModuleInit {
  private key!: Buffer;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The key is made by the first process to start (data, not schema: a restore brings its own). */
  async onModuleInit() {
    await run(
      this.db,
      `INSERT INTO signing_keys (name, secret) VALUES ('device-cookie', $1) ON CONFLICT (name) DO NOTHING`,
      [randomBytes(32)],
    );
    const row = await oneRow<{ secret: Buffer }>(
      this.db,
      `SELECT secret FROM signing_keys WHERE name = 'device-cookie'`,
    );
    this.key = row.secret;
  }

  /**
   * Counts the attempt before its password is checked, or throws 429 with the seconds until
   * every counter that refused it admits again. A device cookie signed for this email spares its
   * holder the account's and the address's counters; it never skips MFA (a later step).
   */
  async admit(email: string, ip: string, deviceCookie: string | undefined): Promise<SignInAttempt> {
    const device = this.trustedDevice(email, deviceCookie);
    const address = throttledAddress(ip);
    const attempt = device
      ? { client: `device:${device}`, shared: [] }
      : { client: `pair:${email} ${address}`, shared: [`account:${email}`, `address:${address}`] };
    const keys = [attempt.client, ...attempt.shared];
    const allowances = [CLIENT_ALLOWANCE, ACCOUNT_ALLOWANCE, ADDRESS_ALLOWANCE].slice(
      0,
      keys.length,
    );
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const counted = await queryRows<{ key: string }>(tx, ADMIT_SQL, [
        keys,
        allowances,
        FORGET_AFTER_SECONDS,
        BASE_DELAY_SECONDS,
        MAX_DELAY_SECONDS,
        now,
      ]);
      if (counted.length === keys.length) return;
      const { wait } = await oneRow<{ wait: number | null }>(
        tx,
        `SELECT ceil(extract(epoch FROM max(next_attempt_at) - $2::timestamptz))::int AS wait
           FROM sign_in_throttles WHERE key = ANY($1)`,
        [keys, now],
      );
      // Thrown inside the transaction: the counters it did update go back.
      throw new TooManyRequestsError(
        AuthErrorCode.SIGN_IN_THROTTLED,
        'too many failed sign-in attempts; try again later',
        Math.max(1, wait ?? BASE_DELAY_SECONDS),
      );
    });
    return attempt;
  }

  /** The attempt was right: its client starts afresh and the shared counters take it back. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    await run(
      this.db,
      `WITH reset AS (DELETE FROM sign_in_throttles WHERE key = $1)
       UPDATE sign_in_throttles
          SET failures = greatest(failures - 1, 0), next_attempt_at = least(next_attempt_at, $3)
        WHERE key = ANY($2)`,
      [attempt.client, attempt.shared, this.clock.now()],
    );
  }

  /** A new device cookie for this email, set at each good sign-in: `<nonce>.<signature>`. */
  deviceCookie(email: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.sign(email, nonce)}`;
  }

  private trustedDevice(email: string, cookie: string | undefined): string | undefined {
    const [nonce, signature, ...rest] = (cookie ?? '').split('.');
    if (!nonce || rest.length) return undefined;
    return tokensEqual(signature, this.sign(email, nonce)) ? nonce : undefined;
  }

  private sign(email: string, nonce: string): string {
    return createHmac('sha256', this.key).update(`${email}\n${nonce}`).digest('base64url');
  }
}
