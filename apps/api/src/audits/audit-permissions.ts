import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { AuditErrorCode } from './audits.errors';
import { queryRow } from '../database/typed-query';

/**
 * An agency lead may change any indicator of their organisation's audit; a contributor only
 * the indicators assigned to them, one by one or through a whole area.
 */
export async function assertMayEditIndicator(
  tx: EntityManager,
  actor: Actor,
  audit: { id: string; organisationId: string },
  indicatorCode: string,
): Promise<void> {
  const roles = actor.organisationRoles(audit.organisationId);
  if (roles.includes('agency_lead')) return;
  const assigned = await queryRow<unknown>(
    tx,
    `SELECT 1 FROM assignments WHERE audit_id = $1 AND user_id = $2
        AND (indicator_code = $3 OR area_code = left($3, 1)) LIMIT 1`,
    [audit.id, actor.userId, indicatorCode],
  );
  if (!assigned)
    throw new ForbiddenError(
      AuditErrorCode.INDICATOR_NOT_ASSIGNED,
      `${indicatorCode} is not assigned to you; ask your agency lead`,
    );
}
