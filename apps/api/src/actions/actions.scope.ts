import { inAudit } from '../audits/audits.scope';
import type { IdScope } from '../common/access/id-scope';
import { personScope } from '../users/users.scope';

export const ACTION_SCOPES: readonly IdScope[] = [
  // An action belongs to its organisation; its tenant is found through the audit it was raised in
  // (a draft's action is kept from board roles as the draft is).
  inAudit('actionId', 'action', 'SELECT raised_in_audit_id FROM actions WHERE id = $1'),
  // An action's owner, named in a body: a person with a role in the action's organisation.
  personScope('ownerId', 'owner'),
];
