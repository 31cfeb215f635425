import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { backupDatabase, restoreDatabase } from '../src/database/backup';
import { dataSourceOptions } from '../src/database/data-source-options';
import { freePort } from '../src/database/embedded-postgres';
import { DemoSeedService } from '../src/demo/demo-seed.service';
import { login, startApiProcess, waitFor } from './api-process';
import { Client, startTestApp, type TestApp } from './test-app';
import { createTestDatabase } from './test-database';
import { insertEvidence } from './evidence-rows';

/** Every table's row count and a hash of its rows' text, and every sequence's position. */
async function fingerprint(db: DataSource) {
  const tables: { name: string }[] = await db.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const out: Record<string, unknown> = {};
  for (const { name } of tables) {
    const [row] = await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    );
    out[name] = row;
  }
  out.sequences = await db.query(
    `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  return out;
}

async function openDatabase() {
  const database = await createTestDatabase();
  const ds = await new DataSource(dataSourceOptions(database.url, 2)).initialize();
  return {
    ...database,
    ds,
    close: async () => {
      await ds.destroy();
      await database.drop();
    },
  };
}

/** `npm run db:<command>` on the embedded database under `dataDir`: its exit code and output. */
function dbCli(command: string, file: string, dataDir: string) {
  return new Promise<{ code: number; output: string }>((ok) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/api/src/database/db-cli.ts', command, file],
      {
        cwd: join(__dirname, '../../..'),
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
      },
      (err, stdout, stderr) =>
        ok({ code: err ? Number(err.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('backup and restore', () => {
  jest.setTimeout(120_000);
  let source: TestApp;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    source = await startTestApp();
    await source.app.get(DemoSeedService).seed();
    // Values whose text form takes quoting: every byte, quotes, backslashes, line breaks.
    const [audit] = await source.db.query('SELECT id FROM audits ORDER BY id LIMIT 1');
    await insertEvidence(source.db, audit.id, {
      fileName: 'a "quoted", back\\slashed\nname (1).bin ✓',
      mediaType: 'application/octet-stream',
      content: Buffer.from([...Array(256).keys()]),
    });
    await (
      await source.as({ email: 'lead@demo.test', password: 'safeguarding-demo' })
    )
      .get('/api/auth/me')
      .expect(200);
    dir = mkdtempSync(join(tmpdir(), 'pies-backup-'));
    file = join(dir, 'demo.backup.gz');
  });
  afterAll(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the demo with nothing lost, and people sign in afterwards', async () => {
    const counts = await backupDatabase(source.db, file);
    expect(counts.audit_events).toBeGreaterThan(0);
    expect(counts.sessions).toBeGreaterThan(0);
    // The demo's evidence libraries and the file with every byte.
    const [{ files }] = await source.db.query('SELECT count(*)::int AS files FROM evidence_files');
    expect(files).toBeGreaterThan(1);
    expect(counts.evidence_files).toBe(files);
    const target = await openDatabase();
    try {
      expect(await restoreDatabase(target.ds, file)).toEqual(counts);
      expect(await fingerprint(target.ds)).toEqual(await fingerprint(source.db));

      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
      const app = await createApp({ config, databaseUrl: target.url, migrate: false });
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      try {
        const lead = await new Client(app.getHttpServer() as Server).login({
          email: 'lead@demo.test',
          password: 'safeguarding-demo',
        });
        const me = await lead.get('/api/auth/me').expect(200);
        expect(me.body.email).toBe('lead@demo.test');
      } finally {
        await app.close();
      }
    } finally {
      await target.close();
    }
  });

  it('refuses a database that has rows, and leaves it as it was', async () => {
    await backupDatabase(source.db, file);
    const before = await fingerprint(source.db);
    await expect(restoreDatabase(source.db, file)).rejects.toThrow(
      /the database is not empty \(table \w+ has rows\)/,
    );
    expect(await fingerprint(source.db)).toEqual(before);
  });

  it('refuses a backup of another schema version, or one cut short, restoring nothing', async () => {
    await backupDatabase(source.db, file);
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    const header = JSON.parse(lines[0]);
    const other = join(dir, 'other-version.gz');
    writeFileSync(
      other,
      gzipSync(
        [
          JSON.stringify({ ...header, schemaVersion: 'Older1700000000000' }),
          ...lines.slice(1),
        ].join('\n'),
      ),
    );
    const short = join(dir, 'short.gz');
    writeFileSync(short, gzipSync(lines.slice(0, -3).join('\n')));
    const target = await openDatabase();
    try {
      await expect(restoreDatabase(target.ds, other)).rejects.toThrow(
        /the backup is of schema version Older1700000000000, this app's is \w+/,
      );
      await expect(restoreDatabase(target.ds, short)).rejects.toThrow(/is cut short/);
      const [{ n }] = await target.ds.query('SELECT count(*)::int AS n FROM users');
      expect(n).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('npm run db:backup beside the running app, db:restore into a new data directory: people sign in', async () => {
    const [from, to] = [mkdtempSync(join(dir, 'from-')), mkdtempSync(join(dir, 'to-'))];
    const backup = join(dir, 'embedded.backup.gz');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startApiProcess({ DATA_DIR: from, PORT: String(port) });
    try {
      await waitFor(() => first.output().includes('PIES Audit is running at'), 'first start');
      const backedUp = await dbCli('backup', backup, from);
      expect(backedUp).toMatchObject({
        code: 0,
        output: expect.stringMatching(/backed up \d+ rows/),
      });
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
    const restored = await dbCli('restore', backup, to);
    expect(restored).toMatchObject({ code: 0, output: expect.stringMatching(/restored \d+ rows/) });
    const again = await dbCli('restore', backup, to);
    expect(again.code).toBe(1);
    expect(again.output).toContain('the database is not empty');

    const second = startApiProcess({ DATA_DIR: to, PORT: String(port), DEMO_DATA: 'false' });
    try {
      await waitFor(() => second.output().includes('PIES Audit is running at'), 'second start');
      const lead = await login(base, 'lead@demo.test');
      expect(lead.status).toBe(200);
      const audits = await fetch(`${base}/api/partnerships`, { headers: { cookie: lead.cookie } });
      expect(audits.status).toBe(200);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
