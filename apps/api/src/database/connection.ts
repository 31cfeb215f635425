import { resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigError } from '../config/app-config';
import {
  runningServerUrl,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type Log,
} from './embedded-postgres';
import { ensureDatabase, withDatabase } from './database-url';

export interface DatabaseConnection {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/**
 * DATABASE_URL when given; otherwise an embedded PostgreSQL under `<dataDir>/postgres`,
 * with the app's data in its `pies_audit` database.
 */
export async function connectDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  log: Log,
): Promise<DatabaseConnection> {
  if (databaseUrl) {
    await checkDatabase(databaseUrl);
    return { url: databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(resolve(dataDir, 'postgres'), log);
  const url = withDatabase(embedded.url, 'pies_audit');
  try {
    await ensureDatabase(url);
  } catch (err) {
    await embedded.stop();
    throw err;
  }
  return { url, embedded };
}

/** The app's embedded database when an app process is running it, else undefined. */
export async function runningEmbeddedUrl(dataDir: string): Promise<string | undefined> {
  const url = await runningServerUrl(resolve(dataDir, 'postgres'));
  return url && withDatabase(url, 'pies_audit');
}

/** Connection errors that waiting will not fix (PostgreSQL error codes). */
const PERMANENT: Record<string, (database: string, user: string) => string> = {
  '3D000': (db) =>
    `DATABASE_URL names database "${db}", which does not exist on that server: create it (createdb ${db}) or correct the URL`,
  '28P01': (_, user) => `DATABASE_URL: PostgreSQL refused the password for user "${user}"`,
  '28000': (_, user) => `DATABASE_URL: PostgreSQL does not let user "${user}" connect`,
};

/**
 * Fails at once, naming the problem, when DATABASE_URL's database is missing or its
 * credentials are refused: retrying (as the database module does, for a server still
 * starting) would only delay the same error by half a minute. A server that cannot be reached
 * yet is left to those retries.
 */
async function checkDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (err) {
    const explain = PERMANENT[(err as { code?: string }).code ?? ''];
    if (explain) {
      const u = new URL(url);
      throw new ConfigError([
        explain(decodeURIComponent(u.pathname.slice(1)), decodeURIComponent(u.username)),
      ]);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
