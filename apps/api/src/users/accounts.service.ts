import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { endSessions } from '../auth/sessions.service';
import type { Actor } from '../common/access/actor';
import { ConflictError } from '../common/errors/domain-errors';
import { changeRows } from '../database/typed-query';
import { assertAdminsRemain, lockAdminPartnershipsOf } from './last-admin';
import { UserErrorCode } from './users.errors';
import { Clock } from '../clock/clock';

/**
 * Deactivating an account (a leaver): every session of it ends at once and it cannot sign in,
 * while its roles stay, so reactivating it restores the person as they were. The access guard has
 * checked who may (the `accountId` scope: platform admins, or the admins of the one partnership
 * holding all of the account's roles).
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async deactivate(actor: Actor, accountId: string): Promise<void> {
    if (accountId === actor.userId) {
      throw new ConflictError(
        UserErrorCode.SELF_LOCKOUT,
        'you cannot deactivate your own account: ask another admin',
      );
    }
    await this.db.transaction(async (tx) => {
      const locked = await lockAdminPartnershipsOf(tx, accountId);
      const { affected } = await changeRows(
        tx,
        'UPDATE users SET disabled_at = $2 WHERE id = $1 AND disabled_at IS NULL',
        [accountId, this.clock.now()],
      );
      if (affected === 0) return; // deactivated already
      await endSessions(tx, accountId);
      await assertAdminsRemain(tx, locked);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: accountId,
        actorId: actor.userId,
        kind: 'account.deactivated',
      });
    });
  }

  async reactivate(actor: Actor, accountId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const { affected } = await changeRows(
        tx,
        'UPDATE users SET disabled_at = NULL WHERE id = $1 AND disabled_at IS NOT NULL',
        [accountId],
      );
      if (affected === 0) return; // active already
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: accountId,
        actorId: actor.userId,
        kind: 'account.reactivated',
      });
    });
  }
}
