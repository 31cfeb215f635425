import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Many autosaves in one statement (one round trip, one commit): `save_responses` takes a JSON
 * array of `save_response`'s arguments, in its order, and returns one row per save, numbered
 * by `seq` from 1 in the array's order, with `save_response`'s columns.
 *
 * First it locks the audits of the batch that no other transaction holds (in id order, SKIP
 * LOCKED): a save whose audit is locked elsewhere (being started, submitted, returned) is not
 * waited for but comes back as `busy`, for its caller to run on its own. So a batch never
 * waits behind another transaction, and the saves batched with a busy one are not held up.
 * The others then run in the array's order (two saves of one answer: the first, then the
 * second against it), each through `save_response`, whose own lock is then already held.
 */
const SAVE_RESPONSES = `
CREATE FUNCTION save_responses(p_saves jsonb)
RETURNS TABLE (
  seq bigint, outcome text, status text, "indicatorCode" text, level integer,
  "notApplicable" boolean, "notApplicableReason" text, commentary text, "evidenceLinks" jsonb,
  version integer, "changedSinceLast" boolean, prefilled boolean, "updatedBy" text,
  "updatedAt" timestamptz)
LANGUAGE plpgsql VOLATILE AS $fn$
#variable_conflict use_column
DECLARE
  free uuid[];
BEGIN
  SELECT COALESCE(array_agg(x.id), '{}') INTO free FROM (
    SELECT a.id FROM audits a
     WHERE a.id IN (SELECT (s.value->>0)::uuid FROM jsonb_array_elements(p_saves) s)
     ORDER BY a.id FOR UPDATE SKIP LOCKED) x;
  RETURN QUERY
  SELECT b.i, r.*
    FROM (SELECT e.a, e.i FROM jsonb_array_elements(p_saves) WITH ORDINALITY AS e(a, i)
           WHERE (e.a->>0)::uuid = ANY (free)) b
   CROSS JOIN LATERAL save_response((b.a->>0)::uuid, b.a->>1, (b.a->>2)::uuid,
     (b.a->>3)::boolean, (b.a->>4)::integer, b.a->5,
     ARRAY(SELECT jsonb_array_elements_text(b.a->6)::integer), (b.a->>7)::boolean) AS r
  UNION ALL
  SELECT e.i, 'busy'::text, NULL::text, NULL::text, NULL::int, NULL::bool, NULL::text,
         NULL::text, NULL::jsonb, NULL::int, NULL::bool, NULL::bool, NULL::text, NULL::timestamptz
    FROM jsonb_array_elements(p_saves) WITH ORDINALITY AS e(a, i)
   WHERE NOT (e.a->>0)::uuid = ANY (free)
  ORDER BY 1;
END
$fn$`;

export class SaveResponsesFunction1796117112251 implements MigrationInterface {
  name = 'SaveResponsesFunction1796117112251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(SAVE_RESPONSES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION save_responses(jsonb)`);
  }
}
