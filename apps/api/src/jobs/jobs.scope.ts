import type { IdScope } from '../common/access/id-scope';

export const JOB_SCOPES: readonly IdScope[] = [
  {
    param: 'jobId',
    label: 'job',
    // A partnership's export has routes of its own, for its admins alone.
    sql: `SELECT ARRAY[partnership_id] AS partnership_ids FROM jobs WHERE id = $1 AND kind = 'report-pack'`,
  },
];
