import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { dataSourceOptions, JOB_SCHEMA } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/database.module';
import { withDatabase } from '../src/database/database-url';
import { adminQuery, RUN_PREFIX_PATTERN, templateDb } from './test-database';

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
  process.env.PIES_TEST_RUN_PREFIX = `pies_t_${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString('hex')}_`;
  // Databases of runs that crashed over two hours ago; other runs' live ones are left alone.
  const stale = await adminQuery<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'pies\\_t\\_%'`,
  );
  const cutoff = Date.now() / 1000 - 2 * 3600;
  for (const { datname } of stale) {
    const started = Number(RUN_PREFIX_PATTERN.exec(datname)?.[1] ?? Infinity);
    if (started < cutoff) await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
  await adminQuery(`CREATE DATABASE ${templateDb()}`);
  const url = withDatabase(process.env.PIES_TEST_SERVER_URL, templateDb());
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  // The job queue installs its own schema when it first starts: here once, not in every clone.
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false });
  await boss.start();
  await boss.stop();
}
