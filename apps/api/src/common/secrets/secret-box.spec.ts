import { randomBytes } from 'node:crypto';
import { parseSecretsKey, SecretBox } from './secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32);

  it('opens what it sealed, in the same context', () => {
    const box = new SecretBox([key]);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('seals the same text differently each time', () => {
    const box = new SecretBox([key]);
    expect(box.seal('x', 'c')).not.toBe(box.seal('x', 'c'));
  });

  it('refuses a secret moved to another context', () => {
    const box = new SecretBox([key]);
    const sealed = box.seal('secret', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow();
  });

  it('refuses a tampered secret', () => {
    const box = new SecretBox([key]);
    const sealed = box.seal('secret', 'c');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    parts[3] = body.toString('base64url');
    expect(() => box.open(parts.join('.'), 'c')).toThrow();
  });

  it('reads secrets sealed with an older key, and says they are stale', () => {
    const old = new SecretBox([key]);
    const sealed = old.seal('secret', 'c');
    const rotated = new SecretBox([randomBytes(32), key]);
    expect(rotated.open(sealed, 'c')).toBe('secret');
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.seal('secret', 'c'))).toBe(false);
  });

  it('names the key it does not hold', () => {
    const sealed = new SecretBox([key]).seal('secret', 'c');
    expect(() => new SecretBox([randomBytes(32)]).open(sealed, 'c')).toThrow(/does not hold/);
  });

  it('reads a key as hex or base64, and nothing else', () => {
    expect(parseSecretsKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretsKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretsKey(key.toString('base64url'))).toEqual(key);
    expect(parseSecretsKey('too-short')).toBeUndefined();
    expect(parseSecretsKey(randomBytes(16).toString('hex'))).toBeUndefined();
  });
});
