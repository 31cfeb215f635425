import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { ConflictError } from '../common/errors/domain-errors';
import { changeRows, queryRows } from '../database/typed-query';
import type { InvitationDto } from './dto/user.dto';
import type { MembershipStatus } from './entities/membership.entity';
import { UserErrorCode } from './users.errors';

/** The roles a person has been offered (pending memberships), which they accept or decline. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  listMine(userId: string): Promise<InvitationDto[]> {
    return queryRows<InvitationDto>(
      this.db,
      // eslint-disable-next-line no-restricted-syntax -- the person's own pending ones
      `SELECT m.id, m.role, m.organisation_id AS "organisationId", o.name AS "organisationName",
              ARRAY(SELECT p.name FROM partnerships p
                     WHERE p.id = m.partnership_id
                        OR p.id IN (SELECT po.partnership_id FROM partnership_organisations po WHERE po.organisation_id = m.organisation_id)
                     ORDER BY p.name) AS "partnershipNames",
              inviter.name AS "invitedByName", m.created_at AS "invitedAt"
         FROM memberships m
         LEFT JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN users inviter ON inviter.id = m.invited_by_id
        WHERE m.user_id = $1 AND m.status = 'pending'
        ORDER BY m.created_at, m.id`,
      [userId],
    );
  }

  /** Accepts (the role is then held) or declines (kept as declined) a pending invitation. */
  async answer(id: string, status: Exclude<MembershipStatus, 'pending'>): Promise<void> {
    const { affected } = await changeRows(
      this.db,
      `UPDATE memberships SET status = $2, responded_at = $3 WHERE id = $1 AND status = 'pending'`,
      [id, status, this.clock.now()],
    );
    if (affected === 0)
      throw new ConflictError(
        UserErrorCode.INVITATION_ANSWERED,
        'this invitation has already been answered',
      );
  }
}
