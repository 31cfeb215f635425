import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encrypts the secrets the app must read back (TOTP secrets, OIDC client secrets) with
 * AES-256-GCM under a key from configuration (SECRETS_KEY), never kept in the database. The
 * `context` (for example `totp:<user id>`) is bound in as associated data: a ciphertext copied
 * to another row or purpose does not decrypt. See README.md beside this file.
 */
export class SecretBox {
  private readonly keys: { id: string; key: Buffer }[];

  /** `keys`: the current key first, then older ones still read (rotation). */
  constructor(keys: Buffer[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    for (const key of keys) if (key.length !== 32) throw new Error('a secrets key is 32 bytes');
    this.keys = keys.map((key) => ({ id: keyId(key), key }));
  }

  seal(plain: string, context: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return ['v1', id, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, id, iv, body] = sealed.split('.');
    const entry = this.keys.find((k) => k.id === id);
    if (version !== 'v1' || !entry || !iv || !body) {
      throw new Error(`a secret sealed with a key this app does not hold (key ${id ?? '?'})`);
    }
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', entry.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([
      decipher.update(bytes.subarray(0, bytes.length - 16)),
      decipher.final(),
    ]).toString('utf8');
  }

  /** True when the secret was sealed with an older key: worth sealing again. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.keys[0].id;
  }
}

/** A key's public name: the first 8 characters of its SHA-256, so a wrong key is named. */
const keyId = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);

/** One SECRETS_KEY entry: 32 bytes as base64 (44 characters) or hex (64). */
export function parseSecretsKey(text: string): Buffer | undefined {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
    const key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === 32 ? key : undefined;
  }
  return undefined;
}

/**
 * The development key, used only outside production when SECRETS_KEY is unset (production
 * refuses to start without one). It is public: anything sealed with it is as good as plain.
 */
export const DEVELOPMENT_SECRETS_KEY = createHash('sha256')
  .update('pies-audit development secrets key: never used in production')
  .digest();
