import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, roleScope } from '@pies/domain';
import { DataSource, EntityManager } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { rolesOver } from '../common/access/resource-scope';
import { ConflictError, ForbiddenError } from '../common/errors/domain-errors';
import { AddedPersonDto, AddMemberDto, CreatePartnershipUserDto, UserDto } from './dto/user.dto';
import { PartnershipPersonDto } from './dto/people.dto';
import { accountPartnerships } from './account-partnerships.sql';
import { GRANTED_MEMBERSHIPS } from './granted-memberships.sql';
import { invalidField } from '../common/errors/field-problems';
import { InvitationMailer, type OfferPlace } from './invitation-mailer';
import { UserErrorCode, UserProblemCode } from './users.errors';
import { oneRow, queryRow, queryRows } from '../database/typed-query';

interface NewMembership {
  role: Role;
  partnershipId: string | null;
  organisationId: string | null;
}

/** Whose roles a people list shows, for `$1` (a partnership, or an organisation). */
const IN_PARTNERSHIP = `(m.partnership_id = $1
  OR m.organisation_id IN (SELECT organisation_id FROM partnership_organisations WHERE partnership_id = $1))`;
const IN_ORGANISATION = 'm.organisation_id = $1';

const usersIn = (where: string, also = '') => `
  SELECT u.id, u.email, u.name, u.created_at AS "createdAt", u.last_sign_in_at AS "lastSignInAt",
         u.disabled_at AS "deactivatedAt",${also}
         json_agg(json_build_object('id', m.id, 'role', m.role, 'partnershipId', m.partnership_id,
                  'organisationId', m.organisation_id, 'organisationName', o.name)
                  ORDER BY m.role, o.name) AS memberships
    FROM users u
    JOIN ${GRANTED_MEMBERSHIPS} m ON m.user_id = u.id
    LEFT JOIN organisations o ON o.id = m.organisation_id
   WHERE ${where}
   GROUP BY u.id
   ORDER BY u.name, u.email`;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: InvitationMailer,
    private readonly clock: Clock,
  ) {}

  listInPartnership(partnershipId: string): Promise<PartnershipPersonDto[]> {
    return queryRows<PartnershipPersonDto>(
      this.db,
      usersIn(
        IN_PARTNERSHIP,
        ` $1 = ANY(${accountPartnerships('u.id')}) AS "accountInPartnership",`,
      ),
      [partnershipId],
    );
  }

  listInOrganisation(organisationId: string): Promise<UserDto[]> {
    return queryRows<UserDto>(this.db, usersIn(IN_ORGANISATION), [organisationId]);
  }

  /**
   * A partnership admin gives a person roles in the partnership and its organisations. The
   * access guard has checked that each organisation named is one of the partnership's.
   */
  createInPartnership(
    actor: Actor,
    partnershipId: string,
    dto: CreatePartnershipUserDto,
  ): Promise<AddedPersonDto> {
    const seen = new Set<string>();
    const memberships = dto.memberships.map((m, i): NewMembership => {
      const key = `${m.role}:${m.organisationId ?? ''}`;
      if (seen.has(key))
        throw new ConflictError(
          UserErrorCode.MEMBERSHIP_DUPLICATE,
          'duplicate membership in the request',
        );
      seen.add(key);
      if (roleScope(m.role) === 'partnership') {
        if (m.organisationId) {
          throw invalidField(
            `memberships.${i}.organisationId`,
            UserProblemCode.organisationNotForRole,
            `must be left out for ${m.role}`,
            { role: m.role },
          );
        }
        return { role: m.role, partnershipId, organisationId: null };
      }
      return { role: m.role, partnershipId: null, organisationId: m.organisationId! };
    });
    return this.add(
      actor,
      dto,
      memberships,
      { where: IN_PARTNERSHIP, id: partnershipId },
      { partnershipId, organisationId: null },
    );
  }

  /**
   * Adds a member to an organisation. An agency lead may add contributors; partnership and
   * platform admins may also add leads.
   */
  addMember(
    actor: Actor,
    organisationId: string,
    partnershipIds: string[],
    dto: AddMemberDto,
  ): Promise<AddedPersonDto> {
    const held = rolesOver(actor, { organisationId, partnershipIds });
    const isAdmin = held.has('partnership_admin') || held.has('platform_admin');
    if (dto.role === 'agency_lead' && !isAdmin) {
      throw new ForbiddenError(
        UserErrorCode.AGENCY_LEAD_NEEDS_ADMIN,
        'only a partnership admin can add an agency lead',
      );
    }
    const memberships = [{ role: dto.role, partnershipId: null, organisationId }];
    return this.add(
      actor,
      dto,
      memberships,
      { where: IN_ORGANISATION, id: organisationId },
      { partnershipId: null, organisationId },
    );
  }

  /**
   * Gives the person with this email the roles. Someone already in the caller's people list
   * (`among`) gets them at once. Anyone else gets them as invitations they accept or decline once
   * signed in, and a mail (InvitationMailer): a new email gets an account with no password and a
   * link to set one (no one ever types another person's password); an account elsewhere gets a
   * mail sending it to its invitations. The caller learns nothing more than they could see
   * already: the answer is the same, no name is shown, and an existing account's password and
   * name never change. Everything, the mail included, is written in one transaction.
   */
  private async add(
    actor: Actor,
    dto: { email: string; name: string },
    memberships: NewMembership[],
    among: { where: string; id: string },
    place: OfferPlace,
  ): Promise<AddedPersonDto> {
    await this.db.transaction(async (tx: EntityManager) => {
      const found = await queryRow<{ id: string; among: boolean }>(
        tx,
        `SELECT u.id, EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} m WHERE m.user_id = u.id AND ${among.where}) AS among
           FROM users u WHERE u.email = $2 FOR UPDATE OF u`,
        [among.id, dto.email],
      );
      // A new account, with no password until its owner sets one from the link; or, when one
      // was made with this email meanwhile, that one.
      const userId =
        found?.id ??
        (
          await oneRow<{ id: string }>(
            tx,
            `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, NULL)
             ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
            [dto.email, dto.name],
          )
        ).id;
      const status = found?.among ? 'active' : 'pending';
      let offered = 0;
      for (const m of memberships) {
        // An invitation already pending, or a role already held, stays as it is.
        const added = await queryRow<{ id: string }>(
          tx,
          `INSERT INTO memberships (user_id, role, partnership_id, organisation_id, status, invited_by_id)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
          [userId, m.role, m.partnershipId, m.organisationId, status, actor.userId],
        );
        if (!added) continue;
        if (status === 'pending') offered++;
        await recordPersonEvent(tx, {
          at: this.clock.now(),
          personId: userId,
          actorId: actor.userId,
          kind: status === 'pending' ? 'invitation.sent' : 'membership.added',
          subject: added.id,
          after: { ...m, status },
        });
      }
      if (offered > 0) await this.mailer.send(tx, { userId, inviterName: actor.name, place });
    });
    return { email: dto.email, memberships };
  }
}
