import type { DataSource } from 'typeorm';
import { newToken, sha256 } from '../auth/sessions.service';
import type { SignInAttempt } from '../auth/sign-in-throttle.service';
import { oneRow, run } from '../database/typed-query';
import { GRANTED_MEMBERSHIPS } from '../users/granted-memberships.sql';

/** How long a sign-in waits for its second step once the password was right. */
export const PENDING_SIGN_IN_MINUTES = 5;

/** Whether person `$1` must have a second factor: a board or admin role in a partnership that requires one. */
export const MFA_REQUIRED_SQL = `EXISTS (SELECT 1 FROM ${GRANTED_MEMBERSHIPS} m JOIN partnerships p ON p.id = m.partnership_id
  WHERE m.user_id = $1 AND m.role IN ('partnership_admin', 'board_member') AND p.require_mfa)`;

export interface SecondStep {
  step: 'mfa' | 'mfa-enrol';
  /** The `pies_mfa` cookie's value; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

/**
 * The one decision the password sign-in asks of MFA: with the password right, may a session open
 * now (null), or must the person first give a code ('mfa': an authenticator is set up) or set one
 * up ('mfa-enrol': a partnership requires it)? For a second step a waiting sign-in is recorded,
 * holding the password attempt's throttle counters: they are settled only when the second step
 * succeeds, so someone with the password alone cannot use sign-ins to reset the counters of
 * their guesses at codes. A device cookie changes nothing here.
 */
export async function secondStepFor(
  db: DataSource,
  now: Date,
  userId: string,
  attempt: SignInAttempt,
  passwordChangeRequired: boolean,
): Promise<SecondStep | null> {
  const { enrolled, required } = await oneRow<{ enrolled: boolean; required: boolean }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM mfa_enrolments WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS enrolled,
            ${MFA_REQUIRED_SQL} AS required`,
    [userId],
  );
  if (!enrolled && !required) return null;
  const step = enrolled ? 'mfa' : 'mfa-enrol';
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * 60_000);
  // Housekeeping: this person's expired waiting sign-ins go when they sign in again.
  await run(db, 'DELETE FROM mfa_pending_sign_ins WHERE user_id = $1 AND expires_at < $2', [
    userId,
    now,
  ]);
  await run(
    db,
    `INSERT INTO mfa_pending_sign_ins (id, user_id, step, password_change_required, attempt, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [sha256(token), userId, step, passwordChangeRequired, JSON.stringify(attempt), expiresAt, now],
  );
  return { step, token, expiresAt };
}
