/**
 * Schema tool. Uses DATABASE_URL, or the embedded database under DATA_DIR (default .data).
 *
 *   npm run db:migrate               run pending migrations
 *   npm run db:revert                revert the last migration
 *   npm run db:generate -- Name      write migrations/<timestamp>-<name>.ts from the entity diff
 *   npm run db:check                 fail if the entities and the migrations disagree
 *   npm run db:backup [file]         write every row to a file (beside a running app, too)
 *   npm run db:restore <file>        load a backup into an empty database (see README.md here)
 *
 * Only our schema: the job queue's (pgboss) is pg-boss's own, never in the scratch database
 * nor in a backup.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { backupDatabase, restoreDatabase } from './backup';
import { connectDatabase, runningEmbeddedUrl } from './connection';
import { dataSourceOptions } from './data-source-options';
import { withDatabase } from './database-url';

const log = (m: string) => process.stderr.write(`${m}\n`);

async function pendingSql(ds: DataSource) {
  const sql = await ds.driver.createSchemaBuilder().log();
  return { up: sql.upQueries, down: sql.downQueries };
}

function migrationSource(className: string, up: { query: string }[], down: { query: string }[]) {
  const q = (s: string) =>
    '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const lines = (qs: { query: string }[]) =>
    qs.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function main() {
  const [command, name] = process.argv.slice(2);
  const dataDir = process.env.DATA_DIR ?? '.data';
  // A backup or restore of the embedded database works beside the app running it.
  const running =
    !process.env.DATABASE_URL && (command === 'backup' || command === 'restore')
      ? await runningEmbeddedUrl(dataDir)
      : undefined;
  const conn = running
    ? { url: running, embedded: null }
    : await connectDatabase(process.env.DATABASE_URL, dataDir, log);
  // npm runs scripts from the project's root: a file is named from where npm was run.
  const at = (file: string) => resolve(process.env.INIT_CWD ?? '.', file);
  let url = conn.url;
  let scratch: string | null = null;
  if (command === 'check' || command === 'generate') {
    // Diff against a scratch database with every migration applied.
    scratch = `pies_schema_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: withDatabase(conn.url, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
    url = withDatabase(conn.url, scratch);
  }
  const ds = new DataSource(dataSourceOptions(url, 2));
  let code = 0;
  try {
    await ds.initialize();
    switch (command) {
      case 'migrate': {
        const ran = await ds.runMigrations({ transaction: 'each' });
        log(ran.length ? `applied: ${ran.map((m) => m.name).join(', ')}` : 'no pending migrations');
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        log('reverted the last migration');
        break;
      case 'generate': {
        if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
          throw new Error('usage: db:generate -- Name (letters and digits)');
        await ds.runMigrations({ transaction: 'each' });
        const { up, down } = await pendingSql(ds);
        if (!up.length) {
          log('entities and migrations agree: nothing to generate');
          break;
        }
        const ts = Date.now();
        const file = join(
          __dirname,
          '..',
          '..',
          '..',
          '..',
          'migrations',
          `${ts}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`,
        );
        writeFileSync(file, migrationSource(`${name}${ts}`, up, down));
        log(`wrote ${file}`);
        break;
      }
      case 'check': {
        await ds.runMigrations({ transaction: 'each' });
        const { up } = await pendingSql(ds);
        if (up.length) {
          log(
            'The entities and the migrations disagree. Run `npm run db:generate -- Name`. Pending SQL:',
          );
          for (const q of up) log(`  ${q.query}`);
          code = 1;
        } else log('schema check: entities and migrations agree');
        break;
      }
      case 'backup': {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const to = at(name ?? `pies-audit-${stamp}.backup.gz`);
        const counts = await backupDatabase(ds, to);
        log(`backed up ${total(counts)} rows of ${Object.keys(counts).length} tables to ${to}`);
        break;
      }
      case 'restore': {
        if (!name) throw new Error('usage: db:restore <file>');
        const counts = await restoreDatabase(ds, at(name));
        log(`restored ${total(counts)} rows of ${Object.keys(counts).length} tables from ${name}`);
        break;
      }
      default:
        throw new Error(
          `unknown command "${command}": migrate | revert | generate Name | check | backup [file] | restore <file>`,
        );
    }
  } finally {
    await ds.destroy().catch(() => undefined);
    if (scratch) {
      const admin = new Client({ connectionString: withDatabase(conn.url, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.end();
    }
    await conn.embedded?.stop();
  }
  process.exitCode = code;
}

main().catch((err) => {
  log(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
