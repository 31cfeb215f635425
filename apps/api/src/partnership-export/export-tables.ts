/**
 * What a partnership's export holds: each table's rows that belong to the partnership, the
 * columns written (secrets never: no password hash), and the key its rows are read in, a page
 * at a time. The format is documented in docs/export-format.md; a change here is a change of
 * the format (its version is in partnership-export.service.ts). Tables left out are listed, with
 * why, in the document: among them `mail_outbox`, whose bodies hold single-use links.
 */
import { actionPlanSql } from '../actions/action-rules.sql';

export interface ExportTable {
  /** The table; its rows are written to `tables/<table>/<page>.jsonl`. */
  table: string;
  /** The select list over the table as `t`: the fields of each line, in order. */
  columns: string;
  /** `FROM <table> t WHERE ...`: the partnership's rows, the partnership's id as `$1`. */
  from: string;
  /** The columns rows are read in order of, with their types: a page starts after the last key. */
  key: readonly (readonly [column: string, type: string])[];
  /** Rows per file (fewer where a row can be large). */
  pageRows: number;
}

const ORGANISATIONS =
  'SELECT organisation_id FROM partnership_organisations WHERE partnership_id = $1';
const CYCLES = 'SELECT id FROM cycles WHERE partnership_id = $1';
const AUDITS = `SELECT id FROM audits WHERE cycle_id IN (${CYCLES})`;
/** Every membership row, pending and declined invitations included: it copies data, grants nothing. */
// eslint-disable-next-line no-restricted-syntax -- an export copies the rows, not the roles they grant
const MEMBERSHIPS = `SELECT id FROM memberships WHERE partnership_id = $1 OR organisation_id IN (${ORGANISATIONS})`;
/**
 * The actions its audits' plans show: raised in one of them, or an open (or since closed) action
 * of the organisation raised in an earlier audit, perhaps for another partnership of the
 * organisation (actionPlanSql, the rule the plans themselves are read by).
 */
const ACTIONS = `SELECT ac.id FROM actions ac WHERE ac.organisation_id IN (${ORGANISATIONS})
  AND EXISTS (SELECT 1 FROM audits a WHERE a.cycle_id IN (${CYCLES}) AND ${actionPlanSql('ac', 'a')})`;
/**
 * The evidence items its audits use: uploaded to one of them, or attached to one (an item of an
 * organisation in several partnerships may have been uploaded for another partnership's audit).
 */
const EVIDENCE = `SELECT id FROM evidence_files WHERE audit_id IN (${AUDITS})
  UNION SELECT evidence_id FROM evidence_attachments WHERE audit_id IN (${AUDITS})`;
/** The partnership's own framework versions and those its cycles use. */
const VERSIONS = `SELECT id FROM framework_versions WHERE owner_partnership_id = $1 OR id IN (SELECT framework_version_id FROM cycles WHERE partnership_id = $1)`;

/** Where an evidence file is in the archive (file names are stored sanitised: no `/`, no leading dot). */
export const EVIDENCE_PATH = `'evidence/' || t.id || '/' || t.file_name`;

const ID = [['id', 'uuid']] as const;

/** In the order written: each table after the tables it refers to. */
export const EXPORT_TABLES: readonly ExportTable[] = [
  {
    table: 'partnerships',
    columns: 't.id, t.name, t.area, t.require_mfa, t.reminder_days, t.created_at, t.updated_at',
    from: 'FROM partnerships t WHERE t.id = $1',
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'organisations',
    columns: 't.id, t.name, t.sector, t.contact_email, t.created_at, t.updated_at',
    from: `FROM organisations t WHERE t.id IN (${ORGANISATIONS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'partnership_organisations',
    columns: 't.partnership_id, t.organisation_id, t.joined_at',
    from: 'FROM partnership_organisations t WHERE t.partnership_id = $1',
    key: [['organisation_id', 'uuid']],
    pageRows: 1000,
  },
  {
    table: 'users',
    columns:
      't.id, t.email, t.name, t.disabled_at, t.last_sign_in_at, t.password_change_required, t.created_at, t.updated_at',
    // eslint-disable-next-line no-restricted-syntax -- the people of the rows copied, not their roles
    from: `FROM users t WHERE t.id IN (SELECT user_id FROM memberships WHERE id IN (${MEMBERSHIPS}))`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'memberships',
    columns:
      't.id, t.user_id, t.role, t.partnership_id, t.organisation_id, t.status, t.invited_by_id, t.responded_at, t.created_at',
    // eslint-disable-next-line no-restricted-syntax -- an export copies the rows, not the roles they grant
    from: `FROM memberships t WHERE t.id IN (${MEMBERSHIPS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'framework_versions',
    columns:
      't.id, t.framework_id, t.version, t.title, t.publisher, t.owner_partnership_id, t.definition, t.source_yaml, t.content_hash, t.imported_by_id, t.imported_at',
    from: `FROM framework_versions t WHERE t.id IN (${VERSIONS})`,
    key: ID,
    pageRows: 5,
  },
  {
    table: 'framework_indicators',
    columns:
      't.framework_version_id, t.code, t.area_code, t.standard_code, t.position, t.statement, t.benchmark, t.weight, t.allow_not_applicable, t.content_hash',
    from: `FROM framework_indicators t WHERE t.framework_version_id IN (${VERSIONS})`,
    key: [
      ['framework_version_id', 'uuid'],
      ['code', 'text'],
    ],
    pageRows: 1000,
  },
  {
    table: 'cycles',
    columns:
      't.id, t.partnership_id, t.name, t.framework_version_id, t.opens_on, t.due_on, t.status, t.created_at, t.updated_at',
    from: 'FROM cycles t WHERE t.partnership_id = $1',
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'audits',
    columns:
      't.id, t.cycle_id, t.organisation_id, t.status, t.started_at, t.submitted_at, t.returned_at, t.return_reason, t.accepted_at, t.prefilled_from_id, t.reviewer_id, t.created_at, t.updated_at',
    from: `FROM audits t WHERE t.cycle_id IN (${CYCLES})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'responses',
    columns:
      't.audit_id, t.indicator_code, t.level, t.not_applicable, t.not_applicable_reason, t.commentary, t.version, t.changed_since_last, t.prefilled, t.confirmed_at, t.confirmed_by_id, t.updated_by_id, t.updated_at',
    from: `FROM responses t WHERE t.audit_id IN (${AUDITS})`,
    key: [
      ['audit_id', 'uuid'],
      ['indicator_code', 'text'],
    ],
    pageRows: 1000,
  },
  {
    table: 'assignments',
    columns: 't.id, t.audit_id, t.user_id, t.area_code, t.indicator_code, t.created_at',
    from: `FROM assignments t WHERE t.audit_id IN (${AUDITS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'parts_done',
    columns: 't.audit_id, t.user_id, t.done_at',
    from: `FROM parts_done t WHERE t.audit_id IN (${AUDITS})`,
    key: [
      ['audit_id', 'uuid'],
      ['user_id', 'uuid'],
    ],
    pageRows: 1000,
  },
  {
    table: 'submissions',
    columns: 't.id, t.audit_id, t.snapshot, t.sha256, t.submitted_by_id, t.submitted_at',
    from: `FROM submissions t WHERE t.audit_id IN (${AUDITS})`,
    key: ID,
    pageRows: 50,
  },
  {
    table: 'audit_scores',
    columns: 't.audit_id, t.cycle_id, t.overall, t.areas, t.below_benchmark, t.computed_at',
    from: `FROM audit_scores t WHERE t.audit_id IN (${AUDITS})`,
    key: [['audit_id', 'uuid']],
    pageRows: 1000,
  },
  {
    table: 'cycle_indicator_stats',
    columns:
      't.cycle_id, t.indicator_code, t.sector, t.status, t.responses, t.level_sum, t.below_benchmark',
    from: `FROM cycle_indicator_stats t WHERE t.cycle_id IN (${CYCLES})`,
    key: [
      ['cycle_id', 'uuid'],
      ['indicator_code', 'text'],
      ['sector', 'text'],
      ['status', 'text'],
    ],
    pageRows: 1000,
  },
  {
    table: 'actions',
    columns:
      't.id, t.organisation_id, t.raised_in_audit_id, t.indicator_code, t.description, t.owner_id, t.owner, t.due_on, t.status, t.created_by_id, t.created_at, t.updated_at, t.closed_at',
    from: `FROM actions t WHERE t.id IN (${ACTIONS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'action_updates',
    columns:
      't.id, t.action_id, t.actor_id, t.at, t.note, t.status_before, t.status_after, t.due_before, t.due_after, t.created_at',
    from: `FROM action_updates t WHERE t.action_id IN (${ACTIONS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'challenges',
    columns:
      't.id, t.audit_id, t.indicator_code, t.status, t.raised_by_id, t.raised_at, t.resolved_by_id, t.resolved_at',
    from: `FROM challenges t WHERE t.audit_id IN (${AUDITS})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'challenge_messages',
    columns: 't.id, t.challenge_id, t.author_id, t.body, t.created_at',
    from: `FROM challenge_messages t WHERE t.challenge_id IN (SELECT id FROM challenges WHERE audit_id IN (${AUDITS}))`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'audit_events',
    columns:
      't.id, t.audit_id, t.person_id, t.actor_id, t.kind, t.subject, t.before, t.after, t.at',
    // The audits' events, and the events of roles in the partnership or its organisations (an
    // account's own events, such as a deactivation, may concern other partnerships: left out).
    from: `FROM audit_events t WHERE t.audit_id IN (${AUDITS}) OR (t.audit_id IS NULL AND (
      (COALESCE(t.before, t.after)->>'partnershipId')::uuid = $1
      OR (COALESCE(t.before, t.after)->>'organisationId')::uuid IN (${ORGANISATIONS})))`,
    key: [['id', 'bigint']],
    pageRows: 1000,
  },
  {
    table: 'evidence_files',
    columns: `t.id, t.kind, t.audit_id, t.indicator_code, t.organisation_id, t.file_name, t.url, t.media_type, t.size_bytes, t.sha256, CASE WHEN t.kind = 'file' THEN ${EVIDENCE_PATH} END AS path, t.uploaded_by_id, t.uploaded_at`,
    from: `FROM evidence_files t WHERE t.id IN (${EVIDENCE})`,
    key: ID,
    pageRows: 1000,
  },
  {
    table: 'evidence_attachments',
    columns:
      't.id, t.evidence_id, t.audit_id, t.indicator_code, t.still_current_asked, t.attached_by_id, t.attached_at',
    from: `FROM evidence_attachments t WHERE t.audit_id IN (${AUDITS})`,
    key: ID,
    pageRows: 1000,
  },
];

/** The evidence files' bytes (links have none), one archive entry each, in the order of their ids. */
export const EVIDENCE_FILES = `SELECT t.id, ${EVIDENCE_PATH} AS path, t.content FROM evidence_files t
  WHERE t.kind = 'file' AND t.id IN (${EVIDENCE}) AND ($2::uuid IS NULL OR t.id > $2::uuid) ORDER BY t.id LIMIT 1`;

/** Rows a table's page of `after`'s key onwards: each row as a JSON line, and its key. */
export function pageSql(t: ExportTable, after: boolean): string {
  const key = t.key.map(([c]) => `t.${c}`).join(', ');
  const from = t.key.map(([, type], i) => `($2::text[])[${i + 1}]::${type}`).join(', ');
  return `SELECT to_json(r)::text AS line, ARRAY[${t.key.map(([c]) => `r.${c}::text`).join(', ')}] AS key
    FROM (SELECT ${t.columns} ${t.from}${after ? ` AND (${key}) > (${from})` : ''}
          ORDER BY ${key} LIMIT ${t.pageRows}) r`;
}

/** How many rows and evidence files the partnership's export will hold, about (rows change). */
export const COUNT_SQL = `SELECT (${[
  ...EXPORT_TABLES.map((t) => `(SELECT count(*) ${t.from})`),
  `(SELECT count(*) FROM evidence_files t WHERE t.kind = 'file' AND t.id IN (${EVIDENCE}))`,
].join(' + ')})::int AS n`;
