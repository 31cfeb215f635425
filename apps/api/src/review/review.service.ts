import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ComparableSnapshot, submissionChanges } from '@pies/domain';
import { DataSource } from 'typeorm';
import { recordEvent } from '../audit-trail/audit-trail';
import { lockAudit } from '../audits/audit-lock';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { invalidField } from '../common/errors/field-problems';
import { queryRow, queryRows, run } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import type { ChangesSinceReturnDto, ReviewerDto, ReviewerRefDto } from './dto/review.dto';
import { ReviewProblemCode } from './review.errors';

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * What changed between the audit's latest submission and the one before it (the one the board
   * returned), read from the two immutable snapshots. A first submission has nothing to compare.
   */
  async changesSinceReturn(auditId: string): Promise<ChangesSinceReturnDto> {
    const [latest, earlier] = await queryRows<{ snapshot: ComparableSnapshot; submittedAt: Date }>(
      this.db,
      `SELECT snapshot, submitted_at AS "submittedAt" FROM submissions
        WHERE audit_id = $1 ORDER BY submitted_at DESC, id LIMIT 2`,
      [auditId],
    );
    if (!latest || !earlier)
      return {
        returnedSubmittedAt: null,
        resubmittedAt: latest?.submittedAt ?? null,
        changes: [],
      };
    return {
      returnedSubmittedAt: earlier.submittedAt,
      resubmittedAt: latest.submittedAt,
      changes: submissionChanges(earlier.snapshot, latest.snapshot),
    };
  }

  async reviewer(auditId: string): Promise<ReviewerDto> {
    const reviewer = await queryRow<ReviewerRefDto>(
      this.db,
      'SELECT u.id, u.name FROM audits a JOIN users u ON u.id = a.reviewer_id WHERE a.id = $1',
      [auditId],
    );
    return { reviewer: reviewer ?? null };
  }

  /**
   * Gives the audit's review to a board member of its partnership (the access guard has already
   * found `userId` inside the audit's tenant; being on its board is checked here: 400 naming
   * `userId` if not), or takes it away (`userId` null). Unchanged, nothing is recorded.
   */
  async assign(actor: Actor, auditId: string, userId: string | null): Promise<ReviewerDto> {
    await this.db.transaction(async (tx) => {
      const audit = await lockAudit(tx, auditId);
      const current = await queryRow<{ reviewerId: string | null; partnershipId: string }>(
        tx,
        `SELECT a.reviewer_id AS "reviewerId", c.partnership_id AS "partnershipId"
           FROM audits a JOIN cycles c ON c.id = a.cycle_id WHERE a.id = $1`,
        [audit.id],
      );
      if (!current) throw new Error(`audit ${audit.id} vanished while locked`);
      if (userId) {
        const onBoard = await queryRow<unknown>(
          tx,
          `SELECT 1 FROM ${GRANTED_MEMBERSHIPS} m
            WHERE m.user_id = $1 AND m.partnership_id = $2 AND m.role = 'board_member' LIMIT 1`,
          [userId, current.partnershipId],
        );
        if (!onBoard)
          throw invalidField(
            'userId',
            ReviewProblemCode.reviewerNotOnBoard,
            "is not a board member of the audit's partnership",
          );
      }
      if (current.reviewerId === userId) return;
      await run(tx, 'UPDATE audits SET reviewer_id = $2 WHERE id = $1', [audit.id, userId]);
      await recordEvent(tx, {
        auditId: audit.id,
        actorId: actor.userId,
        at: this.clock.now(),
        kind: userId ? 'reviewer.assigned' : 'reviewer.unassigned',
        before: { reviewerId: current.reviewerId },
        after: { reviewerId: userId },
      });
    });
    return this.reviewer(auditId);
  }
}
