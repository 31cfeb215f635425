import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { withDatabase } from '../src/database/database-url';
import { demoCalendar } from '../src/demo/demo-calendar';
import { type ApiProcess, login, startApiProcess, waitFor } from './api-process';
import { adminQuery, createTestDatabase, testServerUrl } from './test-database';

/**
 * The real entry point as a separate process: config validation, the embedded database,
 * demo seeding, restart with data intact, and a clean shutdown on SIGTERM.
 */
const postgresRunningOn = (dir: string) =>
  new Promise<boolean>((ok) => {
    const ps = spawn('pgrep', ['-f', `postgres -D ${dir}`]);
    ps.on('exit', (code) => ok(code === 0));
  });

/** The app's connections to its embedded database, and how many of them came over TCP. */
async function appConnections(dataDir: string): Promise<{ total: number; overTcp: number }> {
  const clusterDir = join(dataDir, 'postgres', 'cluster');
  const socket = readdirSync(clusterDir).find((f) => /^\.s\.PGSQL\.\d+$/.test(f));
  if (!socket) throw new Error(`no PostgreSQL socket in ${clusterDir}`);
  const { user, password } = JSON.parse(
    readFileSync(join(dataDir, 'postgres', 'credentials.json'), 'utf8'),
  );
  const { Client } = await import('pg');
  const c = new Client({
    host: clusterDir,
    port: Number(socket.split('.').pop()),
    user,
    password,
    database: 'postgres',
  });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT count(*)::int AS total, count(client_addr)::int AS "overTcp" FROM pg_stat_activity
        WHERE application_name = 'pies-audit' AND datname = 'pies_audit'`,
    );
    return rows[0];
  } finally {
    await c.end();
  }
}

describe('the API process', () => {
  jest.setTimeout(120_000);

  it('refuses to start on a bad setting and names the variable', async () => {
    const app = startApiProcess({
      PORT: 'eighty',
      SESSION_IDLE_MINUTES: '0',
      DATABASE_URL: 'mysql://nope',
    });
    expect(await app.exited).toBe(78);
    expect(app.output()).toContain('PORT="eighty"');
    expect(app.output()).toContain('SESSION_IDLE_MINUTES="0"');
    expect(app.output()).toContain('DATABASE_URL must be a postgres:// URL');
  });

  it('stops at once, naming it, when DATABASE_URL names a database that does not exist', async () => {
    const missing = `pies_missing_${process.pid}`;
    const started = Date.now();
    const app = startApiProcess({ DATABASE_URL: withDatabase(testServerUrl(), missing) });
    expect(await app.exited).toBe(78);
    expect(app.output()).toContain(
      `DATABASE_URL names database "${missing}", which does not exist`,
    );
    expect(app.output()).not.toContain('Retrying');
    expect(Date.now() - started).toBeLessThan(20_000); // not ten retries three seconds apart
  });

  it('runs on the embedded database, seeds the demo once, keeps data across restarts and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pies-embedded-'));
    const clusterDir = join(dataDir, 'postgres', 'cluster');
    try {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = { DATA_DIR: dataDir, PORT: String(port) };

      const first = startApiProcess(env);
      await waitFor(() => first.output().includes('PIES Audit is running at'), 'first start');
      expect(first.output()).toContain(`http://localhost:${port}`);
      for (const email of [
        'platform@demo.test',
        'admin@demo.test',
        'board@demo.test',
        'lead@demo.test',
        'contributor@demo.test',
      ]) {
        expect(first.output()).toContain(email);
      }
      const health = await (await fetch(`${base}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: 'up' });
      // The app reaches its database through the Unix socket in the cluster's directory.
      const connections = await appConnections(dataDir);
      expect(connections.total).toBeGreaterThan(0);
      expect(connections.overTcp).toBe(0);

      const platform = await login(base, 'platform@demo.test');
      expect(platform.status).toBe(200);
      // The demo is a live partnership: the board's dashboard has figures for the current cycle
      // (its dates moved on to the day it was seeded, today).
      const cal = demoCalendar(new Date());
      const [previous, current] = [cal.cycleName(2023), cal.cycleName(2025)];
      const partnerships = (await (
        await fetch(`${base}/api/partnerships`, { headers: { cookie: platform.cookie } })
      ).json()) as { id: string }[];
      const dash = (await (
        await fetch(`${base}/api/partnerships/${partnerships[0].id}/dashboard`, {
          headers: { cookie: platform.cookie },
        })
      ).json()) as {
        cycle: { name: string };
        completion: Record<string, number>;
        partnership: { overall: { score: number | null } };
        heatMap: { total: number };
        weakestIndicators: unknown[];
      };
      expect(dash.cycle.name).toBe(current);
      expect(dash.completion).toMatchObject({
        not_started: 3,
        in_progress: 4,
        submitted: 3,
        returned: 2,
        accepted: 3,
        total: 15,
      });
      expect(dash.partnership.overall.score).toBeGreaterThan(0);
      expect(dash.heatMap.total).toBe(8);
      expect(dash.weakestIndicators).toHaveLength(10);
      // Its history has been told as it happened: Sent mail lists the reminders already sent
      // (30 days before the last cycle's due date, at the day's run), dated then.
      const mail = (await (
        await fetch(`${base}/api/partnerships/${partnerships[0].id}/mail`, {
          headers: { cookie: platform.cookie },
        })
      ).json()) as { subject: string; status: string; createdAt: string; sentAt: string }[];
      const reminders = mail.filter((m) =>
        m.subject.includes(`is due on 31 July ${cal.date('2025')}`),
      );
      expect(reminders.length).toBeGreaterThan(1);
      for (const r of reminders)
        expect(r).toMatchObject({
          status: 'sent',
          createdAt: cal.date('2025-06-30T23:05:00.000Z'),
          sentAt: cal.date('2025-06-30T23:05:00.000Z'),
        });
      expect(
        mail.filter((m) => m.subject.includes(`${current} audit cycle has opened`)),
      ).toHaveLength(15);
      // Each agency has an evidence library from its last audit, attached to this cycle's audit
      // too: the lead's audit in progress still asks whether each item holds; the PDF opens.
      const lead = await login(base, 'lead@demo.test');
      const get = async (path: string) =>
        fetch(`${base}${path}`, { headers: { cookie: lead.cookie } });
      const me = (await (await get('/api/auth/me')).json()) as {
        memberships: { organisationId: string | null }[];
      };
      const oid = me.memberships.find((m) => m.organisationId)!.organisationId!;
      const library = (await (await get(`/api/organisations/${oid}/evidence`)).json()) as {
        id: string;
        kind: string;
        fileName: string;
        inSubmission: boolean;
        attachments: { cycle: string; stillCurrentAsked: boolean }[];
      }[];
      expect(library.map((i) => `${i.kind}: ${i.fileName}`)).toEqual([
        'link: Filtering and monitoring review',
        'file: Online safety policy.pdf',
        'file: Online safety training record.csv',
      ]);
      for (const item of library) {
        expect(item.inSubmission).toBe(true);
        expect(item.attachments.map((a) => [a.cycle, a.stillCurrentAsked])).toEqual([
          [previous, false],
          [current, true],
        ]);
      }
      // The audit counts each indicator whose carried evidence waits (whether answered or not).
      const audits = (await (await get(`/api/organisations/${oid}/audits`)).json()) as {
        cycle: { name: string };
        counts: { toConfirm: number };
      }[];
      expect(audits.find((a) => a.cycle.name === current)!.counts.toConfirm).toBe(3);
      const policy = await get(`/api/evidence/${library[1].id}`);
      expect(policy.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await policy.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      const created = await fetch(`${base}/api/partnerships`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': platform.csrf,
          cookie: platform.cookie,
        },
        body: JSON.stringify({ name: 'Made before the restart' }),
      });
      expect(created.status).toBe(201);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('stopped cleanly');
      expect(await postgresRunningOn(clusterDir)).toBe(false);

      const second = startApiProcess(env);
      await waitFor(() => second.output().includes('PIES Audit is running at'), 'second start');
      const again = await login(base, 'platform@demo.test');
      const res = await fetch(`${base}/api/partnerships`, { headers: { cookie: again.cookie } });
      const list = (await res.json()) as { name: string }[];
      const names = list.map((p) => p.name).sort();
      expect(names).toEqual(['Demo Safeguarding Children Partnership', 'Made before the restart']);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      expect(await postgresRunningOn(clusterDir)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('on SIGTERM under load, finishes the saves in flight: every acknowledged save is kept', async () => {
    const db = await createTestDatabase();
    const { Client } = await import('pg');
    const pg = new Client({ connectionString: db.url });
    let app: ApiProcess | undefined;
    try {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      app = startApiProcess({ DATABASE_URL: db.url, PORT: String(port), DEMO_DATA: 'true' });
      const output = app.output;
      await waitFor(() => output().includes('PIES Audit is running at'), 'start');
      await pg.connect();
      const { rows: audits } = await pg.query(
        `SELECT a.id FROM audits a JOIN memberships m ON m.organisation_id = a.organisation_id
           JOIN users u ON u.id = m.user_id
          WHERE u.email = 'lead@demo.test' AND m.role = 'agency_lead' AND a.status = 'in_progress'`,
      );
      const auditId: string = audits[0].id;
      const { rows: answers } = await pg.query(
        `SELECT indicator_code AS code, version FROM responses WHERE audit_id = $1
          ORDER BY indicator_code LIMIT 16`,
        [auditId],
      );
      expect(answers.length).toBeGreaterThan(4);
      const lead = await login(base, 'lead@demo.test');

      // One writer per answer, each saving again as soon as the last save is acknowledged.
      const acked = new Map<string, { version: number; commentary: string }>();
      const statuses: Record<number, number> = {};
      let saves = 0;
      const writers = answers.map(async ({ code, version }: { code: string; version: number }) => {
        for (let n = 0; ; n++) {
          const commentary = `${code} save ${n}`;
          let res: Response;
          try {
            res = await fetch(`${base}/api/audits/${auditId}/responses/${code}`, {
              method: 'PUT',
              headers: {
                'content-type': 'application/json',
                'x-csrf-token': lead.csrf,
                cookie: lead.cookie,
              },
              body: JSON.stringify({ version, level: 1 + (n % 4), commentary }),
            });
          } catch {
            // Refused or reset: the server has closed. Never acknowledged, so never counted.
            return;
          }
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status !== 200) return;
          const body = (await res.json()) as { version: number; commentary: string };
          version = body.version;
          acked.set(code, { version, commentary: body.commentary });
          saves++;
        }
      });
      await waitFor(() => saves >= 150, '150 acknowledged saves');
      const killedAt = Date.now();
      app.child.kill('SIGTERM');
      await Promise.all(writers);
      // At once, not at the 15 s limit: connections busy at SIGTERM close after their
      // response instead of waiting out the keep-alive timeout.
      expect(await app.exited).toBe(0);
      expect(Date.now() - killedAt).toBeLessThan(5_000);
      expect(app.output()).toContain('stopped cleanly');

      expect(Object.keys(statuses).filter((s) => Number(s) >= 500 && s !== '503')).toEqual([]);
      const { rows: stored } = await pg.query(
        `SELECT indicator_code AS code, version, commentary FROM responses WHERE audit_id = $1`,
        [auditId],
      );
      const byCode = new Map(stored.map((r: { code: string }) => [r.code, r]));
      for (const [code, a] of acked) expect(byCode.get(code)).toMatchObject(a);
    } finally {
      app?.child.kill('SIGKILL');
      await pg.end().catch(() => undefined);
      await db.drop();
    }
  });

  it('never seeds demo data in production, even when asked', async () => {
    const db = await createTestDatabase();
    try {
      const port = await freePort();
      const app = startApiProcess(
        {
          DATABASE_URL: db.url,
          PORT: String(port),
          NODE_ENV: 'production',
          SECRETS_KEY: randomBytes(32).toString('base64'),
        },
        ['--demo'],
      );
      await waitFor(() => app.output().includes('PIES Audit is running at'), 'production start');
      expect(app.output()).toContain('demo data is never seeded when NODE_ENV=production');
      expect(app.output()).not.toContain('embedded PostgreSQL');
      expect(app.output()).not.toContain('Demo logins');
      const name = new URL(db.url).pathname.slice(1);
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      const rows = await adminQuery(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      expect(rows).toHaveLength(1);
      const { Client } = await import('pg');
      const c = new Client({ connectionString: db.url });
      await c.connect();
      const { rows: seeded } = await c.query('SELECT count(*)::int AS n FROM partnerships');
      await c.end();
      expect(seeded[0].n).toBe(0);
    } finally {
      await db.drop();
    }
  });
});
