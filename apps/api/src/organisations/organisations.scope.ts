import type { IdScope } from '../common/access/id-scope';

export const ORGANISATION_SCOPES: readonly IdScope[] = [
  {
    param: 'organisationId',
    label: 'organisation',
    sql: `SELECT o.id AS organisation_id,
              COALESCE((SELECT array_agg(partnership_id) FROM partnership_organisations WHERE organisation_id = o.id), '{}') AS partnership_ids
         FROM organisations o WHERE o.id = $1`,
  },
];
