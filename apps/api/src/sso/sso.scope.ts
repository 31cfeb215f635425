import type { IdScope } from '../common/access/id-scope';

/** An SSO configuration lies in the partnership it was proposed for. */
export const SSO_SCOPES: readonly IdScope[] = [
  {
    param: 'ssoConfigurationId',
    label: 'SSO configuration',
    sql: 'SELECT ARRAY[partnership_id] AS partnership_ids FROM sso_configurations WHERE id = $1',
  },
];
