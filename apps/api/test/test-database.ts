import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '../src/database/database-url';

export const TEMPLATE_DB = 'pies_test_template';

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
  const name = `pies_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  return {
    url: withDatabase(testServerUrl(), name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
