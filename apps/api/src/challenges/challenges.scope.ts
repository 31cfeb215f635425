import { inAudit } from '../audits/audits.scope';
import type { IdScope } from '../common/access/id-scope';

export const CHALLENGE_SCOPES: readonly IdScope[] = [
  inAudit('challengeId', 'challenge', 'SELECT audit_id FROM challenges WHERE id = $1'),
];
