import type { IdScope } from '../common/access/id-scope';

/**
 * Frameworks are shared by every partnership (a published version is immutable, and a cycle
 * chooses which one its audits answer), so their ids belong to no tenant.
 */
export const FRAMEWORK_SCOPES: readonly IdScope[] = [
  {
    param: 'frameworkVersionId',
    label: 'framework version',
    global: true,
    sql: 'SELECT 1 FROM framework_versions WHERE id = $1',
  },
];
