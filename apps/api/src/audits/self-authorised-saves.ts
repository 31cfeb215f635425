import type { DataSource } from 'typeorm';
import { liveSession, markSeen } from '../auth/sessions.service';
import { logger } from '../common/logging/logger';
import { Batcher } from '../database/batcher';
import { preparedQuery } from '../database/prepared';
import type { ResponseDto } from './dto/audit.dto';
import type { SaveResponseDto } from './dto/response.dto';

/** The arguments of `save_response`, in its order. */
export type SaveArgs = [
  auditId: string,
  code: string,
  actorId: string,
  mayEditAll: boolean,
  version: number,
  answer: Omit<SaveResponseDto, 'version'>,
  levels: number[],
  allowNotApplicable: boolean,
];

/** A row of `save_response`: what happened, and the answer it concerns. */
export type SaveRow = ResponseDto & { outcome: string; status: string | null };

interface Item {
  /** SHA-256 (hex) of the session token. */
  hash: string;
  /** SHA-256 (hex) of the X-CSRF-Token header. */
  csrf: string;
  save: SaveArgs;
}

/**
 * Autosaves that check their own access, many in one statement: for each, the session (live,
 * as the guard defines it, and marked seen as the guard marks it), its CSRF token, and an
 * agency role in the audit's organisation, the rule of the save route (`@Access(...AGENCY)`);
 * only the saves that pass go on to `save_responses`, with the session's user as the actor
 * and, as lead, leave to edit every answer. One row per save in `$1`'s order; a save that did
 * not pass has no outcome, and its caller must run the guard's full check instead.
 *
 * This repeats in SQL what the guard decides in TypeScript (resource-scope.ts) for agency
 * roles over an audit, and must stay no wider: whatever it lets through the guard would too.
 * The access matrix runs every role against this route (access-matrix.e2e). The CSRF tokens
 * are compared by their SHA-256, so the comparison's timing tells nothing about the token.
 */
const SELF_AUTHORISED_SQL = `WITH input AS (
    SELECT e.n, e.x->>'hash' AS hash, decode(e.x->>'csrf', 'hex') AS csrf, e.x->'save' AS save
      FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(x, n)),
  allowed AS MATERIALIZED (
    SELECT i.n, s.id AS session_id, s.user_id,
           jsonb_set(jsonb_set(i.save, '{2}', to_jsonb(s.user_id)), '{3}', to_jsonb(r.lead)) AS save
      FROM input i
      JOIN sessions s ON s.id = i.hash
      JOIN users u ON u.id = s.user_id
     CROSS JOIN LATERAL (
       SELECT bool_or(m.role = 'agency_lead') AS lead
         FROM audits a JOIN memberships m ON m.organisation_id = a.organisation_id
        WHERE a.id = (i.save->>0)::uuid AND m.user_id = s.user_id
          AND m.role IN ('agency_lead', 'agency_contributor')) r
     WHERE ${liveSession('$2')} AND r.lead IS NOT NULL
       AND sha256(convert_to(s.csrf_token, 'UTF8')) = i.csrf),
  touched AS (${markSeen('SELECT a.session_id FROM allowed a')}),
  saved AS (
    SELECT * FROM save_responses((SELECT COALESCE(jsonb_agg(a.save ORDER BY a.n), '[]'::jsonb)
                                    FROM allowed a)))
SELECT p.user_id AS "userId", v.*
  FROM input i
  LEFT JOIN (SELECT a.n, a.user_id, row_number() OVER (ORDER BY a.n) AS seq FROM allowed a) p
    ON p.n = i.n
  LEFT JOIN saved v ON v.seq = p.seq
 ORDER BY i.n`;

/**
 * Runs saves through SELF_AUTHORISED_SQL, those made meanwhile sharing a statement (one in flight, as
 * ResponsesService's own saves). A save comes back with its row and the user it was saved as,
 * or null when the statement did not save it as such (access not proven, or the batch failed):
 * the caller then takes the guard's way.
 */
export class SelfAuthorisedSaves {
  private readonly batcher: Batcher<Item, (SaveRow & { userId: string }) | null>;

  constructor(
    private readonly db: DataSource,
    private readonly idleMinutes: () => number,
  ) {
    this.batcher = new Batcher((items) => this.run(items), 1, 50);
  }

  /** `save` with its actor's two arguments (user, may edit every answer) to be filled in. */
  save(hash: string, csrf: string, save: SaveArgs) {
    return this.batcher.call({ hash, csrf, save });
  }

  private async run(items: Item[]) {
    try {
      const rows = await preparedQuery<SaveRow & { userId: string | null; seq: string | null }>(
        this.db,
        SELF_AUTHORISED_SQL,
        [JSON.stringify(items), this.idleMinutes()],
      );
      return rows.map(({ seq: _, userId, ...row }) =>
        userId && row.outcome ? { ...row, userId } : null,
      );
    } catch (err) {
      logger.warn({ err, saves: items.length }, 'self-authorised saves failed; checking each');
      return items.map(() => null);
    }
  }
}
