import type { IdScope } from '../common/access/id-scope';

export const PARTNERSHIP_SCOPES: readonly IdScope[] = [
  {
    param: 'partnershipId',
    label: 'partnership',
    sql: 'SELECT ARRAY[p.id] AS partnership_ids FROM partnerships p WHERE p.id = $1',
  },
];
