import type { IdScope } from '../common/access/id-scope';

export const PARTNERSHIP_SCOPES: readonly IdScope[] = [
  {
    param: 'partnershipId',
    label: 'partnership',
    // The partnership's dashboard revision and the database clock come along: the dashboard
    // cache needs them, and reading them here saves the busiest route a round trip.
    sql: `SELECT ARRAY[p.id] AS partnership_ids,
              json_build_object(
                'revision', COALESCE((SELECT revision FROM dashboard_revisions WHERE partnership_id = p.id), 0)::text,
                'today', current_date::text,
                'now', (extract(epoch FROM now()) * 1000)::float8) AS dashboard_stamp
         FROM partnerships p WHERE p.id = $1`,
  },
];
