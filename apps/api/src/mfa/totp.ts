import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';

/** The issuer name authenticator apps show beside the account. */
export const TOTP_ISSUER = 'PIES Audit';
/** Seconds per code (RFC 6238's default, what every authenticator app uses). */
export const TOTP_PERIOD = 30;
/** Codes one step either side of now are accepted: phones' clocks drift. */
const TOLERANCE_SECONDS = TOTP_PERIOD;

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: TOTP_ISSUER, label: email, secret });

/**
 * The time step `code` is right for at `now`, or null. A step <= `afterTimeStep` (one already
 * used) is never a match: the caller moves the enrolment's last step in the same statement that
 * checks it again, so two requests with one code cannot both pass.
 */
export function matchingTimeStep(
  secret: string,
  code: string,
  now: Date,
  afterTimeStep: number | null,
): number | null {
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A recovery code: 16 characters from a 31-letter alphabet without look-alikes (79 bits), shown
 * in groups of four. Only its hash is kept.
 */
export function newRecoveryCode(): string {
  const chars = Array.from(
    { length: 16 },
    () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
  );
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What is stored of a recovery code: the SHA-256 of its letters, lower case, without spaces or hyphens. */
export const recoveryCodeHash = (code: string): string =>
  createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex');
