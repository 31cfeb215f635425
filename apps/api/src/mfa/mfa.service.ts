import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import { ConflictError } from '../common/errors/domain-errors';
import { SecretBox } from '../common/secrets/secret-box';
import { changeRows, queryRow, queryRows, run } from '../database/typed-query';
import type { MfaEnrolmentDto, MfaStatusDto } from './dto/mfa.dto';
import { MfaErrorCode } from './mfa.errors';
import { MFA_REQUIRED_SQL } from './mfa-gate';
import {
  matchingTimeStep,
  newRecoveryCode,
  newTotpSecret,
  recoveryCodeHash,
  totpUri,
} from './totp';

export const RECOVERY_CODE_COUNT = 10;

/** The sealing context of a person's TOTP secret: a sealed value moved to another row does not open. */
const totpContext = (userId: string) => `totp:${userId}`;

type Db = DataSource | EntityManager;

interface EnrolmentRow {
  secret_sealed: string;
  confirmed: boolean;
  last_time_step: string | null;
}

/**
 * The second factor's rules, whoever asks (a sign-in's second step, the person's own account
 * page): the TOTP secret sealed at rest, codes accepted once (the last time step kept), recovery
 * codes kept as hashes and used once. Audit events in the same transaction as each change.
 */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
  ) {}

  /** Whether a partnership the person holds a board or admin role in requires a second factor. */
  async requiredFor(userId: string, db: Db = this.db): Promise<boolean> {
    const row = await queryRow<{ required: boolean }>(
      db,
      `SELECT ${MFA_REQUIRED_SQL} AS required`,
      [userId],
    );
    return row?.required ?? false;
  }

  /** Whether the account has an authenticator in force (a confirmed enrolment). */
  async enabled(userId: string, db: Db = this.db): Promise<boolean> {
    const row = await this.enrolment(db, userId);
    return row?.confirmed ?? false;
  }

  async status(userId: string): Promise<MfaStatusDto> {
    const row = await queryRow<{ enabled: boolean; left: number }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM mfa_enrolments WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS enabled,
              (SELECT count(*)::int FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL) AS left`,
      [userId],
    );
    return {
      enabled: row?.enabled ?? false,
      required: await this.requiredFor(userId),
      recoveryCodesLeft: row?.enabled ? (row.left ?? 0) : 0,
    };
  }

  /**
   * Starts setting up an authenticator: a new secret, sealed, replacing any set-up not yet
   * confirmed. Its only showing: the secret as text and as a QR code of the otpauth URI.
   */
  async start(userId: string, email: string): Promise<MfaEnrolmentDto> {
    const secret = newTotpSecret();
    const started = await queryRows<{ user_id: string }>(
      this.db,
      `INSERT INTO mfa_enrolments (user_id, secret_sealed, confirmed_at, last_time_step, created_at)
       VALUES ($1, $2, NULL, NULL, $3)
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed,
         last_time_step = NULL, created_at = excluded.created_at
       WHERE mfa_enrolments.confirmed_at IS NULL
       RETURNING user_id`,
      [userId, this.secrets.seal(secret, totpContext(userId)), this.clock.now()],
    );
    if (started.length === 0) {
      throw new ConflictError(
        MfaErrorCode.MFA_ALREADY_ENROLLED,
        'an authenticator is set up already: turn it off first',
      );
    }
    const otpauthUri = totpUri(secret, email);
    const svg = await qrSvg(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    const qrCode = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    return { secret, otpauthUri, qrCode };
  }

  /**
   * Confirms the set-up with a code from the app: the authenticator is in force from now, and
   * ten recovery codes are made (returned once). Null when no set-up is waiting or the code is
   * not right; the caller says which error that is where it asked.
   */
  async confirm(
    actorId: string,
    userId: string,
    code: string,
  ): Promise<{ recoveryCodes: string[] } | 'not-started' | 'wrong-code'> {
    return this.db.transaction(async (tx) => {
      const row = await queryRow<EnrolmentRow>(
        tx,
        `SELECT secret_sealed, confirmed_at IS NOT NULL AS confirmed, last_time_step::text
           FROM mfa_enrolments WHERE user_id = $1 FOR UPDATE`,
        [userId],
      );
      if (!row || row.confirmed) return 'not-started';
      const secret = this.secrets.open(row.secret_sealed, totpContext(userId));
      const step = matchingTimeStep(secret, code, this.clock.now(), null);
      if (step === null) return 'wrong-code';
      await run(
        tx,
        'UPDATE mfa_enrolments SET confirmed_at = $2, last_time_step = $3 WHERE user_id = $1',
        [userId, this.clock.now(), step],
      );
      const recoveryCodes = await this.replaceRecoveryCodes(tx, userId);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: userId,
        actorId,
        kind: 'mfa.enrolled',
      });
      return { recoveryCodes };
    });
  }

  /**
   * Whether `code` is right for the account's authenticator now and its time step is later than
   * the last one accepted; if so that step becomes the last, in one statement (a replay, even a
   * concurrent one, is refused).
   */
  async acceptCode(userId: string, code: string): Promise<boolean> {
    const row = await this.enrolment(this.db, userId);
    if (!row?.confirmed) return false;
    const secret = this.secrets.open(row.secret_sealed, totpContext(userId));
    const last = row.last_time_step === null ? null : Number(row.last_time_step);
    const step = matchingTimeStep(secret, code, this.clock.now(), last);
    if (step === null) return false;
    const { affected } = await changeRows(
      this.db,
      `UPDATE mfa_enrolments SET last_time_step = $2
        WHERE user_id = $1 AND confirmed_at IS NOT NULL
          AND (last_time_step IS NULL OR last_time_step < $2)`,
      [userId, step],
    );
    if (affected === 1 && this.secrets.isStale(row.secret_sealed)) {
      // Sealed under an older key: seal it again under the current one (SecretBox rotation).
      await run(this.db, 'UPDATE mfa_enrolments SET secret_sealed = $2 WHERE user_id = $1', [
        userId,
        this.secrets.seal(secret, totpContext(userId)),
      ]);
    }
    return affected === 1;
  }

  /** Uses one of the account's recovery codes, once: false when unknown or used. Audited. */
  async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { affected } = await changeRows(
        tx,
        `UPDATE mfa_recovery_codes SET used_at = $3
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
            AND EXISTS (SELECT 1 FROM mfa_enrolments e WHERE e.user_id = $1 AND e.confirmed_at IS NOT NULL)`,
        [userId, recoveryCodeHash(code), this.clock.now()],
      );
      if (affected === 0) return false;
      const left = await queryRow<{ n: number }>(
        tx,
        'SELECT count(*)::int AS n FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL',
        [userId],
      );
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: userId,
        actorId: userId,
        kind: 'mfa.recovery_code_used',
        after: { recoveryCodesLeft: left?.n ?? 0 },
      });
      return true;
    });
  }

  /** Ten new recovery codes in place of the old (returned once). Audited. */
  async regenerateRecoveryCodes(userId: string): Promise<string[]> {
    return this.db.transaction(async (tx) => {
      const codes = await this.replaceRecoveryCodes(tx, userId);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: userId,
        actorId: userId,
        kind: 'mfa.recovery_codes_replaced',
      });
      return codes;
    });
  }

  /**
   * Removes the account's authenticator, recovery codes and waiting second steps: the person
   * turning it off (`mfa.disabled`) or a platform admin resetting it (`mfa.reset`). False when
   * there was nothing to remove (no event then).
   */
  async remove(
    actorId: string,
    userId: string,
    kind: 'mfa.disabled' | 'mfa.reset',
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { affected } = await changeRows(tx, 'DELETE FROM mfa_enrolments WHERE user_id = $1', [
        userId,
      ]);
      await run(tx, 'DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
      await run(tx, 'DELETE FROM mfa_pending_sign_ins WHERE user_id = $1', [userId]);
      if (affected === 0) return false;
      await recordPersonEvent(tx, { at: this.clock.now(), personId: userId, actorId, kind });
      return true;
    });
  }

  private async replaceRecoveryCodes(tx: EntityManager, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await run(tx, 'DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
    await run(
      tx,
      `INSERT INTO mfa_recovery_codes (user_id, code_hash, created_at)
       SELECT $1, h, $3 FROM unnest($2::text[]) AS h`,
      [userId, codes.map(recoveryCodeHash), this.clock.now()],
    );
    return codes;
  }

  private enrolment(db: Db, userId: string) {
    return queryRow<EnrolmentRow>(
      db,
      `SELECT secret_sealed, confirmed_at IS NOT NULL AS confirmed, last_time_step::text
         FROM mfa_enrolments WHERE user_id = $1`,
      [userId],
    );
  }
}
