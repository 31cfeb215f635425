import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, type ActorMembership } from '../common/access/actor';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { oneRow, queryRows, run } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import type { SessionDto } from './dto/session.dto';

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
  /** The account signed in with a password shorter than the policy asks, not changed since. */
  passwordChangeRequired: boolean;
}

interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  email: string;
  name: string;
  password_change_required: boolean;
  memberships: ActorMembership[];
  /** Last marked seen a minute or more ago: mark it now. */
  stale: boolean;
}

/**
 * The session row `s` is live at `now` (SQL): not expired, and used within the last
 * `idleMinutes` (SQL) minutes. The idle timeout reads `last_seen_at`, marked by MARK_SEEN_SQL.
 */
const liveSessionSql = (s: string, now: string, idleMinutes: string) =>
  `${s}.expires_at > ${now} AND ${s}.last_seen_at > ${now}::timestamptz - make_interval(mins => ${idleMinutes})`;

/**
 * The live session for token hash `$1` with its user's roles at the clock's time `$3`: not
 * expired, its user enabled, and idle for at most `$2` minutes. With `alsoSql` (its one
 * parameter `$1` being `$4`), that SQL's row as `also`. A read only: marking the session seen is
 * a statement of its own (MARK_SEEN_SQL), needed at most once a minute, so the statement every
 * request runs stays small to plan.
 */
function sessionSql(alsoSql: string): string {
  const also = alsoSql
    ? `(SELECT row_to_json(x) FROM (${alsoSql.replace(/\$1\b/g, '$4')}) x)`
    : 'NULL::json';
  return `SELECT (SELECT row_to_json(f) FROM (
    SELECT s.id, s.user_id, s.csrf_token, u.email, u.name, u.password_change_required,
           s.last_seen_at <= $3::timestamptz - interval '1 minute' AS stale,
           COALESCE((
             SELECT json_agg(json_build_object(
               'id', m.id, 'role', m.role, 'partnershipId', m.partnership_id,
               'organisationId', m.organisation_id,
               'organisationPartnershipIds', COALESCE((
                 SELECT json_agg(po.partnership_id) FROM partnership_organisations po
                  WHERE po.organisation_id = m.organisation_id), '[]'::json)))
               FROM ${GRANTED_MEMBERSHIPS} m WHERE m.user_id = u.id), '[]'::json) AS memberships
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = $1 AND u.disabled_at IS NULL AND ${liveSessionSql('s', '$3', '$2')}) f) AS session,
    ${also} AS also`;
}

/**
 * Marks session `$1` seen at `$2` (`last_seen_at`, which the idle timeout reads), unless another
 * request is marking it (SKIP LOCKED): that one is being marked anyway, and two requests of one
 * user never wait on each other.
 */
const MARK_SEEN_SQL = `UPDATE sessions SET last_seen_at = $2
  WHERE id IN (SELECT t.id FROM sessions t WHERE t.id = $1 AND t.last_seen_at < $2 FOR UPDATE SKIP LOCKED)`;

/**
 * Sessions live in PostgreSQL so any number of API processes share them. The cookie holds a
 * random token; the table holds its SHA-256, so a leaked table cannot be replayed.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get maxAgeMs(): number {
    return this.config.SESSION_MAX_HOURS * 3600_000;
  }

  async create(userId: string, ip: string | null, userAgent: string | null) {
    const token = newToken();
    const csrfToken = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.maxAgeMs);
    await run(
      this.db,
      `INSERT INTO sessions (id, user_id, csrf_token, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [sha256(token), userId, csrfToken, now, expiresAt, ip, userAgent?.slice(0, 300) ?? null],
    );
    // Housekeeping: expired sessions of this user go when they sign in again.
    await run(this.db, `DELETE FROM sessions WHERE user_id = $1 AND expires_at < $2`, [
      userId,
      now,
    ]);
    return { token, csrfToken, expiresAt, userId };
  }

  /**
   * The actor for a session token, or null when unknown, expired or idle too long; with
   * `also`, the row that SQL (its one parameter `$1` being `also.id`, a UUID) returns, read in
   * the same statement (the access guard reads the resource's scope this way).
   */
  async authenticate<T = unknown>(
    token: string,
    also?: { sql: string; id: string },
  ): Promise<{ session: AuthenticatedSession | null; also: T | null }> {
    const now = this.clock.now();
    const params = [sha256(token), this.config.SESSION_IDLE_MINUTES, now];
    const row = await oneRow<{ session: SessionRow | null; also: T | null }>(
      this.db,
      sessionSql(also?.sql ?? ''),
      also ? [...params, also.id] : params,
    );
    const s = row.session;
    if (s?.stale) await run(this.db, MARK_SEEN_SQL, [s.id, now]);
    return {
      session: s && {
        actor: new Actor(s.user_id, s.email, s.name, s.id, s.memberships, s.csrf_token),
        csrfToken: s.csrf_token,
        passwordChangeRequired: s.password_change_required,
      },
      also: row.also,
    };
  }

  async destroy(token: string): Promise<void> {
    await run(this.db, 'DELETE FROM sessions WHERE id = $1', [sha256(token)]);
  }

  /** The person's live sessions, the one asking first, then the most recently used. */
  list(actor: Actor): Promise<SessionDto[]> {
    return queryRows<SessionDto>(
      this.db,
      `SELECT public_id AS id, id = $2 AS current, created_at AS "createdAt", last_seen_at AS "lastSeenAt",
              expires_at AS "expiresAt", ip, user_agent AS "userAgent"
         FROM sessions
        WHERE user_id = $1 AND ${liveSessionSql('sessions', '$3', '$4')}
        ORDER BY id = $2 DESC, last_seen_at DESC, public_id`,
      [actor.userId, actor.sessionId, this.clock.now(), this.config.SESSION_IDLE_MINUTES],
    );
  }

  /**
   * Ends one of the person's sessions (the access guard checked it is theirs), or every one but
   * the session asking (`publicId` null); with an event on their account either way.
   */
  async end(actor: Actor, publicId: string | null): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (publicId) await run(tx, 'DELETE FROM sessions WHERE public_id = $1', [publicId]);
      else await endSessions(tx, actor.userId, actor.sessionId);
      await recordPersonEvent(tx, {
        at: this.clock.now(),
        personId: actor.userId,
        actorId: actor.userId,
        kind: publicId ? 'session.ended' : 'session.others_ended',
        ...(publicId ? { subject: publicId } : {}),
      });
    });
  }
}

/**
 * Ends every session of an account but `keepSessionId` (the id, the token's hash, of the one
 * that asked), in the caller's transaction: a deactivated account, a changed password.
 */
export async function endSessions(
  tx: DataSource | EntityManager,
  userId: string,
  keepSessionId: string | null = null,
): Promise<void> {
  await run(tx, 'DELETE FROM sessions WHERE user_id = $1 AND id IS DISTINCT FROM $2', [
    userId,
    keepSessionId,
  ]);
}
