import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ClientInfo } from '../auth/auth.service';
import { AuthProblemCode } from '../auth/auth.errors';
import { checkPassword } from '../auth/passwords';
import { SignInThrottleService } from '../auth/sign-in-throttle.service';
import type { Actor } from '../common/access/actor';
import { ConflictError } from '../common/errors/domain-errors';
import { invalidField } from '../common/errors/field-problems';
import { oneRow } from '../database/typed-query';
import type { MfaDisableDto, MfaEnrolmentDto, MfaStatusDto } from './dto/mfa.dto';
import { MfaErrorCode, MfaProblemCode } from './mfa.errors';
import { MfaService } from './mfa.service';

const codeWrong = () =>
  invalidField('code', MfaProblemCode.mfaCodeWrong, 'is not right, or has been used');

/**
 * A signed-in person's own second factor: set it up, turn it off, new recovery codes. Each
 * check of a code or password is counted by the sign-in throttle, so a stolen session cannot
 * guess them freely.
 */
@Injectable()
export class MfaAccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mfa: MfaService,
    private readonly throttle: SignInThrottleService,
  ) {}

  status(actor: Actor): Promise<MfaStatusDto> {
    return this.mfa.status(actor.userId);
  }

  start(actor: Actor): Promise<MfaEnrolmentDto> {
    return this.mfa.start(actor.userId, actor.email);
  }

  async confirm(actor: Actor, code: string, client: ClientInfo) {
    const attempt = await this.throttle.admit(actor.email, client.ip, client.deviceCookie);
    const confirmed = await this.mfa.confirm(actor.userId, actor.userId, code);
    if (confirmed === 'not-started') {
      throw invalidField('code', MfaProblemCode.mfaNotStarted, 'start the set-up first');
    }
    if (confirmed === 'wrong-code') throw codeWrong();
    await this.throttle.succeeded(attempt);
    return confirmed;
  }

  /** Turns the second factor off, with the password and a code; never while a partnership requires it. */
  async disable(actor: Actor, dto: MfaDisableDto, client: ClientInfo): Promise<void> {
    if (await this.mfa.requiredFor(actor.userId)) {
      throw new ConflictError(
        MfaErrorCode.MFA_REQUIRED_BY_PARTNERSHIP,
        'a partnership you hold a board or admin role in requires a second factor',
      );
    }
    await this.assertEnabled(actor);
    const attempt = await this.throttle.admit(actor.email, client.ip, client.deviceCookie);
    const { password_hash } = await oneRow<{ password_hash: string }>(
      this.db,
      'SELECT password_hash FROM users WHERE id = $1',
      [actor.userId],
    );
    if (!(await checkPassword(password_hash, dto.password))) {
      throw invalidField('password', AuthProblemCode.currentPasswordWrong, 'is not right');
    }
    if (!(await this.mfa.acceptCode(actor.userId, dto.code))) throw codeWrong();
    await this.throttle.succeeded(attempt);
    await this.mfa.remove(actor.userId, actor.userId, 'mfa.disabled');
  }

  /** Ten new recovery codes, the old ones no longer working, given a code from the app. */
  async regenerate(actor: Actor, code: string, client: ClientInfo) {
    await this.assertEnabled(actor);
    const attempt = await this.throttle.admit(actor.email, client.ip, client.deviceCookie);
    if (!(await this.mfa.acceptCode(actor.userId, code))) throw codeWrong();
    await this.throttle.succeeded(attempt);
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(actor.userId) };
  }

  private async assertEnabled(actor: Actor) {
    if (!(await this.mfa.enabled(actor.userId))) {
      throw new ConflictError(MfaErrorCode.MFA_NOT_ENROLLED, 'no authenticator is set up');
    }
  }
}
