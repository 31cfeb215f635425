import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { AuditErrorCode } from './audits.errors';
import { queryRows } from '../database/typed-query';

/**
 * The indicators assigned to a person in an audit, one by one or through a whole area (an area's
 * code is its indicators' first letter), as a test of one indicator code.
 */
export async function assignedTo(
  tx: EntityManager,
  auditId: string,
  userId: string,
): Promise<(indicatorCode: string) => boolean> {
  const rows = await queryRows<{ indicatorCode: string | null; areaCode: string | null }>(
    tx,
    `SELECT indicator_code AS "indicatorCode", area_code AS "areaCode" FROM assignments
      WHERE audit_id = $1 AND user_id = $2`,
    [auditId, userId],
  );
  return (code) =>
    rows.some((r) => r.indicatorCode === code || (r.areaCode !== null && code[0] === r.areaCode));
}

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
  if (!(await assignedTo(tx, audit.id, actor.userId))(indicatorCode))
    throw new ForbiddenError(
      AuditErrorCode.INDICATOR_NOT_ASSIGNED,
      `${indicatorCode} is not assigned to you; ask your agency lead`,
    );
}
