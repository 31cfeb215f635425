/**
 * The partnerships that hold every role of the account `userId` (an SQL expression) holds or is
 * offered, as a `uuid[]`: a role over a partnership is in it, a role in an organisation is in each
 * partnership the organisation belongs to. Empty when a role is in no partnership (a platform
 * admin) or the account has none. The one home of "a partnership admin may deactivate this
 * account": the `accountId` scope and the people list's `accountInPartnership` read it.
 */
/* eslint-disable no-restricted-syntax -- roles held and offered alike, not the roles granted */
export const accountPartnerships = (userId: string) => `ARRAY(
  SELECT c.pid FROM (
    SELECT DISTINCT COALESCE(h.partnership_id, po.partnership_id) AS pid
      FROM memberships h
      LEFT JOIN partnership_organisations po ON po.organisation_id = h.organisation_id
     WHERE h.user_id = ${userId} AND h.status <> 'declined') c
   WHERE c.pid IS NOT NULL AND NOT EXISTS (
     SELECT 1 FROM memberships h
      WHERE h.user_id = ${userId} AND h.status <> 'declined'
        AND h.partnership_id IS DISTINCT FROM c.pid
        AND NOT EXISTS (SELECT 1 FROM partnership_organisations po
                         WHERE po.partnership_id = c.pid AND po.organisation_id = h.organisation_id)))`;
/* eslint-enable no-restricted-syntax */
