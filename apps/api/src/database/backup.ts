import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { DataSource, QueryRunner } from 'typeorm';
import { runMigrations } from './database.module';
import { oneRow, queryRow, queryRows, run, type Db } from './typed-query';

/** The whole database in one file, method in ./README.md. */
const FORMAT = 'pies-audit-backup';
const FORMAT_VERSION = 1;
const MIGRATIONS_TABLE = 'schema_migrations';
/** Rows per FETCH; a table with file contents (bytea, up to several MB a row) one at a time. */
const FETCH_ROWS = 500;
/** Rows are inserted in batches of at most this many rows or characters. */
const INSERT_ROWS = 500;
const INSERT_CHARS = 8 * 1024 * 1024;

interface Header {
  format: typeof FORMAT;
  formatVersion: number;
  schemaVersion: string;
  createdAt: string;
}
interface TableStart {
  table: string;
  rows: number;
}
interface Sequences {
  sequences: { name: string; lastValue: string | null }[];
}

export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The latest migration applied: the version of the schema the rows belong to. */
export async function schemaVersion(db: Db): Promise<string | undefined> {
  const exists = await queryRow<{ t: string | null }>(db, 'SELECT to_regclass($1)::text AS t', [
    MIGRATIONS_TABLE,
  ]);
  if (!exists?.t) return undefined;
  const row = await queryRow<{ name: string }>(
    db,
    `SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY timestamp DESC, id DESC LIMIT 1`,
  );
  return row?.name;
}

/** The data tables of the public schema, each after every table it refers to. */
async function tablesInDependencyOrder(db: Db): Promise<{ name: string; wide: boolean }[]> {
  const tables = await queryRows<{ name: string; wide: boolean }>(
    db,
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                       AND NOT a.attisdropped AND a.atttypid = 'bytea'::regtype) AS wide
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> $1
      ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const refs = await queryRows<{ from: string; to: string }>(
    db,
    `SELECT f.relname AS "from", t.relname AS "to"
       FROM pg_constraint k JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = f.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND f.oid <> t.oid`,
  );
  const ordered: typeof tables = [];
  const seen = new Set<string>();
  const visit = (table: (typeof tables)[number], path: string[]) => {
    if (seen.has(table.name)) return;
    if (path.includes(table.name))
      throw new BackupError(`tables refer to each other in a cycle: ${path.join(' -> ')}`);
    for (const r of refs.filter((r) => r.from === table.name)) {
      const target = tables.find((t) => t.name === r.to);
      if (target) visit(target, [...path, table.name]);
    }
    seen.add(table.name);
    ordered.push(table);
  };
  for (const t of tables) visit(t, []);
  return ordered;
}

/**
 * Writes every row of every table (secrets included: it is the operator's full backup) and the
 * sequences' positions to `file`, from one consistent snapshot, so it can run while the app
 * serves. Returns the row count of each table.
 */
export async function backupDatabase(
  ds: DataSource,
  file: string,
): Promise<Record<string, number>> {
  const qr = ds.createQueryRunner();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  const done = finished(gzip.pipe(out));
  done.catch(() => undefined); // awaited below; a write error (a full disk) also ends a wait
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(gzip, 'drain'), done]);
  };
  const counts: Record<string, number> = {};
  try {
    await qr.connect();
    await qr.startTransaction('REPEATABLE READ');
    await run(qr, 'SET TRANSACTION READ ONLY');
    const version = await schemaVersion(qr);
    if (!version) throw new BackupError('the database has no schema yet: nothing to back up');
    await write({
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      schemaVersion: version,
      createdAt: new Date().toISOString(),
    } satisfies Header);
    for (const { name, wide } of await tablesInDependencyOrder(qr)) {
      const { n } = await oneRow<{ n: number }>(
        qr,
        `SELECT count(*)::int AS n FROM ${ident(name)}`,
      );
      await write({ table: name, rows: n } satisfies TableStart);
      // Each row as its composite text: every column in PostgreSQL's own text form, which
      // the row type reads back exactly (bytea as hex, jsonb, timestamps to the microsecond).
      await run(
        qr,
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT t::text AS r FROM ${ident(name)} t`,
      );
      for (;;) {
        const rows = await queryRows<{ r: string }>(
          qr,
          `FETCH ${wide ? 1 : FETCH_ROWS} FROM backup_rows`,
        );
        for (const { r } of rows) await write(r);
        if (!rows.length) break;
      }
      await run(qr, 'CLOSE backup_rows');
      counts[name] = n;
    }
    const sequences = await queryRows<{ name: string; lastValue: string | null }>(
      qr,
      `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences
        WHERE schemaname = 'public' ORDER BY 1`,
    );
    await write({ sequences } satisfies Sequences);
    await write({ end: true });
    await qr.commitTransaction();
    gzip.end();
    await done;
    return counts;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    gzip.destroy();
    await rm(file, { force: true });
    throw err;
  } finally {
    await qr.release();
  }
}

/**
 * The lines of a backup file, parsed. Its streams are destroyed however reading ends: a refused
 * restore stops after the header, and a file stream left open would go on reading the file
 * after a later backup rewrites it (and fail there, far from its cause).
 */
async function* readBackup(file: string): AsyncGenerator<unknown> {
  const input = createReadStream(file);
  const gunzip = input.pipe(createGunzip());
  const lines = createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield JSON.parse(line);
  } finally {
    lines.close();
    gunzip.destroy();
    input.destroy();
  }
}

/**
 * Loads a backup into a database that holds no rows (its schema is created by the migrations
 * first), in one transaction: all of it or nothing. Refuses a database with any row, and a
 * backup of another schema version.
 */
export async function restoreDatabase(
  ds: DataSource,
  file: string,
): Promise<Record<string, number>> {
  const lines = readBackup(file);
  try {
    return await restoreFrom(ds, file, async () => (await lines.next()).value as Line | undefined);
  } finally {
    await lines.return(undefined);
  }
}

type Line = Record<string, unknown> | string;

async function restoreFrom(
  ds: DataSource,
  file: string,
  next: () => Promise<Line | undefined>,
): Promise<Record<string, number>> {
  const header = (await next()) as Partial<Header> | undefined;
  if (header?.format !== FORMAT || header.formatVersion !== FORMAT_VERSION)
    throw new BackupError(`${file} is not a backup this version can read`);

  for (const { name } of await tablesInDependencyOrder(ds)) {
    const any = await queryRow<{ one: number }>(ds, `SELECT 1 AS one FROM ${ident(name)} LIMIT 1`);
    if (any)
      throw new BackupError(
        `the database is not empty (table ${name} has rows): restore only into a new, empty database`,
      );
  }
  await runMigrations(ds);
  const version = await schemaVersion(ds);
  if (version !== header.schemaVersion)
    throw new BackupError(
      `the backup is of schema version ${header.schemaVersion}, this app's is ${version}: restore it with the app version that wrote it`,
    );

  const qr: QueryRunner = ds.createQueryRunner();
  const counts: Record<string, number> = {};
  try {
    await qr.connect();
    await qr.startTransaction();
    let line = await next();
    while (typeof line === 'object' && typeof line.table === 'string') {
      const { table, rows } = line as unknown as TableStart;
      let batch: string[] = [];
      let chars = 0;
      const flush = async () => {
        if (!batch.length) return;
        await run(
          qr,
          `INSERT INTO ${ident(table)} SELECT (r).* FROM (SELECT x::${ident(table)} AS r FROM unnest($1::text[]) x) s`,
          [batch],
        );
        batch = [];
        chars = 0;
      };
      let n = 0;
      for (line = await next(); typeof line === 'string'; line = await next()) {
        batch.push(line);
        chars += line.length;
        n++;
        if (batch.length >= INSERT_ROWS || chars >= INSERT_CHARS) await flush();
      }
      await flush();
      if (n !== rows) throw new BackupError(`${file}: table ${table} has ${n} rows of ${rows}`);
      counts[table] = n;
    }
    const { sequences } = (typeof line === 'object' ? line : {}) as Partial<Sequences>;
    if (!Array.isArray(sequences)) throw new BackupError(`${file} is cut short`);
    for (const s of sequences)
      if (s.lastValue !== null)
        await run(qr, 'SELECT setval($1::regclass, $2::bigint, true)', [
          ident(s.name),
          s.lastValue,
        ]);
    const end = await next();
    if (typeof end !== 'object' || end.end !== true) throw new BackupError(`${file} is cut short`);
    await qr.commitTransaction();
    return counts;
  } catch (err) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await qr.release();
  }
}
