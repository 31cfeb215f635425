import type { IdScope } from '../common/access/id-scope';

/**
 * A framework version is the platform's, shared by every partnership (`shared`), or one
 * partnership's own. A cycle may choose one its partnership sees.
 */
export const FRAMEWORK_SCOPES: readonly IdScope[] = [
  {
    param: 'frameworkVersionId',
    label: 'framework version',
    sql: `SELECT CASE WHEN owner_partnership_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[owner_partnership_id] END AS partnership_ids,
            owner_partnership_id IS NULL AS shared
            FROM framework_versions WHERE id = $1`,
  },
];
