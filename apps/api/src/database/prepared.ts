import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

const names = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement on a pool connection: PostgreSQL parses and plans
 * it once per connection instead of on every call. For the hottest statements only (the access
 * guard's session lookup, autosave); outside a transaction, since it takes its own connection.
 * Errors come back as TypeORM's QueryFailedError, as from `DataSource.query`.
 */
export async function preparedQuery<T>(
  db: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `pies_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  const pool = (db.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query({ name, text, values })).rows as T[];
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
