/**
 * An organisation's two-yearly compliance in one partnership, for the membership row `po`
 * (partnership_organisations): a LATERAL subquery `cs` with `last_accepted`, `next_due` and
 * `status`:
 * - compliant: an accepted audit within 24 months;
 * - due_soon: that acceptance expires within 90 days, or an open cycle is due within 30 days;
 * - overdue: the last acceptance is older than 24 months, or an open cycle's due date passed
 *   without an accepted audit;
 * - never_audited: no accepted audit and nothing past due.
 * The one home of this rule: the organisation's compliance and the dashboard's overdue
 * agencies both read it.
 */
export const complianceSql = (po: string) => `LATERAL (
      SELECT la.last_accepted, nd.next_due,
             CASE
               WHEN nd.next_due < current_date THEN 'overdue'
               WHEN la.last_accepted > now() - interval '24 months' THEN
                 CASE WHEN la.last_accepted + interval '24 months' < now() + interval '90 days'
                        OR nd.next_due < current_date + 30 THEN 'due_soon' ELSE 'compliant' END
               WHEN la.last_accepted IS NOT NULL THEN 'overdue'
               WHEN nd.next_due < current_date + 30 THEN 'due_soon'
               ELSE 'never_audited'
             END AS status
        FROM (SELECT max(a.accepted_at) AS last_accepted FROM audits a JOIN cycles c ON c.id = a.cycle_id
               WHERE a.organisation_id = ${po}.organisation_id AND c.partnership_id = ${po}.partnership_id
                 AND a.status = 'accepted') la,
             (SELECT min(c.due_on) AS next_due FROM audits a JOIN cycles c ON c.id = a.cycle_id
               WHERE a.organisation_id = ${po}.organisation_id AND c.partnership_id = ${po}.partnership_id
                 AND c.status = 'open' AND a.status <> 'accepted') nd
    ) cs`;

/** The compliance of the organisation row `o` in each partnership it belongs to, as JSON. */
export const COMPLIANCE_SQL = `COALESCE((
  SELECT json_agg(json_build_object(
           'partnershipId', po.partnership_id, 'status', cs.status,
           'lastAcceptedAt', cs.last_accepted,
           'expiresOn', to_char(cs.last_accepted + interval '24 months', 'YYYY-MM-DD'),
           'nextDueOn', to_char(cs.next_due, 'YYYY-MM-DD')) ORDER BY po.joined_at)
    FROM partnership_organisations po
    CROSS JOIN ${complianceSql('po')}
   WHERE po.organisation_id = o.id), '[]'::json)`;
