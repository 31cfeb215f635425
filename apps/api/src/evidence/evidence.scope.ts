import { inAudit } from '../audits/audits.scope';
import type { IdScope } from '../common/access/id-scope';

export const EVIDENCE_SCOPES: readonly IdScope[] = [
  inAudit('evidenceId', 'evidence', 'SELECT audit_id FROM evidence_files WHERE id = $1'),
];
