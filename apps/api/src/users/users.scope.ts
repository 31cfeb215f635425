import type { IdScope } from '../common/access/id-scope';

export const USER_SCOPES: readonly IdScope[] = [
  {
    // A person belongs to every organisation they hold a role in, and to the partnerships
    // they hold a role in directly or through one of those organisations.
    param: 'userId',
    label: 'user',
    notInPaths: true,
    sql: `SELECT COALESCE(array_agg(DISTINCT m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS organisation_ids,
              COALESCE(array_agg(DISTINCT p.pid) FILTER (WHERE p.pid IS NOT NULL), '{}') AS partnership_ids
         FROM users u
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN LATERAL (
           SELECT m.partnership_id AS pid
           UNION ALL
           SELECT po.partnership_id FROM partnership_organisations po WHERE po.organisation_id = m.organisation_id
         ) p ON true
        WHERE u.id = $1
        GROUP BY u.id`,
  },
];
