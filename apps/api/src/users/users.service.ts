import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, roleScope } from '@pies/domain';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import type { Actor } from '../common/access/actor';
import { rolesOver } from '../common/access/resource-scope';
import { ConflictError, ForbiddenError } from '../common/errors/domain-errors';
import { AddMemberDto, CreatePartnershipUserDto, UserDto } from './dto/user.dto';
import {
  type FieldProblem,
  invalidField,
  invalidFields,
  problem,
} from '../common/errors/field-problems';
import { UserErrorCode, UserProblemCode } from './users.errors';
import { oneRow, queryRow, queryRows } from '../database/typed-query';

interface NewMembership {
  role: Role;
  partnershipId: string | null;
  organisationId: string | null;
}

/** Users with their memberships, restricted to one partnership (and its organisations). */
const USERS_IN_PARTNERSHIP = `
  SELECT u.id, u.email, u.name, u.created_at AS "createdAt",
         json_agg(json_build_object('id', m.id, 'role', m.role, 'partnershipId', m.partnership_id,
                  'organisationId', m.organisation_id, 'organisationName', o.name)
                  ORDER BY m.role, o.name) AS memberships
    FROM users u
    JOIN memberships m ON m.user_id = u.id
    LEFT JOIN organisations o ON o.id = m.organisation_id
   WHERE m.partnership_id = $1
      OR m.organisation_id IN (SELECT organisation_id FROM partnership_organisations WHERE partnership_id = $1)
   GROUP BY u.id`;

const USERS_IN_ORGANISATION = `
  SELECT u.id, u.email, u.name, u.created_at AS "createdAt",
         json_agg(json_build_object('id', m.id, 'role', m.role, 'partnershipId', m.partnership_id,
                  'organisationId', m.organisation_id, 'organisationName', o.name) ORDER BY m.role) AS memberships
    FROM users u
    JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1
    JOIN organisations o ON o.id = m.organisation_id
   GROUP BY u.id`;

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  listInPartnership(partnershipId: string): Promise<UserDto[]> {
    return queryRows<UserDto>(this.db, `${USERS_IN_PARTNERSHIP} ORDER BY u.name, u.email`, [
      partnershipId,
    ]);
  }

  listInOrganisation(organisationId: string): Promise<UserDto[]> {
    return queryRows<UserDto>(this.db, `${USERS_IN_ORGANISATION} ORDER BY u.name, u.email`, [
      organisationId,
    ]);
  }

  /**
   * A partnership admin adds a user (or an existing user's new roles) in the partnership. The
   * access guard has checked that each organisation named is one of the partnership's.
   */
  async createInPartnership(
    partnershipId: string,
    dto: CreatePartnershipUserDto,
  ): Promise<UserDto> {
    const memberships = dto.memberships.map((m, i): NewMembership => {
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
    const userId = await this.upsertWithMemberships(dto, memberships);
    const user = await oneRow<UserDto>(this.db, `${USERS_IN_PARTNERSHIP} HAVING u.id = $2`, [
      partnershipId,
      userId,
    ]);
    return user;
  }

  /**
   * Adds a member to an organisation. An agency lead may add contributors; partnership and
   * platform admins may also add leads.
   */
  async addMember(
    actor: Actor,
    organisationId: string,
    partnershipIds: string[],
    dto: AddMemberDto,
  ): Promise<UserDto> {
    const held = rolesOver(actor, { organisationId, partnershipIds });
    const isAdmin = held.has('partnership_admin') || held.has('platform_admin');
    if (dto.role === 'agency_lead' && !isAdmin) {
      throw new ForbiddenError(
        UserErrorCode.AGENCY_LEAD_NEEDS_ADMIN,
        'only a partnership admin can add an agency lead',
      );
    }
    const userId = await this.upsertWithMemberships(dto, [
      { role: dto.role, partnershipId: null, organisationId },
    ]);
    const user = await oneRow<UserDto>(this.db, `${USERS_IN_ORGANISATION} HAVING u.id = $2`, [
      organisationId,
      userId,
    ]);
    return user;
  }

  /**
   * Creates the user when the email is new (a password is then required), or adds the roles to
   * the existing account (a password must then be left out: it is not changed by others).
   */
  private upsertWithMemberships(
    dto: { email: string; name: string; password?: string },
    memberships: NewMembership[],
  ): Promise<string> {
    return this.db.transaction(async (tx: EntityManager) => {
      const existing = await queryRow<{ id: string }>(
        tx,
        'SELECT id FROM users WHERE email = $1 FOR UPDATE',
        [dto.email],
      );
      let userId: string;
      if (existing) {
        if (dto.password !== undefined) {
          throw new ConflictError(
            UserErrorCode.USER_EXISTS_PASSWORD_GIVEN,
            'a user with this email exists; leave out password to add roles to their account',
            [
              {
                field: 'password',
                problems: [
                  problem(
                    UserProblemCode.passwordNotForExistingUser,
                    'must be left out for an existing user',
                  ),
                ],
              },
            ] satisfies FieldProblem[],
          );
        }
        userId = existing.id;
      } else {
        if (dto.password === undefined) {
          throw invalidFields(
            [
              {
                field: 'password',
                problems: [
                  problem(UserProblemCode.passwordRequiredForNewUser, 'is required for a new user'),
                ],
              },
            ],
            'password is required for a new user',
          );
        }
        const passwordHash = await hashPassword(dto.password);
        const row = await queryRow<{ id: string }>(
          tx,
          `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [dto.email, dto.name, passwordHash],
        );
        if (!row)
          throw new ConflictError(
            UserErrorCode.USER_CREATED_CONCURRENTLY,
            'a user with this email was created at the same time; try again',
          );
        userId = row.id;
      }
      for (const m of memberships) {
        const inserted = await queryRows<unknown>(
          tx,
          `INSERT INTO memberships (user_id, role, partnership_id, organisation_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING id`,
          [userId, m.role, m.partnershipId, m.organisationId],
        );
        if (!inserted.length && !existing)
          throw new ConflictError(
            UserErrorCode.MEMBERSHIP_DUPLICATE,
            'duplicate membership in the request',
          );
      }
      return userId;
    });
  }
}
