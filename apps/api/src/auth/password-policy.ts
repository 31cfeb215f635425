import { dictionary } from '@zxcvbn-ts/language-common';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidFields, problem, type Problem } from '../common/errors/field-problems';
import { queryRows } from '../database/typed-query';
import { AuthProblemCode } from './auth.errors';

/**
 * The password policy, after the NCSC's guidance: long enough, not a common password and not the
 * app's own words; no composition rules (no "one capital, one digit"), no expiry.
 */
export const MIN_PASSWORD_LENGTH = 12;

/** The product's own name: a password naming it is among the first an attacker tries. */
const PRODUCT_WORDS = ['PIES Audit'];

/** Lower case, compatibility forms folded, only letters and digits kept. */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * About 49,000 passwords most often found in leaked password lists, shipped with zxcvbn-ts
 * (`@zxcvbn-ts/language-common`, MIT): the check works offline.
 */
const COMMON = new Set(dictionary['passwords-common'].map(fold));

/** The password with digits added before or after taken off: `Password2024!` is `password`. */
const core = (folded: string) => folded.replace(/^\d+|\d+$/g, '');

/** Length in characters as people count them (a surrogate pair is one). */
const length = (s: string) => [...s].length;

/**
 * What is wrong with a new password, or nothing. `appWords` are the app's own words beyond the
 * product's name: the partnerships' names.
 */
export function passwordProblems(password: string, appWords: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (length(password) < MIN_PASSWORD_LENGTH) {
    problems.push(
      problem(
        AuthProblemCode.passwordTooShort,
        `must be at least ${MIN_PASSWORD_LENGTH} characters`,
        { min: MIN_PASSWORD_LENGTH },
      ),
    );
  }
  const folded = fold(password);
  if (COMMON.has(folded) || COMMON.has(core(folded))) {
    problems.push(
      problem(AuthProblemCode.passwordTooCommon, 'is a commonly used password: choose another'),
    );
  }
  const words = [...PRODUCT_WORDS, ...appWords].map(fold).filter((w) => w.length >= 4);
  if (words.some((w) => folded.includes(w))) {
    problems.push(
      problem(
        AuthProblemCode.passwordHasAppWords,
        "must not contain the product's name or a partnership's name",
      ),
    );
  }
  return problems;
}

/** Whether a password signed in with is shorter than the policy asks: it must then be changed. */
export const tooShort = (password: string) => length(password) < MIN_PASSWORD_LENGTH;

/**
 * Throws a 400 naming `field` when the policy refuses `password`; the app's words are read from
 * the database (every partnership's name).
 */
export async function assertPasswordAllowed(
  db: DataSource | EntityManager,
  field: string,
  password: string,
): Promise<void> {
  const names = await queryRows<{ name: string }>(db, 'SELECT name FROM partnerships', []);
  const problems = passwordProblems(
    password,
    names.map((n) => n.name),
  );
  if (problems.length > 0) throw invalidFields([{ field, problems }]);
}
