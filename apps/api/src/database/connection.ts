import { resolve } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
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
  log: (m: string) => void,
): Promise<DatabaseConnection> {
  if (databaseUrl) return { url: databaseUrl, embedded: null };
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
