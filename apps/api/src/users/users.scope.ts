import type { IdScope } from '../common/access/id-scope';
import { accountPartnerships } from './account-partnerships.sql';
import { GRANTED_MEMBERSHIPS } from './granted-memberships.sql';

/**
 * A membership, active or an invitation still pending: the person's own (@Own routes), in the
 * tenant of what it gives a role in.
 */
// eslint-disable-next-line no-restricted-syntax -- any membership by its id, granted or not yet
const MEMBERSHIP_SQL = `SELECT m.user_id, m.organisation_id,
    CASE WHEN m.partnership_id IS NOT NULL THEN ARRAY[m.partnership_id]
         ELSE COALESCE((SELECT array_agg(po.partnership_id) FROM partnership_organisations po WHERE po.organisation_id = m.organisation_id), '{}') END AS partnership_ids
   FROM memberships m WHERE m.id = $1`;

/**
 * A person named in a body or query under `param`: they belong to every organisation they hold a
 * role in, and to the partnerships they hold a role in directly or through one of those
 * organisations.
 */
export const personScope = (param: string, label: string): IdScope => ({
  param,
  label,
  notInPaths: true,
  sql: `SELECT COALESCE(array_agg(DISTINCT m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS organisation_ids,
              COALESCE(array_agg(DISTINCT p.pid) FILTER (WHERE p.pid IS NOT NULL), '{}') AS partnership_ids
         FROM users u
         LEFT JOIN ${GRANTED_MEMBERSHIPS} m ON m.user_id = u.id
         LEFT JOIN LATERAL (
           SELECT m.partnership_id AS pid
           UNION ALL
           SELECT po.partnership_id FROM partnership_organisations po WHERE po.organisation_id = m.organisation_id
         ) p ON true
        WHERE u.id = $1
        GROUP BY u.id`,
});

export const USER_SCOPES: readonly IdScope[] = [
  personScope('userId', 'user'),
  {
    // A person's account as a whole (deactivate, reactivate): it lies in a partnership only when
    // every role the person holds or is offered is in that partnership, so a partnership admin
    // reaches it only then; an account with a role elsewhere, or none, is the platform admins'.
    param: 'accountId',
    label: 'account',
    sql: `SELECT ${accountPartnerships('u.id')} AS partnership_ids FROM users u WHERE u.id = $1`,
  },
  { param: 'invitationId', label: 'invitation', sql: MEMBERSHIP_SQL },
  { param: 'membershipId', label: 'membership', sql: MEMBERSHIP_SQL },
];
