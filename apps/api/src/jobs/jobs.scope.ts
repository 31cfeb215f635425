import type { IdScope } from '../common/access/id-scope';

export const JOB_SCOPES: readonly IdScope[] = [
  {
    param: 'jobId',
    label: 'job',
    sql: 'SELECT ARRAY[partnership_id] AS partnership_ids FROM jobs WHERE id = $1',
  },
];
