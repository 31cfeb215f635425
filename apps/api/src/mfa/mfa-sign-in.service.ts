import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthService, type ClientInfo } from '../auth/auth.service';
import { sha256 } from '../auth/sessions.service';
import { SignInAttempt, SignInThrottleService } from '../auth/sign-in-throttle.service';
import { Clock } from '../clock/clock';
import { UnauthorizedError } from '../common/errors/domain-errors';
import { invalidField } from '../common/errors/field-problems';
import { changeRows, queryRow } from '../database/typed-query';
import type { MfaEnrolmentDto, MfaVerifyDto } from './dto/mfa.dto';
import { MfaErrorCode, MfaProblemCode } from './mfa.errors';
import { MfaService } from './mfa.service';

interface Pending {
  id: string;
  userId: string;
  email: string;
  passwordChangeRequired: boolean;
  attempt: SignInAttempt;
}

const stepInvalid = () =>
  new UnauthorizedError(
    MfaErrorCode.MFA_STEP_INVALID,
    'no sign-in is waiting for this step: sign in again with your password',
  );
const codeInvalid = () =>
  new UnauthorizedError(MfaErrorCode.MFA_CODE_INVALID, 'the code is not right, or has been used');

/**
 * A sign-in's second step, after a right password (`secondStepFor`): a code or a recovery
 * code, or setting up an authenticator when a partnership requires one. Each try is counted by
 * the sign-in throttle like a password; the session opens only here, by the same path as a
 * sign-in without MFA.
 */
@Injectable()
export class MfaSignInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly throttle: SignInThrottleService,
    private readonly mfa: MfaService,
    private readonly clock: Clock,
  ) {}

  async verify(token: string | undefined, dto: MfaVerifyDto, client: ClientInfo) {
    const pending = await this.pending(token, 'mfa');
    const attempt = await this.throttle.admit(pending.email, client.ip, client.deviceCookie);
    const right =
      dto.code !== undefined
        ? await this.mfa.acceptCode(pending.userId, dto.code)
        : await this.mfa.useRecoveryCode(pending.userId, dto.recoveryCode ?? '');
    if (!right) throw codeInvalid();
    return this.openSession(pending, attempt, client);
  }

  /** The secret and QR code for a sign-in that must set up an authenticator first. */
  async startEnrolment(token: string | undefined): Promise<MfaEnrolmentDto> {
    const pending = await this.pending(token, 'mfa-enrol');
    return this.mfa.start(pending.userId, pending.email);
  }

  /** The set-up confirmed with a code: the session opens, with the recovery codes to show once. */
  async confirmEnrolment(token: string | undefined, code: string, client: ClientInfo) {
    const pending = await this.pending(token, 'mfa-enrol');
    const attempt = await this.throttle.admit(pending.email, client.ip, client.deviceCookie);
    const confirmed = await this.mfa.confirm(pending.userId, pending.userId, code);
    if (confirmed === 'not-started') {
      throw invalidField('code', MfaProblemCode.mfaNotStarted, 'start the set-up first');
    }
    if (confirmed === 'wrong-code') throw codeInvalid();
    const session = await this.openSession(pending, attempt, client);
    return { session, recoveryCodes: confirmed.recoveryCodes };
  }

  /** Uses the waiting sign-in (once: a concurrent second use finds it gone) and opens the session. */
  private async openSession(pending: Pending, attempt: SignInAttempt, client: ClientInfo) {
    const { affected } = await changeRows(
      this.db,
      'DELETE FROM mfa_pending_sign_ins WHERE id = $1',
      [pending.id],
    );
    if (affected === 0) throw stepInvalid();
    await this.throttle.succeeded(attempt);
    await this.throttle.succeeded(pending.attempt);
    return this.auth.openSession(
      pending.userId,
      pending.email,
      client,
      pending.passwordChangeRequired,
    );
  }

  private async pending(token: string | undefined, step: 'mfa' | 'mfa-enrol'): Promise<Pending> {
    if (!token) throw stepInvalid();
    const row = await queryRow<Pending>(
      this.db,
      `SELECT s.id, s.user_id AS "userId", u.email, s.password_change_required AS "passwordChangeRequired",
              s.attempt
         FROM mfa_pending_sign_ins s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.step = $2 AND s.expires_at > $3 AND u.disabled_at IS NULL`,
      [sha256(token), step, this.clock.now()],
    );
    if (!row) throw stepInvalid();
    return row;
  }
}
