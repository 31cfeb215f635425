import { BOARD_COUNTED_STATES } from '@pies/domain';
import { inAudit } from '../audits/audits.scope';
import type { IdScope } from '../common/access/id-scope';

const BOARD_STATES = BOARD_COUNTED_STATES.map((s) => `'${s}'`).join(', ');

/**
 * A library item is the organisation's; who sees it follows an audit it is attached to that the
 * board sees, when there is one, else the audit it was uploaded to. So a file reaches the board
 * once an audit using it is submitted, and no sooner.
 */
export const EVIDENCE_SCOPES: readonly IdScope[] = [
  inAudit(
    'evidenceId',
    'evidence',
    `SELECT COALESCE(
       (SELECT x.id FROM evidence_attachments ea JOIN audits x ON x.id = ea.audit_id
         WHERE ea.evidence_id = $1 AND x.status IN (${BOARD_STATES}) ORDER BY x.id LIMIT 1),
       (SELECT audit_id FROM evidence_files WHERE id = $1))`,
  ),
];
