import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  LINK_LIFETIME_MS,
  linkUsable,
  newLink,
  parseLink,
  verifierMatches,
  verifierOf,
} from './account-links';

describe('account links', () => {
  it('makes `<uuid>.<43 base64url characters>` and stores only the SHA-256 of the secret', () => {
    const link = newLink();
    const [id, secret] = link.token.split('.');
    expect(id).toBe(link.id);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(link.verifier).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(link.verifier).not.toContain(secret);
    expect(parseLink(link.token)).toEqual({ id, secret });
  });

  it('never makes the same secret twice', () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newLink().token.split('.')[1]));
    expect(secrets.size).toBe(1000);
  });

  it('refuses anything not shaped like a link', () => {
    const { id, token } = newLink();
    const secret = token.split('.')[1];
    for (const bad of [
      '',
      id,
      `${id}.`,
      `.${secret}`,
      `${id}.${secret}.x`,
      `${id}.${secret.slice(1)}`,
      `${id}.${secret}=`,
      `not-a-uuid.${secret}`,
      `${id.toUpperCase()}x.${secret}`,
      `${id}.${secret.slice(0, 42)}+`,
    ])
      expect(parseLink(bad)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseLink(s);
        return parsed === null || `${parsed.id}.${parsed.secret}` === s;
      }),
    );
  });

  it('matches a secret only against its own verifier', () => {
    const a = newLink();
    const b = newLink();
    const secretOf = (t: string) => t.split('.')[1];
    expect(verifierMatches(a.verifier, secretOf(a.token))).toBe(true);
    expect(verifierMatches(a.verifier, secretOf(b.token))).toBe(false);
    expect(verifierMatches(verifierOf('x'), 'x')).toBe(true);
    // A damaged stored value never matches (and never throws on its length).
    expect(verifierMatches(a.verifier.slice(2), secretOf(a.token))).toBe(false);
    expect(verifierMatches('', secretOf(a.token))).toBe(false);
  });

  it('works until it expires, and not once used', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    const expires_at = new Date(now.getTime() + LINK_LIFETIME_MS.invitation);
    expect(linkUsable({ used_at: null, expires_at }, now)).toBe(true);
    expect(linkUsable({ used_at: null, expires_at }, new Date(expires_at.getTime() - 1))).toBe(
      true,
    );
    expect(linkUsable({ used_at: null, expires_at }, expires_at)).toBe(false);
    expect(linkUsable({ used_at: now, expires_at }, now)).toBe(false);
  });

  it('lasts 7 days for an invitation and an hour for a password reset', () => {
    expect(LINK_LIFETIME_MS.invitation).toBe(7 * 24 * 60 * 60 * 1000);
    expect(LINK_LIFETIME_MS['password-reset']).toBe(60 * 60 * 1000);
  });
});
