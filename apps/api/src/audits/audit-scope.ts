import type { AuditStatus } from '@pies/domain';
import { isVisibleToBoard } from '@pies/domain';
import type { DataSource } from 'typeorm';
import type { ResourceScope } from '../common/access/resource-scope';
import type { ScopeResolvers } from '../common/access/scope-resolvers';

/**
 * Registers a scope resolver for a route parameter naming something inside an audit (the audit
 * itself, an evidence file, an action, a challenge): its tenant is the audit's organisation and
 * the cycle's partnership, and a draft audit is flagged so board roles are kept out.
 */
export function registerAuditScope(
  scopes: ScopeResolvers,
  db: DataSource,
  param: string,
  label: string,
  auditIdSql: string,
): void {
  scopes.register(param, label, async (id): Promise<ResourceScope | null> => {
    const [row]: { organisation_id: string; partnership_id: string; status: AuditStatus }[] =
      await db.query(
        `SELECT a.organisation_id, c.partnership_id, a.status
         FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE a.id = (${auditIdSql})`,
        [id],
      );
    if (!row) return null;
    return {
      organisationId: row.organisation_id,
      partnershipIds: [row.partnership_id],
      draft: !isVisibleToBoard(row.status),
    };
  });
}
