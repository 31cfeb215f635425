import type { IdScope } from '../common/access/id-scope';

/** A partnership's export: only its own routes name it (the job routes serve report packs). */
export const PARTNERSHIP_EXPORT_SCOPES: readonly IdScope[] = [
  {
    param: 'exportId',
    label: 'export',
    sql: `SELECT ARRAY[partnership_id] AS partnership_ids FROM jobs WHERE id = $1 AND kind = 'partnership-export'`,
  },
];
