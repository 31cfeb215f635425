import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { oneRow, run } from '../database/typed-query';
import type { MfaPolicyDto } from './dto/mfa.dto';
import { MfaService } from './mfa.service';

/** A partnership's MFA policy, and a platform admin's reset of a person's second factor. */
@Injectable()
export class MfaPolicyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mfa: MfaService,
    private readonly clock: Clock,
  ) {}

  async get(partnershipId: string): Promise<MfaPolicyDto> {
    return oneRow<MfaPolicyDto>(
      this.db,
      'SELECT require_mfa AS required FROM partnerships WHERE id = $1',
      [partnershipId],
    );
  }

  /**
   * Sets the policy. The trail has no partnership subject, so the change is an event about the
   * admin who made it, naming the partnership as its subject.
   */
  async set(actor: Actor, partnershipId: string, dto: MfaPolicyDto): Promise<MfaPolicyDto> {
    return this.db.transaction(async (tx) => {
      const before = await oneRow<MfaPolicyDto>(
        tx,
        'SELECT require_mfa AS required FROM partnerships WHERE id = $1 FOR UPDATE',
        [partnershipId],
      );
      if (before.required === dto.required) return before;
      await run(tx, 'UPDATE partnerships SET require_mfa = $2, updated_at = $3 WHERE id = $1', [
        partnershipId,
        dto.required,
        this.clock.now(),
      ]);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: actor.userId,
        actorId: actor.userId,
        kind: 'partnership.mfa_policy_changed',
        subject: `partnership:${partnershipId}`,
        before,
        after: { required: dto.required },
      });
      return { required: dto.required };
    });
  }

  /** A platform admin removes a person's authenticator and recovery codes (a lost phone). */
  async reset(actor: Actor, accountId: string): Promise<void> {
    await this.mfa.remove(actor.userId, accountId, 'mfa.reset');
  }
}
