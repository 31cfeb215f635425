import { inAudit } from '../audits/audits.scope';
import type { IdScope } from '../common/access/id-scope';

export const ACTION_SCOPES: readonly IdScope[] = [
  inAudit('actionId', 'action', 'SELECT audit_id FROM actions WHERE id = $1'),
];
