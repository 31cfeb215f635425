import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Made once at load, not at the first unknown email (whose answer would then take twice as long).
const dummyHash = hashPassword(randomBytes(32).toString('base64url'));

/**
 * Checks a password against an account's hash or, with no account, against a dummy hash with the
 * same parameters: both take the same argon2 work, so timing does not tell them apart.
 */
export async function checkPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  const dummy = await dummyHash;
  const ok = await verifyPassword(passwordHash ?? dummy, password);
  return ok && passwordHash !== undefined;
}
