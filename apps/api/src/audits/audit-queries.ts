import { actionPlanSql, currentAuditSql, overdueActionSql } from '../actions/action-rules.sql';
import { openChallengeSql } from '../challenges/challenge-rules.sql';
import { auditOverdueSql, carriedAwaitingCodesSql } from './audit-rules.sql';

/**
 * SQL shared by audit reads: one row per audit with its organisation, cycle and counts, `today`
 * being the parameter with the clock's date.
 */
export const auditSummarySql = (today: string) => `
  SELECT a.id, a.status, a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
         a.returned_at AS "returnedAt", a.return_reason AS "returnReason", a.accepted_at AS "acceptedAt",
         a.prefilled_from_id AS "prefilledFromId", ${auditOverdueSql('a', 'c', today)} AS overdue,
         json_build_object('id', o.id, 'name', o.name, 'sector', o.sector) AS organisation,
         json_build_object('id', c.id, 'name', c.name, 'dueOn', to_char(c.due_on, 'YYYY-MM-DD'),
                           'frameworkVersionId', c.framework_version_id, 'partnershipId', c.partnership_id) AS cycle,
         json_build_object(
           'answered', COALESCE(r.answered, 0), 'notApplicable', COALESCE(r.na, 0),
           'total', fi.total, 'unanswered', fi.total - COALESCE(r.answered, 0) - COALESCE(r.na, 0),
           'toConfirm', (SELECT count(*)::int FROM (${carriedAwaitingCodesSql('a')}) w)) AS counts,
         (SELECT count(*)::int FROM challenges ch WHERE ch.audit_id = a.id AND ${openChallengeSql('ch')}) AS "openChallenges",
         (SELECT count(*)::int FROM actions ac WHERE ${actionPlanSql('ac', 'a')} AND ${overdueActionSql('ac', today)}
             AND ${currentAuditSql('ac')} = a.id) AS "overdueActions",
         (SELECT json_build_object('id', u.id, 'name', u.name) FROM users u WHERE u.id = a.reviewer_id) AS reviewer
    FROM audits a
    JOIN organisations o ON o.id = a.organisation_id
    JOIN cycles c ON c.id = a.cycle_id
    JOIN LATERAL (SELECT count(*)::int AS total FROM framework_indicators WHERE framework_version_id = c.framework_version_id) fi ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE rr.level IS NOT NULL)::int AS answered,
             count(*) FILTER (WHERE rr.not_applicable)::int AS na
        FROM responses rr
        JOIN framework_indicators f ON f.framework_version_id = c.framework_version_id AND f.code = rr.indicator_code
       WHERE rr.audit_id = a.id) r ON true`;

/**
 * An audit's evidence as EvidenceFileDto: library items `e` (files and links) through their
 * attachments `ea` to its indicators.
 */
export const EVIDENCE_SQL = `SELECT e.id, ea.indicator_code AS "indicatorCode", e.kind, e.file_name AS "fileName", e.url, e.media_type AS "mediaType",
  e.size_bytes AS "sizeBytes", e.sha256, u.name AS "uploadedBy", e.uploaded_at AS "uploadedAt",
  ea.still_current_asked AS "stillCurrentAsked"
  FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id LEFT JOIN users u ON u.id = e.uploaded_by_id`;

/** A response `r` (with its last editor `u`) as a ResponseDto. */
export const RESPONSE_COLUMNS = `
  r.indicator_code AS "indicatorCode", r.level, r.not_applicable AS "notApplicable",
  r.not_applicable_reason AS "notApplicableReason", r.commentary,
  r.version, r.changed_since_last AS "changedSinceLast", r.prefilled, u.name AS "updatedBy", r.updated_at AS "updatedAt",
  r.confirmed_at AS "confirmedAt"`;

export const RESPONSE_SQL = `
  SELECT ${RESPONSE_COLUMNS}
    FROM responses r LEFT JOIN users u ON u.id = r.updated_by_id`;
