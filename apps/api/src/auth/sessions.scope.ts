import type { IdScope } from '../common/access/id-scope';

/** A session, by its public id: its person's alone (@Own routes); in no partnership. */
export const SESSION_SCOPES: readonly IdScope[] = [
  {
    param: 'sessionId',
    label: 'session',
    sql: `SELECT s.user_id, '{}'::uuid[] AS partnership_ids FROM sessions s WHERE s.public_id = $1`,
  },
];
