import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, roleScope } from '@pies/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import type { Actor } from '../common/access/actor';
import { rolesOver } from '../common/access/resource-scope';
import { ConflictError, ForbiddenError } from '../common/errors/domain-errors';
import { AddedPersonDto, AddMemberDto, CreatePartnershipUserDto, UserDto } from './dto/user.dto';
import { PartnershipPersonDto } from './dto/people.dto';
import { accountPartnerships } from './account-partnerships.sql';
import { GRANTED_MEMBERSHIPS } from './granted-memberships.sql';
import { assertPasswordAllowed } from '../auth/password-policy';
import { invalidField, invalidFields, problem } from '../common/errors/field-problems';
import { UserErrorCode, UserProblemCode } from './users.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';

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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
    return this.add(actor, dto, memberships, { where: IN_PARTNERSHIP, id: partnershipId });
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
    return this.add(actor, dto, memberships, { where: IN_ORGANISATION, id: organisationId });
  }

  /**
   * Gives the person with this email the roles. Someone already in the caller's people list
   * (`among`) gets them at once. Anyone else, whether the email has an account elsewhere or is
   * new (the account is then made, with the initial password), gets them as invitations they
   * accept or decline when they next sign in. The caller learns nothing more than they could
   * see already: the answer is the same, no name is shown, a password is needed unless the
   * person is in their list (and is hashed whenever given, whether it is used or not), and an
   * existing account's password and name never change.
   */
  private async add(
    actor: Actor,
    dto: { email: string; name: string; password?: string },
    memberships: NewMembership[],
    among: { where: string; id: string },
  ): Promise<AddedPersonDto> {
    if (dto.password !== undefined) await assertPasswordAllowed(this.db, 'password', dto.password);
    const passwordHash = dto.password === undefined ? null : await hashPassword(dto.password);
    await this.db.transaction(async (tx: EntityManager) => {
      const found = await queryRow<{ id: string; among: boolean }>(
        tx,
        `SELECT u.id, EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} m WHERE m.user_id = u.id AND ${among.where}) AS among
           FROM users u WHERE u.email = $2 FOR UPDATE OF u`,
        [among.id, dto.email],
      );
      if (!found?.among && passwordHash === null) {
        throw invalidFields(
          [
            {
              field: 'password',
              problems: [
                problem(
                  UserProblemCode.passwordRequiredForNewUser,
                  'is required for someone without a role here',
                ),
              ],
            },
          ],
          'password is required for someone without a role here',
        );
      }
      // A new account; or, when one was made with this email meanwhile, that one.
      const userId =
        found?.id ??
        (
          await oneRow<{ id: string }>(
            tx,
            `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
             ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
            [dto.email, dto.name, passwordHash],
          )
        ).id;
      for (const m of memberships) {
        // An invitation already pending, or a role already held, stays as it is.
        await run(
          tx,
          `INSERT INTO memberships (user_id, role, partnership_id, organisation_id, status, invited_by_id)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
          [
            userId,
            m.role,
            m.partnershipId,
            m.organisationId,
            found?.among ? 'active' : 'pending',
            actor.userId,
          ],
        );
      }
    });
    return { email: dto.email, memberships };
  }
}
