import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/database.module';
import { withDatabase } from '../src/database/database-url';
import { adminQuery, TEMPLATE_DB } from './test-database';

/**
 * Once per run: find the server (DATABASE_URL, else an embedded PostgreSQL under
 * .data/test-postgres), then build a template database with every migration applied.
 * Each test file clones it into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  // Shared by several Jest projects: the first one to run does the work.
  if (process.env.PIES_TEST_SERVER_URL) return;
  if (!process.env.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres(
      resolve(__dirname, '../../../.data/test-postgres'),
      () => undefined,
    );
    (globalThis as { piesEmbedded?: { stop(): Promise<void> } }).piesEmbedded = embedded;
    process.env.PIES_TEST_SERVER_URL = embedded.url;
  } else {
    process.env.PIES_TEST_SERVER_URL = process.env.DATABASE_URL;
  }
  const stale = await adminQuery<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'pies\\_test\\_%'`,
  );
  for (const { datname } of stale)
    await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${TEMPLATE_DB}`);
  const ds = new DataSource(
    dataSourceOptions(withDatabase(process.env.PIES_TEST_SERVER_URL, TEMPLATE_DB), 2),
  );
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}
