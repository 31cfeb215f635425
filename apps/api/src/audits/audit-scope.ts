import type { ScopeResolvers } from '../common/access/scope-resolvers';

/**
 * Registers the scope of a route parameter naming something inside an audit (the audit itself,
 * an evidence file, an action, a challenge): its tenant is the audit's organisation and the
 * cycle's partnership; its status marks a draft, which board roles do not see.
 */
export function registerAuditScope(
  scopes: ScopeResolvers,
  param: string,
  label: string,
  auditIdSql: string,
): void {
  scopes.register(
    param,
    label,
    `SELECT a.organisation_id, ARRAY[c.partnership_id] AS partnership_ids, a.status AS audit_status
       FROM audits a JOIN cycles c ON c.id = a.cycle_id
      WHERE a.id = (${auditIdSql})`,
  );
}
