import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors/domain-errors';
import { queryRows } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from './granted-memberships.sql';
import { UserErrorCode } from './users.errors';

/**
 * "Nobody can remove the last partnership admin of a partnership": a change that may take an
 * admin away (a role removed or changed, an account deactivated) first locks the partnerships
 * concerned with `lockPartnerships`, so changes to one partnership's admins run one after another,
 * then makes the change and calls `assertAdminsRemain` in the same transaction, which rolls it back
 * if one of them is left with no admin who can sign in.
 */
export async function lockPartnerships(tx: EntityManager, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    'SELECT id FROM partnerships WHERE id = ANY($1) ORDER BY id FOR UPDATE',
    [ids],
  );
  return rows.map((r) => r.id);
}

/** The partnerships this person is an admin of, locked (see above). */
export async function lockAdminPartnershipsOf(tx: EntityManager, userId: string) {
  const held = await queryRows<{ id: string }>(
    tx,
    `SELECT m.partnership_id AS id FROM ${GRANTED_MEMBERSHIPS} m
      WHERE m.user_id = $1 AND m.role = 'partnership_admin'`,
    [userId],
  );
  return lockPartnerships(
    tx,
    held.map((r) => r.id),
  );
}

export async function assertAdminsRemain(tx: EntityManager, partnershipIds: string[]) {
  if (partnershipIds.length === 0) return;
  const orphaned = await queryRows<{ id: string }>(
    tx,
    `SELECT p.id FROM partnerships p
      WHERE p.id = ANY($1) AND NOT EXISTS (
        SELECT 1 FROM ${GRANTED_MEMBERSHIPS} m JOIN users u ON u.id = m.user_id
         WHERE m.partnership_id = p.id AND m.role = 'partnership_admin' AND u.disabled_at IS NULL)
      ORDER BY p.id`,
    [partnershipIds],
  );
  if (orphaned.length > 0) {
    throw new ConflictError(
      UserErrorCode.LAST_PARTNERSHIP_ADMIN,
      'this would leave a partnership with no partnership admin: make someone else its admin first',
      { partnershipIds: orphaned.map((r) => r.id) },
    );
  }
}
