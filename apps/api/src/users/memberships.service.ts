import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, roleScope } from '@pies/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { CommonErrorCode } from '../common/errors/common.errors';
import { invalidField } from '../common/errors/field-problems';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import { revokeLinks } from '../auth/account-links';
import { InvitationMailer } from './invitation-mailer';
import type { PendingInvitationDto } from './dto/people.dto';
import type { MembershipStatus } from './entities/membership.entity';
import { assertAdminsRemain, lockPartnerships } from './last-admin';
import { UserErrorCode, UserProblemCode } from './users.errors';
import { Clock } from '../clock/clock';

interface MembershipRow {
  id: string;
  user_id: string;
  role: Role;
  partnership_id: string | null;
  organisation_id: string | null;
  status: MembershipStatus;
}

const ADMIN: readonly Role[] = ['partnership_admin', 'platform_admin'];

/**
 * An admin changes or removes a person's role, or revokes (or sends again) a role offered and not
 * yet accepted (both are memberships). The access guard has checked that the membership is in the caller's
 * partnership (or one of its organisations).
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: InvitationMailer,
    private readonly clock: Clock,
  ) {}

  /** Roles offered in the partnership or its organisations and not yet answered. */
  listPending(partnershipId: string): Promise<PendingInvitationDto[]> {
    return queryRows<PendingInvitationDto>(
      this.db,
      // eslint-disable-next-line no-restricted-syntax -- the pending ones, by design
      `SELECT m.id, u.email, m.role, m.organisation_id AS "organisationId", o.name AS "organisationName",
              inviter.name AS "invitedByName", m.created_at AS "invitedAt"
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN users inviter ON inviter.id = m.invited_by_id
        WHERE m.status = 'pending'
          AND (m.partnership_id = $1 OR m.organisation_id IN (
                SELECT organisation_id FROM partnership_organisations WHERE partnership_id = $1))
        ORDER BY m.created_at, m.id`,
      [partnershipId],
    );
  }

  /** Changes a role within its kind: partnership admin and board member; lead and contributor. */
  async changeRole(actor: Actor, membershipId: string, role: Role): Promise<void> {
    await this.db.transaction(async (tx) => {
      const m = await this.lock(tx, membershipId);
      if (roleScope(m.role) !== roleScope(role) || role === 'platform_admin') {
        const roles = m.organisation_id
          ? ['agency_lead', 'agency_contributor']
          : ['partnership_admin', 'board_member'];
        throw invalidField(
          'role',
          UserProblemCode.roleNotForMembership,
          `must be one of: ${roles.join(', ')}`,
          { roles },
        );
      }
      if (m.role === role) return;
      this.refuseSelfLockout(actor, m);
      const locked = await lockPartnerships(tx, this.adminOf(m));
      await run(tx, 'UPDATE memberships SET role = $2 WHERE id = $1', [m.id, role]);
      await assertAdminsRemain(tx, locked);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: m.user_id,
        actorId: actor.userId,
        kind: 'membership.role_changed',
        subject: m.id,
        before: describe(m),
        after: describe({ ...m, role }),
      });
    });
  }

  /** Removes a role (or revokes an invitation): it is gone at once, for every session. */
  async remove(actor: Actor, membershipId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const m = await this.lock(tx, membershipId);
      this.refuseSelfLockout(actor, m);
      const locked = await lockPartnerships(tx, this.adminOf(m));
      // eslint-disable-next-line no-restricted-syntax -- deleting one by id, not reading roles
      await run(tx, 'DELETE FROM memberships WHERE id = $1', [m.id]);
      await assertAdminsRemain(tx, locked);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: m.user_id,
        actorId: actor.userId,
        kind: m.status === 'pending' ? 'invitation.revoked' : 'membership.removed',
        subject: m.id,
        before: describe(m),
      });
      if (m.status === 'pending') await this.revokeLinkIfNothingOffered(tx, m.user_id);
    });
  }

  /**
   * Sends a pending invitation's mail again: for a person with no password yet, a new link (the
   * older ones stop working); for an account, the mail sending it to its invitations.
   */
  async resend(actor: Actor, membershipId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const m = await this.lock(tx, membershipId);
      if (m.status !== 'pending') {
        throw new ConflictError(
          UserErrorCode.INVITATION_ANSWERED,
          'this invitation has already been accepted',
        );
      }
      await this.mailer.send(tx, {
        userId: m.user_id,
        inviterName: actor.name,
        place: { partnershipId: m.partnership_id, organisationId: m.organisation_id },
      });
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: m.user_id,
        actorId: actor.userId,
        kind: 'invitation.resent',
        subject: m.id,
        before: describe(m),
      });
    });
  }

  /**
   * A person who never set a password and now has nothing offered has no use for their
   * invitation link: it stops working. (With another role still offered, it works on.)
   */
  private async revokeLinkIfNothingOffered(tx: EntityManager, userId: string): Promise<void> {
    const { idle } = await oneRow<{ idle: boolean }>(
      tx,
      // eslint-disable-next-line no-restricted-syntax -- the roles still offered, not granted
      `SELECT u.password_hash IS NULL AND NOT EXISTS (
                SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.status = 'pending') AS idle
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (idle) await revokeLinks(tx, userId, 'invitation', this.clock.now());
  }

  /** The membership, locked; a declined one is only a record, and is not changed. */
  private async lock(tx: EntityManager, id: string): Promise<MembershipRow> {
    const m = await queryRow<MembershipRow>(
      tx,
      // eslint-disable-next-line no-restricted-syntax -- a membership by id, granted or offered
      `SELECT id, user_id, role, partnership_id, organisation_id, status FROM memberships
        WHERE id = $1 AND status <> 'declined' FOR UPDATE`,
      [id],
    );
    if (!m) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'membership');
    return m;
  }

  /** Nobody takes away their own admin role: they would lock themselves out. */
  private refuseSelfLockout(actor: Actor, m: MembershipRow) {
    if (m.user_id === actor.userId && ADMIN.includes(m.role)) {
      throw new ConflictError(
        UserErrorCode.SELF_LOCKOUT,
        'you cannot remove or change your own admin role: ask another admin',
      );
    }
  }

  /** The partnership whose admins this membership counts among, if it does. */
  private adminOf(m: MembershipRow): string[] {
    return m.role === 'partnership_admin' && m.status === 'active' && m.partnership_id
      ? [m.partnership_id]
      : [];
  }
}

const describe = (m: MembershipRow) => ({
  role: m.role,
  partnershipId: m.partnership_id,
  organisationId: m.organisation_id,
  status: m.status,
});
