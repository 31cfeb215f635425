import { auditOccasionValues, leadsOf, Notifier } from '../notifications/notifier';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { lockAudit } from '../audits/audit-lock';
import { AuditsService } from '../audits/audits.service';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import type { ChallengeDto, RaiseChallengeDto } from './dto/challenge.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { ChallengeErrorCode } from './challenges.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import { Clock } from '../clock/clock';

const SELECT = `SELECT c.id, c.audit_id AS "auditId", c.indicator_code AS "indicatorCode", c.status,
  u.name AS "raisedBy", c.raised_at AS "raisedAt", c.resolved_at AS "resolvedAt",
  COALESCE((SELECT json_agg(json_build_object('id', m.id, 'authorName', mu.name,
            'authorSide', CASE WHEN EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} am WHERE am.user_id = m.author_id AND am.organisation_id = a.organisation_id)
                          THEN 'agency' ELSE 'board' END,
            'body', m.body, 'createdAt', m.created_at) ORDER BY m.created_at, m.id)
     FROM challenge_messages m LEFT JOIN users mu ON mu.id = m.author_id WHERE m.challenge_id = c.id), '[]'::json) AS messages
  FROM challenges c JOIN audits a ON a.id = c.audit_id LEFT JOIN users u ON u.id = c.raised_by_id`;

/**
 * The board challenges a submitted audit or one of its indicators; the agency replies; the
 * board may reply back and resolves it. Every step is in the audit trail.
 */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audits: AuditsService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  list(auditId: string): Promise<ChallengeDto[]> {
    return queryRows<ChallengeDto>(
      this.db,
      `${SELECT} WHERE c.audit_id = $1 ORDER BY c.raised_at`,
      [auditId],
    );
  }

  async raise(actor: Actor, auditId: string, dto: RaiseChallengeDto): Promise<ChallengeDto> {
    const id = await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      await this.audits.assertIndicator(tx, audit, dto.indicatorCode);
      const at = this.clock.now();
      const row = await oneRow<{ id: string }>(
        tx,
        'INSERT INTO challenges (audit_id, indicator_code, raised_by_id, raised_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [auditId, dto.indicatorCode ?? null, actor.userId, at],
      );
      await run(
        tx,
        'INSERT INTO challenge_messages (challenge_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)',
        [row.id, actor.userId, dto.question, at],
      );
      await recordEvent(tx, {
        auditId,
        actorId: actor.userId,
        at,
        kind: 'challenge.raised',
        subject: dto.indicatorCode ?? null,
        after: { challengeId: row.id, question: dto.question },
      });
      const { organisationId, partnershipId, values } = await auditOccasionValues(tx, auditId);
      await this.notifier.notify(tx, await leadsOf(tx, organisationId), {
        kind: 'audit_challenged',
        occasion: `challenge:${row.id}`,
        partnershipId,
        path: `/audits/${auditId}`,
        values,
      });
      return row.id;
    });
    return this.get(this.db.manager, id);
  }

  async reply(actor: Actor, challengeId: string, body: string): Promise<ChallengeDto> {
    await this.db.transaction(async (tx) => {
      const challenge = await this.lockOpen(tx, challengeId, 'this challenge is resolved');
      const at = this.clock.now();
      await run(
        tx,
        'INSERT INTO challenge_messages (challenge_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)',
        [challengeId, actor.userId, body, at],
      );
      await recordEvent(tx, {
        auditId: challenge.auditId,
        actorId: actor.userId,
        at,
        kind: 'challenge.replied',
        subject: challenge.indicatorCode,
        after: { challengeId, body },
      });
      // The board member who raised it hears of replies from others.
      if (challenge.raisedById && challenge.raisedById !== actor.userId) {
        const { partnershipId, values } = await auditOccasionValues(tx, challenge.auditId);
        await this.notifier.notify(tx, [challenge.raisedById], {
          kind: 'challenge_replied',
          occasion: `challenge:${challengeId}:reply:${at.toISOString()}`,
          partnershipId,
          path: `/audits/${challenge.auditId}/challenges`,
          values,
        });
      }
    });
    return this.get(this.db.manager, challengeId);
  }

  async resolve(actor: Actor, challengeId: string): Promise<ChallengeDto> {
    await this.db.transaction(async (tx) => {
      const challenge = await this.lockOpen(tx, challengeId, 'this challenge is already resolved');
      const at = this.clock.now();
      await run(
        tx,
        `UPDATE challenges SET status = 'resolved', resolved_by_id = $2, resolved_at = $3 WHERE id = $1`,
        [challengeId, actor.userId, at],
      );
      await recordEvent(tx, {
        auditId: challenge.auditId,
        actorId: actor.userId,
        at,
        kind: 'challenge.resolved',
        subject: challenge.indicatorCode,
        before: { status: 'open' },
        after: { challengeId, status: 'resolved' },
      });
    });
    return this.get(this.db.manager, challengeId);
  }

  /** Locks an open challenge; 409 with `resolved` when it is resolved. */
  private async lockOpen(tx: EntityManager, id: string, resolved: string) {
    const row = await queryRow<{
      auditId: string;
      indicatorCode: string | null;
      status: string;
      raisedById: string | null;
    }>(
      tx,
      'SELECT audit_id AS "auditId", indicator_code AS "indicatorCode", status, raised_by_id AS "raisedById" FROM challenges WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'challenge');
    if (row.status === 'resolved')
      throw new ConflictError(ChallengeErrorCode.CHALLENGE_RESOLVED, resolved);
    return row;
  }

  private get(tx: EntityManager, id: string): Promise<ChallengeDto> {
    return oneRow<ChallengeDto>(tx, `${SELECT} WHERE c.id = $1`, [id]);
  }
}
