/**
 * npm run bench:migrations -- --orgs 1000 --cycles 3
 * The whole-cycle migrations on the scale seed. A fresh database (on DATABASE_URL's server) is
 * migrated and seeded (`seedScale`). First, every migration from the carry-forward confirmation
 * on is undone, evidence is uploaded the old way (cycle-migrations.ts) and they all run again:
 * answers, files (content and SHA-256), submissions and actions compared. Then the
 * organisation-actions migration alone: it is undone, carried chains are built
 * the old way (each open action copied into its organisation's next cycle, then varied: copies
 * moved on, originals closed after copying, notes in the history), and the migration runs again.
 * Prints the counts before and after (actions, chains, history rows) and any loss; exits 1 on
 * one. The database is dropped afterwards unless --keep.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { withDatabase } from '../../apps/api/src/database/database-url';
import { DEFAULT_FRAMEWORK } from '../../apps/api/src/demo/demo-seed.service';
import { FrameworksService } from '../../apps/api/src/frameworks/frameworks.service';
import {
  beforeMigration,
  buildCarriedChains,
  compareAfter,
} from '../../apps/api/test/carried-chains';
import {
  compareCycleMigrations,
  factsOf,
  FIRST_MIGRATION,
  undoToBefore,
  uploadTheOldWay,
} from './cycle-migrations';
import { seedScale } from './scale-seeder';

const MIGRATION = 'OrganisationActions1796700000000';

async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      orgs: { type: 'string', default: '1000' },
      cycles: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  });
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error('DATABASE_URL must name a PostgreSQL server to make the database on');
  const name = `pies_bench_actions_${randomBytes(4).toString('hex')}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
  });
  const app = await createApp({ config, databaseUrl: url });
  const log = (m: string) => process.stderr.write(`  ${m}\n`);
  let lost = false;
  try {
    const frameworks = app.get(FrameworksService);
    const framework = await frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
    await seedScale(app.get(DataSource), {
      partnership: 'Large County Safeguarding Children Partnership',
      orgs: Number(values.orgs),
      cycles: Number(values.cycles),
      frameworkVersionId: framework.id,
      definition: await frameworks.definitionById(framework.id),
      log,
    });
    const ds = app.get(DataSource);
    await undoToBefore(ds, FIRST_MIGRATION, log);
    const old = ds.createQueryRunner();
    let cycleProblems: string[] = [];
    try {
      log(`${await uploadTheOldWay(old)} evidence files uploaded and links kept the old way`);
      const before = await factsOf(old, true);
      const started = performance.now();
      await ds.runMigrations({ transaction: 'each' });
      const seconds = (performance.now() - started) / 1000;
      const result = await compareCycleMigrations(old, before);
      cycleProblems = result.problems;
      process.stdout.write(
        `${JSON.stringify({ check: 'cycle migrations', migrationsSeconds: Number(seconds.toFixed(2)), before, after: result.after, attachments: result.attachments, problems: result.problems }, null, 2)}\n`,
      );
    } finally {
      await old.release();
    }
    const migration = ds.migrations.find((m) => m.name === MIGRATION);
    if (!migration?.down) throw new Error(`${MIGRATION} is not loaded`);
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      const copies = await buildCarriedChains(runner);
      log(`${copies} copies carried forward the old way`);
      const before = await beforeMigration(runner);
      const started = performance.now();
      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();
      const seconds = (performance.now() - started) / 1000;
      const result = await compareAfter(runner, before);
      process.stdout.write(
        `${JSON.stringify({ orgs: Number(values.orgs), cycles: Number(values.cycles), copies, migrationSeconds: Number(seconds.toFixed(2)), ...result, problems: result.problems.slice(0, 20), problemCount: result.problems.length }, null, 2)}\n`,
      );
      lost = result.problems.length > 0 || cycleProblems.length > 0;
    } finally {
      await runner.release();
    }
  } finally {
    await app.close();
    if (!values.keep) await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else log(`kept database ${name}`);
  }
  if (lost) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
