import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Autosave in one round trip: `save_response` locks the audit, reads the current answer (a fresh
 * snapshot after the lock: each statement of a volatile function takes its own, so a save that
 * committed while this one waited is seen and never overwritten), merges the fields sent, checks
 * the version, and upserts the answer with its audit event. ResponsesService is its only caller
 * and owns the rules it applies (see there); it returns one row whose `outcome` says what
 * happened:
 * - `saved`: written, or unchanged (a retry of a save that landed), with the stored answer;
 * - `conflict`: the client's version is stale; the row is the current answer (or all nulls);
 * - `invalid`: the merged answer breaks a rule; the row is the merged answer, for the message;
 * - `forbidden`: a contributor without this indicator assigned;
 * - `locked`: the audit is submitted or accepted (`status`);
 * - `transition`: the audit must first be started or reopened (`status`): the caller does
 *   that in a transaction and calls again inside it;
 * - `not_found`: no such audit.
 * Run inside the caller's transaction or on its own (then the statement is the transaction).
 */
const SAVE_RESPONSE = `
CREATE FUNCTION save_response(
  p_audit uuid, p_code text, p_actor uuid, p_may_edit_all boolean, p_version integer,
  p_answer jsonb, p_levels integer[], p_allow_na boolean)
RETURNS TABLE (
  outcome text, status text, "indicatorCode" text, level integer, "notApplicable" boolean,
  "notApplicableReason" text, commentary text, "evidenceLinks" jsonb, version integer,
  "changedSinceLast" boolean, prefilled boolean, "updatedBy" text, "updatedAt" timestamptz)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  a_status text;
  cur responses%ROWTYPE;
  has_cur boolean;
  cur_by text;
  n_level integer;
  n_na boolean;
  n_reason text;
  n_comment text;
  n_links jsonb;
  same boolean;
BEGIN
  SELECT a.status INTO a_status FROM audits a WHERE a.id = p_audit FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'not_found'::text, NULL::text, NULL::text, NULL::int, NULL::bool,
      NULL::text, NULL::text, NULL::jsonb, NULL::int, NULL::bool, NULL::bool, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  IF NOT p_may_edit_all AND NOT EXISTS (
    SELECT 1 FROM assignments s WHERE s.audit_id = p_audit AND s.user_id = p_actor
       AND (s.indicator_code = p_code OR s.area_code = left(p_code, 1))) THEN
    RETURN QUERY SELECT 'forbidden'::text, a_status, NULL::text, NULL::int, NULL::bool,
      NULL::text, NULL::text, NULL::jsonb, NULL::int, NULL::bool, NULL::bool, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;

  SELECT * INTO cur FROM responses r WHERE r.audit_id = p_audit AND r.indicator_code = p_code;
  has_cur := FOUND;
  IF has_cur THEN
    SELECT u.name INTO cur_by FROM users u WHERE u.id = cur.updated_by_id;
  END IF;

  -- The answer after this save: each field sent replaces the current one.
  n_na := COALESCE((p_answer->>'notApplicable')::boolean,
                   CASE WHEN p_answer->>'level' IS NOT NULL THEN false
                        ELSE COALESCE(cur.not_applicable, false) END);
  n_level := CASE WHEN (p_answer->>'notApplicable')::boolean THEN NULL
                  WHEN p_answer ? 'level' THEN (p_answer->>'level')::integer
                  ELSE cur.level END;
  n_reason := CASE WHEN NOT n_na THEN NULL
                   WHEN p_answer ? 'notApplicableReason' THEN p_answer->>'notApplicableReason'
                   ELSE cur.not_applicable_reason END;
  n_comment := CASE WHEN p_answer ? 'commentary' THEN p_answer->>'commentary' ELSE cur.commentary END;
  n_links := COALESCE(NULLIF(p_answer->'evidenceLinks', 'null'::jsonb), cur.evidence_links, '[]'::jsonb);

  IF ((p_answer->>'notApplicable')::boolean AND p_answer->>'level' IS NOT NULL)
     OR (n_level IS NOT NULL AND NOT n_level = ANY (p_levels))
     OR (n_na AND NOT p_allow_na) THEN
    RETURN QUERY SELECT 'invalid'::text, a_status, p_code, n_level, n_na, n_reason, n_comment, n_links,
      NULL::int, NULL::bool, NULL::bool, NULL, NULL::timestamptz;
    RETURN;
  END IF;

  same := has_cur AND cur.level IS NOT DISTINCT FROM n_level AND cur.not_applicable = n_na
      AND cur.not_applicable_reason IS NOT DISTINCT FROM n_reason
      AND cur.commentary IS NOT DISTINCT FROM n_comment AND cur.evidence_links = n_links;

  IF p_version <> COALESCE(cur.version, 0) THEN
    IF same THEN
      -- A retry of a save that landed: the stored answer, whatever has happened since.
      RETURN QUERY SELECT 'saved'::text, a_status, cur.indicator_code, cur.level,
        cur.not_applicable, cur.not_applicable_reason, cur.commentary, cur.evidence_links,
        cur.version, cur.changed_since_last, cur.prefilled, cur_by, cur.updated_at;
      RETURN;
    END IF;
    -- An audit not yet started is pre-filled on the first save; the client had not seen that.
    IF NOT (has_cur AND cur.prefilled AND cur.version = 1 AND p_version = 0) THEN
      RETURN QUERY SELECT 'conflict'::text, a_status, cur.indicator_code, cur.level,
        cur.not_applicable, cur.not_applicable_reason, cur.commentary, cur.evidence_links,
        cur.version, cur.changed_since_last, cur.prefilled, cur_by, cur.updated_at;
      RETURN;
    END IF;
  END IF;
  IF a_status NOT IN ('not_started', 'in_progress', 'returned') THEN
    RETURN QUERY SELECT 'locked'::text, a_status, NULL::text, NULL::int, NULL::bool,
      NULL::text, NULL::text, NULL::jsonb, NULL::int, NULL::bool, NULL::bool, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  IF a_status <> 'in_progress' THEN
    RETURN QUERY SELECT 'transition'::text, a_status, NULL::text, NULL::int, NULL::bool,
      NULL::text, NULL::text, NULL::jsonb, NULL::int, NULL::bool, NULL::bool, NULL::text, NULL::timestamptz;
    RETURN;
  END IF;
  IF same THEN
    -- Nothing changes: the stored answer, no new version.
    RETURN QUERY SELECT 'saved'::text, a_status, cur.indicator_code, cur.level, cur.not_applicable,
      cur.not_applicable_reason, cur.commentary, cur.evidence_links, cur.version,
      cur.changed_since_last, cur.prefilled, cur_by, cur.updated_at;
    RETURN;
  END IF;

  RETURN QUERY
  WITH saved AS (
    INSERT INTO responses AS r (audit_id, indicator_code, level, not_applicable, not_applicable_reason,
                                commentary, evidence_links, version, updated_by_id, updated_at)
    VALUES (p_audit, p_code, n_level, n_na, n_reason, n_comment, n_links, 1, p_actor, now())
    ON CONFLICT (audit_id, indicator_code) DO UPDATE SET
      level = EXCLUDED.level, not_applicable = EXCLUDED.not_applicable,
      not_applicable_reason = EXCLUDED.not_applicable_reason, commentary = EXCLUDED.commentary,
      evidence_links = EXCLUDED.evidence_links, version = r.version + 1,
      updated_by_id = EXCLUDED.updated_by_id, updated_at = now(), changed_since_last = false
    RETURNING r.*),
  event AS (
    INSERT INTO audit_events (audit_id, actor_id, kind, subject, before, after)
    SELECT p_audit, p_actor, 'response.saved', p_code,
           CASE WHEN has_cur THEN jsonb_build_object('level', cur.level,
             'notApplicable', cur.not_applicable, 'notApplicableReason', cur.not_applicable_reason,
             'commentary', cur.commentary, 'evidenceLinks', cur.evidence_links,
             'version', cur.version) END,
           jsonb_build_object('level', s.level, 'notApplicable', s.not_applicable,
             'notApplicableReason', s.not_applicable_reason, 'commentary', s.commentary,
             'evidenceLinks', s.evidence_links, 'version', s.version)
      FROM saved s)
  SELECT 'saved'::text, a_status, s.indicator_code, s.level, s.not_applicable,
         s.not_applicable_reason, s.commentary, s.evidence_links, s.version, s.changed_since_last,
         s.prefilled, u.name, s.updated_at
    FROM saved s LEFT JOIN users u ON u.id = s.updated_by_id;
END
$fn$`;

export class SaveResponseFunction1796092204637 implements MigrationInterface {
  name = 'SaveResponseFunction1796092204637';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SAVE_RESPONSE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION save_response(uuid, text, uuid, boolean, integer, jsonb, integer[], boolean)`,
    );
  }
}
