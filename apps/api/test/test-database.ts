import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '../src/database/database-url';

/**
 * Every database a test run makes is named `pies_t_<epoch seconds>_<random>_...`, so runs that
 * share a server (several developers, CI) never touch each other's, and databases left by a
 * crashed run can be recognised by age and dropped.
 */
export const RUN_PREFIX_PATTERN = /^pies_t_(\d+)_[0-9a-f]+_/;

export function runPrefix(): string {
  const prefix = process.env.PIES_TEST_RUN_PREFIX;
  if (!prefix) throw new Error('no test run prefix: global-setup did not run');
  return prefix;
}

export const templateDb = () => `${runPrefix()}template`;

/** The server the tests run against: DATABASE_URL, or the embedded one global-setup started. */
export function testServerUrl(): string {
  const url = process.env.PIES_TEST_SERVER_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('no test database: global-setup did not run');
  return url;
}

export async function adminQuery<T = unknown>(sql: string, args: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return (await client.query(sql, args)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template (fast). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${runPrefix()}w${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
  return {
    url: withDatabase(testServerUrl(), name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
