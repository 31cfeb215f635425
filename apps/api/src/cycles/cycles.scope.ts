import type { IdScope } from '../common/access/id-scope';

export const CYCLE_SCOPES: readonly IdScope[] = [
  {
    param: 'cycleId',
    label: 'cycle',
    sql: 'SELECT ARRAY[partnership_id] AS partnership_ids FROM cycles WHERE id = $1',
  },
];
