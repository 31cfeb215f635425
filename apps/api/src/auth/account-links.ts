import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRow, run } from '../database/typed-query';
import type { AccountTokenPurpose } from './entities/account-token.entity';

/**
 * Account links (auth/README.md, "Account links"): an invitation or a password reset, sent by
 * mail as `<id>.<secret>`. The id finds the row; the secret is 32 random bytes of which only the
 * SHA-256 is stored, compared in constant time. A link is used once, and not after it expires;
 * a new link of a purpose revokes the account's older ones, and setting the password ends them all.
 */

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invitation: 7 * 24 * 3600_000,
  'password-reset': 3600_000,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 32 bytes in base64url, unpadded. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export interface NewLink {
  id: string;
  /** What the mail carries: `<id>.<secret>`. */
  token: string;
  /** SHA-256 of the secret, hex: what is stored. */
  verifier: string;
}

export const verifierOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new link: a random id and a secret of 32 random bytes. */
export function newLink(): NewLink {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${id}.${secret}`, verifier: verifierOf(secret) };
}

/** The link's id and secret, or null for anything not shaped like a link. */
export function parseLink(token: string): { id: string; secret: string } | null {
  const [id, secret, ...rest] = token.split('.');
  if (rest.length || !UUID.test(id ?? '') || !SECRET.test(secret ?? '')) return null;
  return { id, secret };
}

/** Whether `secret` hashes to the stored verifier, compared in constant time. */
export function verifierMatches(stored: string, secret: string): boolean {
  const a = Buffer.from(stored, 'hex');
  const b = Buffer.from(verifierOf(secret), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a stored link still works at `now`: not used, not expired. */
export const linkUsable = (row: { used_at: Date | null; expires_at: Date }, now: Date) =>
  row.used_at === null && row.expires_at.getTime() > now.getTime();

/**
 * Issues a link of `purpose` for the account, in the caller's transaction: the account's older
 * unused links of that purpose are revoked (deleted), and so are its expired ones. `link` is one
 * made beforehand (a reset request makes one whether or not the account exists).
 */
export async function issueLink(
  tx: EntityManager,
  userId: string,
  purpose: AccountTokenPurpose,
  now: Date,
  link: NewLink = newLink(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await revokeLinks(tx, userId, purpose, now);
  await run(
    tx,
    `INSERT INTO account_tokens (id, user_id, purpose, verifier, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [link.id, userId, purpose, link.verifier, expiresAt, now],
  );
  return { token: link.token, expiresAt };
}

/** Revokes the account's unused links of `purpose` (or of every purpose), and its expired ones. */
export async function revokeLinks(
  tx: DataSource | EntityManager,
  userId: string,
  purpose: AccountTokenPurpose | null,
  now: Date,
): Promise<void> {
  await run(
    tx,
    `DELETE FROM account_tokens
      WHERE user_id = $1 AND ((used_at IS NULL AND ($2::text IS NULL OR purpose = $2)) OR expires_at <= $3)`,
    [userId, purpose, now],
  );
}

interface LinkRow {
  id: string;
  user_id: string;
  verifier: string;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * The account a link of `purpose` lets its holder set the password of, or null: unknown,
 * malformed, used, expired, revoked, or its account deactivated all answer alike. With `lock`,
 * the row stays locked to the caller's transaction (a consumer: two uses of one link queue, and
 * the second finds it used).
 */
export async function findLink(
  db: DataSource | EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
  lock = false,
): Promise<{ id: string; userId: string; expiresAt: Date } | null> {
  const parsed = parseLink(token);
  if (!parsed) return null;
  const row = await queryRow<LinkRow>(
    db,
    `SELECT t.id, t.user_id, t.verifier, t.expires_at, t.used_at
       FROM account_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.id = $1 AND t.purpose = $2 AND u.disabled_at IS NULL
      ${lock ? 'FOR UPDATE OF t' : ''}`,
    [parsed.id, purpose],
  );
  if (!row || !verifierMatches(row.verifier, parsed.secret) || !linkUsable(row, now)) return null;
  return { id: row.id, userId: row.user_id, expiresAt: row.expires_at };
}

/**
 * Uses a link once, in the transaction that sets the password: marks it used and revokes the
 * account's other unused links (a password set ends every link that would set it). Null when the
 * link does not work (see findLink).
 */
export async function consumeLink(
  tx: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<string | null> {
  const link = await findLink(tx, token, purpose, now, true);
  if (!link) return null;
  await run(tx, 'UPDATE account_tokens SET used_at = $2 WHERE id = $1', [link.id, now]);
  await revokeLinks(tx, link.userId, null, now);
  return link.userId;
}
