import { complianceOn, type ComplianceDates } from '@pies/domain';
import type { ComplianceDto } from './dto/organisation.dto';

/**
 * The dates an organisation's two-yearly compliance in one partnership is decided on, for the
 * membership row `po` (partnership_organisations): a LATERAL subquery `cs` with `last_accepted`
 * (its last accepted audit there) and `next_due` (the earliest due date of an open cycle whose
 * audit is not accepted). The rule itself is complianceOn in libs/domain, on the clock's date.
 */
export const complianceDatesSql = (po: string) => `LATERAL (
      SELECT la.last_accepted, nd.next_due
        FROM (SELECT max(a.accepted_at) AS last_accepted FROM audits a JOIN cycles c ON c.id = a.cycle_id
               WHERE a.organisation_id = ${po}.organisation_id AND c.partnership_id = ${po}.partnership_id
                 AND a.status = 'accepted') la,
             (SELECT min(c.due_on) AS next_due FROM audits a JOIN cycles c ON c.id = a.cycle_id
               WHERE a.organisation_id = ${po}.organisation_id AND c.partnership_id = ${po}.partnership_id
                 AND c.status = 'open' AND a.status <> 'accepted') nd
    ) cs`;

/** One partnership's compliance dates of an organisation, as COMPLIANCE_DATES_SQL gives them. */
export interface PartnershipComplianceDates extends ComplianceDates {
  partnershipId: string;
}

/** The compliance dates of the organisation row `o` in each partnership it belongs to, as JSON. */
export const COMPLIANCE_DATES_SQL = `COALESCE((
  SELECT json_agg(json_build_object(
           'partnershipId', po.partnership_id, 'lastAcceptedAt', cs.last_accepted,
           'nextDueOn', to_char(cs.next_due, 'YYYY-MM-DD')) ORDER BY po.joined_at)
    FROM partnership_organisations po
    CROSS JOIN ${complianceDatesSql('po')}
   WHERE po.organisation_id = o.id), '[]'::json)`;

/** Each partnership's compliance on the London date `today` (the clock's). */
export const complianceOnDay = (
  dates: PartnershipComplianceDates[],
  today: string,
): ComplianceDto[] =>
  dates.map((d) => ({
    partnershipId: d.partnershipId,
    ...complianceOn(d, today),
    lastAcceptedAt: d.lastAcceptedAt === null ? null : new Date(d.lastAcceptedAt),
    nextDueOn: d.nextDueOn,
  }));
