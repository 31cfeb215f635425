import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, type ActorMembership } from '../common/access/actor';
import { AppConfig } from '../config/app-config';
import { Batcher } from '../database/batcher';
import { preparedQuery } from '../database/prepared';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export function tokensEqual(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface AuthenticatedSession {
  actor: Actor;
  csrfToken: string;
}

interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  email: string;
  name: string;
  memberships: ActorMembership[];
}

/**
 * A live session `s` of an enabled user `u`: not expired, and idle for at most `idleMinutes`
 * (SQL: a parameter). Every statement that accepts a session checks exactly this.
 */
export const liveSession = (idleMinutes: string) =>
  `s.expires_at > now() AND u.disabled_at IS NULL
     AND s.last_seen_at > now() - make_interval(mins => ${idleMinutes})`;

/**
 * Marks as seen (`last_seen_at`, which the idle timeout reads) the sessions whose ids `ids`
 * (SQL) yields, at most once a minute each. For a data-modifying CTE of the statement that
 * accepted them: no extra round trip, and no burst of separate updates when many sessions
 * signed in together go stale together. It skips a session another statement is touching
 * (SKIP LOCKED): that one is being marked anyway, and two statements never wait on each other
 * or deadlock.
 */
export const markSeen = (ids: string) => `UPDATE sessions SET last_seen_at = now()
     WHERE id IN (SELECT t.id FROM sessions t
                   WHERE t.id IN (${ids}) AND t.last_seen_at < now() - interval '1 minute'
                   ORDER BY t.id FOR UPDATE SKIP LOCKED)`;

/** The live session for token hash `$1`, idle for at most `$2` minutes, with its user's roles. */
const SESSION_SQL = `SELECT s.id, s.user_id, s.csrf_token, u.email, u.name,
         COALESCE((
           SELECT json_agg(json_build_object(
             'id', m.id, 'role', m.role, 'partnershipId', m.partnership_id,
             'organisationId', m.organisation_id,
             'organisationPartnershipIds', COALESCE((
               SELECT json_agg(po.partnership_id) FROM partnership_organisations po
                WHERE po.organisation_id = m.organisation_id), '[]'::json)))
             FROM memberships m WHERE m.user_id = u.id), '[]'::json) AS memberships
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.id = $1 AND ${liveSession('$2')}`;

/**
 * Lookups in flight at once (per scope SQL): one. Every request arriving meanwhile goes in the
 * next batch: one query for many requests is what lets a busy server keep up (autosave at
 * 1,000 a second offered, when every save still took a lookup, p95 over three runs each: 24
 * to 34 ms with one in flight, 28 to 48 with two; README, Benchmarks). A lookup waits on no
 * lock (see lookupSql), so a batch waits on nothing but the database.
 */
const LOOKUP_SLOTS = 1;

interface LookupKey {
  hash: string;
  id: string | null;
}
interface Lookup<T = unknown> {
  session: SessionRow | null;
  also?: T | null;
}

/**
 * The session for token hash `$1` and, when `alsoSql` is given, its row for id `$3`. With
 * `many`, one row per element of the arrays `$1` and `$3`, in their order.
 *
 * The same statement marks the sessions it found as seen (see markSeen).
 */
function lookupSql(alsoSql: string, many: boolean): string {
  const token = many ? 'b.token' : '$1';
  const id = many ? 'b.id' : '$3';
  const session = SESSION_SQL.replace(/\$1\b/g, token);
  const also = alsoSql
    ? `, (SELECT row_to_json(x) FROM (${alsoSql.replace(/\$1\b/g, id)}) x) AS also`
    : '';
  const n = many ? 'b.n' : '1';
  const from = !many
    ? ''
    : alsoSql
      ? ' FROM unnest($1::text[], $3::uuid[]) WITH ORDINALITY AS b(token, id, n)'
      : ' FROM unnest($1::text[]) WITH ORDINALITY AS b(token, n)';
  const select = `SELECT (SELECT row_to_json(s) FROM (${session}) s) AS session${also}, ${n} AS n${from}`;
  return `WITH found AS MATERIALIZED (${select}),
  touched AS (${markSeen(`SELECT f.session->>'id' FROM found f WHERE f.session IS NOT NULL`)})
  SELECT session${alsoSql ? ', also' : ''} FROM found ORDER BY n`;
}

/**
 * Sessions live in PostgreSQL so any number of API processes share them. The cookie holds a
 * random token; the table holds its SHA-256, so a leaked table cannot be replayed.
 */
@Injectable()
export class SessionsService {
  private readonly batchers = new Map<string, Batcher<LookupKey, Lookup>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get maxAgeMs(): number {
    return this.config.SESSION_MAX_HOURS * 3600_000;
  }

  async create(userId: string, ip: string | null, userAgent: string | null) {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.maxAgeMs);
    await this.db.query(
      `INSERT INTO sessions (id, user_id, csrf_token, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now(), $4, $5, $6)`,
      [sha256(token), userId, csrfToken, expiresAt, ip, userAgent?.slice(0, 300) ?? null],
    );
    // Housekeeping: expired sessions of this user go when they sign in again.
    await this.db.query(`DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()`, [userId]);
    return { token, csrfToken, expiresAt, userId };
  }

  /**
   * The actor for a session token, or null when unknown, expired or idle too long; with
   * `also`, the row that SQL (its one parameter `$1` being `also.id`, a UUID) returns, read in
   * the same round trip (the access guard reads the resource's scope this way). Concurrent
   * lookups share round trips (see Batcher).
   */
  async authenticate<T = unknown>(
    token: string,
    also?: { sql: string; id: string },
  ): Promise<{ session: AuthenticatedSession | null; also: T | null }> {
    const { session: row, also: extra } = (await this.lookups(also?.sql ?? '').call({
      hash: sha256(token),
      id: also?.id ?? null,
    })) as Lookup<T>;
    if (!row) return { session: null, also: extra ?? null };
    return {
      session: {
        actor: new Actor(row.user_id, row.email, row.name, row.id, row.memberships, row.csrf_token),
        csrfToken: row.csrf_token,
      },
      also: extra ?? null,
    };
  }

  /** The batcher for lookups with this scope SQL ('' for none). */
  private lookups(alsoSql: string): Batcher<LookupKey, Lookup> {
    let batcher = this.batchers.get(alsoSql);
    if (!batcher) {
      const single = lookupSql(alsoSql, false);
      const many = lookupSql(alsoSql, true);
      batcher = new Batcher<LookupKey, Lookup>(
        async (keys) => {
          const idle = this.config.SESSION_IDLE_MINUTES;
          // Run on every signed-in request: prepared, so PostgreSQL plans it once per connection.
          if (keys.length === 1) {
            const [{ hash, id }] = keys;
            return preparedQuery<Lookup>(
              this.db,
              single,
              alsoSql ? [hash, idle, id] : [hash, idle],
            );
          }
          const hashes = keys.map((k) => k.hash);
          const ids = keys.map((k) => k.id);
          return preparedQuery<Lookup>(
            this.db,
            many,
            alsoSql ? [hashes, idle, ids] : [hashes, idle],
          );
        },
        LOOKUP_SLOTS,
        100,
      );
      this.batchers.set(alsoSql, batcher);
    }
    return batcher;
  }

  async destroy(token: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE id = $1', [sha256(token)]);
  }
}
