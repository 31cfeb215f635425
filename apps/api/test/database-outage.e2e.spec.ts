import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { type ApiProcess, login, startApiProcess, waitFor } from './api-process';
import { createTestDatabase } from './test-database';
import { TcpProxy } from './tcp-proxy';

/**
 * The database going away under a running API (issue 18): data routes answer 503 with
 * Retry-After (never 500), the API recovers by itself once the database is back, the embedded
 * server is restarted by the app, and shutdown takes under two seconds even while it is down.
 */
const postmasterPid = (clusterDir: string) =>
  Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

const postgresRunningOn = (dir: string) =>
  new Promise<boolean>((ok) => {
    spawn('pgrep', ['-f', `postgres -D ${dir}`]).on('exit', (code) => ok(code === 0));
  });

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(await res.json()).toMatchObject({
    statusCode: 503,
    code: 'SERVICE_UNAVAILABLE',
    details: { database: 'down' },
  });
}

/** SIGTERM, then how long the process took to exit and with which code. */
async function stop(app: ApiProcess): Promise<{ ms: number; code: number | null }> {
  const started = Date.now();
  app.child.kill('SIGTERM');
  const code = await app.exited;
  return { ms: Date.now() - started, code };
}

describe('a database that goes away', () => {
  jest.setTimeout(120_000);

  it('with DATABASE_URL: 503 with Retry-After while it is away, recovery when it is back, shutdown under 2 s while it is down', async () => {
    const db = await createTestDatabase();
    const proxy = TcpProxy.to(db.url);
    await proxy.up();
    let app: ApiProcess | undefined;
    try {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      app = startApiProcess({
        DATABASE_URL: proxy.url(db.url),
        PORT: String(port),
        DEMO_DATA: 'true',
      });
      const output = app.output;
      await waitFor(() => output().includes('PIES Audit is running at'), 'start');
      const platform = await login(base, 'platform@demo.test');
      const get = (path: string) =>
        fetch(`${base}${path}`, { headers: { cookie: platform.cookie } });
      const create = () =>
        fetch(`${base}/api/partnerships`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': platform.csrf,
            cookie: platform.cookie,
          },
          body: JSON.stringify({ name: 'Made while the database was away' }),
        });
      expect((await get('/api/partnerships')).status).toBe(200);

      await proxy.down();
      await expectUnavailable(await get('/api/partnerships'));
      await expectUnavailable(await get('/api/health'));
      await expectUnavailable(await create());
      const csrf = ((await (await fetch(`${base}/api/auth/csrf`)).json()) as { csrfToken: string })
        .csrfToken;
      await expectUnavailable(
        await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-csrf-token': csrf,
            cookie: `pies_csrf=${csrf}`,
          },
          body: JSON.stringify({ email: 'admin@demo.test', password: 'safeguarding-demo' }),
        }),
      );

      await proxy.up();
      await waitFor(
        async () => (await get('/api/partnerships')).status === 200,
        'recovery',
        10_000,
      );
      expect((await create()).status).toBe(201);

      await proxy.down();
      await expectUnavailable(await get('/api/partnerships'));
      const stopped = await stop(app);
      expect(stopped.code).toBe(0);
      expect(stopped.ms).toBeLessThan(2_000);
      expect(output()).not.toMatch(/"level":(50|60).*unhandled error/);
    } finally {
      app?.child.kill('SIGKILL');
      await proxy.down();
      await db.drop();
    }
  });

  it('embedded: the app restarts its PostgreSQL when it dies, answering 503 with Retry-After meanwhile, and shuts down under 2 s while it is down', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pies-outage-'));
    const clusterDir = join(dataDir, 'postgres', 'cluster');
    let app: ApiProcess | undefined;
    try {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      app = startApiProcess({ DATA_DIR: dataDir, PORT: String(port) });
      const output = app.output;
      await waitFor(() => output().includes('PIES Audit is running at'), 'start');
      const admin = await login(base, 'admin@demo.test');
      const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie: admin.cookie } });
      expect((await get('/api/partnerships')).status).toBe(200);

      const first = postmasterPid(clusterDir);
      process.kill(first, 'SIGKILL');
      // Every answer until it is back is a 503 with Retry-After (or, in the moment before the
      // server's backends notice, still a 200): never a 500.
      const statuses: number[] = [];
      await waitFor(
        async () => {
          const res = await get('/api/partnerships');
          statuses.push(res.status);
          if (res.status === 503) await expectUnavailable(res);
          return res.status === 200 && statuses.includes(503);
        },
        () => `recovery (statuses so far: ${statuses.join(', ')})`,
        30_000,
      );
      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(postmasterPid(clusterDir)).not.toBe(first);
      expect(output()).toMatch(/embedded PostgreSQL exited.*restarting it/);
      expect(output()).toContain('embedded PostgreSQL is back');

      process.kill(postmasterPid(clusterDir), 'SIGKILL');
      await waitFor(async () => (await get('/api/partnerships')).status === 503, 'a 503', 5_000);
      const stopped = await stop(app);
      expect(stopped.code).toBe(0);
      expect(stopped.ms).toBeLessThan(2_000);
      expect(await postgresRunningOn(clusterDir)).toBe(false);
    } finally {
      app?.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
