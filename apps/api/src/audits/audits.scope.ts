import type { IdScope } from '../common/access/id-scope';

/**
 * The scope of an id naming something inside an audit (the audit itself, an evidence file, an
 * action, a challenge): its tenant is the audit's organisation and the cycle's partnership;
 * its status marks a draft, which board roles do not see. `auditIdSql` finds the audit's id
 * from `$1`.
 */
export function inAudit(
  param: string,
  label: string,
  auditIdSql: string,
  subKeys?: readonly string[],
): IdScope {
  return {
    param,
    label,
    sql: `SELECT a.organisation_id, ARRAY[c.partnership_id] AS partnership_ids, a.status AS audit_status
       FROM audits a JOIN cycles c ON c.id = a.cycle_id
      WHERE a.id = (${auditIdSql})`,
    ...(subKeys ? { subKeys } : {}),
  };
}

export const AUDIT_SCOPES: readonly IdScope[] = [
  // An indicator's code names an answer, an assignment or a challenge inside the audit; a
  // standard's code, a standard of its framework.
  inAudit('auditId', 'audit', 'SELECT $1::uuid', ['indicatorCode', 'standardCode']),
];
