import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { freePort } from '../src/database/embedded-postgres';
import { type ApiProcess, startApiProcess, waitFor } from './api-process';
import { Given, type TestUser } from './test-app';
import { createTestDatabase } from './test-database';
import { testFrameworkYaml } from './test-framework';

/** A signed-in client of one process: cookies and the CSRF token kept by hand. */
async function signIn(base: string, user: TestUser) {
  const cookies = new Map<string, string>();
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (res.status >= 300)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json as { id: string; csrfToken: string; [k: string]: unknown };
  };
  csrf = (await call('GET', '/api/auth/csrf')).csrfToken;
  csrf = (await call('POST', '/api/auth/login', { email: user.email, password: user.password }))
    .csrfToken;
  return call;
}

/**
 * A worker-only process (`--worker`) runs jobs and serves no HTTP: here it finishes a report
 * pack once the HTTP process it was requested from has been killed.
 */
describe('a worker-only process', () => {
  jest.setTimeout(120_000);
  let database: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  const procs: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(database.url, 2));
    await ds.initialize();
  });
  afterAll(async () => {
    for (const p of procs) p.child.kill('SIGKILL');
    await Promise.all(procs.map((p) => p.exited));
    await ds?.destroy();
    await database?.drop();
  });

  it('runs jobs, serves no HTTP, and finishes a pack another process started', async () => {
    const start = async (args: string[]) => {
      const port = await freePort();
      const env = { DATABASE_URL: database.url, PORT: String(port), JOB_EXPIRE_SECONDS: '3' };
      const proc = startApiProcess(env, args);
      procs.push(proc);
      await waitFor(
        () => proc.output().includes(args.length ? 'running background jobs' : 'is running at'),
        () => `the process to start; its output:\n${proc.output()}`,
        60_000,
      );
      return { proc, base: `http://127.0.0.1:${port}` };
    };
    const [http, worker] = await Promise.all([start([]), start(['--worker'])]);
    // Nothing listens on the worker's port.
    await expect(fetch(`${worker.base}/api/health`)).rejects.toThrow();

    const given = new Given(ds);
    const pid = (await given.partnership()).id;
    const platform = await signIn(http.base, await given.user({ role: 'platform_admin' }));
    const version = (await platform('POST', '/api/frameworks', { yaml: testFrameworkYaml('1.0') }))
      .id;
    const orgs = [];
    for (let i = 0; i < 3; i++) orgs.push((await given.organisation({ partnershipId: pid })).id);
    const admin = await signIn(
      http.base,
      await given.user({ role: 'partnership_admin', partnershipId: pid }),
    );
    const cycle = await admin('POST', `/api/partnerships/${pid}/cycles`, {
      name: '2025-27',
      frameworkVersionId: version,
      opensOn: '2025-09-01',
      status: 'open',
    });
    for (const oid of orgs) {
      const lead = await signIn(
        http.base,
        await given.user({ role: 'agency_lead', organisationId: oid }),
      );
      const [{ id }] = await ds.query('SELECT id FROM audits WHERE organisation_id = $1', [oid]);
      for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'])
        await lead('PUT', `/api/audits/${id}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: 'About it.',
        });
      await lead('POST', `/api/audits/${id}/submit`);
    }
    const board = await signIn(
      http.base,
      await given.user({ role: 'board_member', partnershipId: pid }),
    );
    const pack = await board('POST', `/api/cycles/${cycle.id}/report-pack`);

    // Once building has begun (on either process), the HTTP process dies: the worker finishes.
    await waitFor(
      () => `${http.proc.output()}${worker.proc.output()}`.includes('"report pack step"'),
      'the pack to be under way',
      30_000,
    );
    http.proc.child.kill('SIGKILL');
    await http.proc.exited;
    const state = async () =>
      (await ds.query('SELECT status, done, total FROM jobs WHERE id = $1', [pack.id]))[0];
    await waitFor(async () => (await state()).status === 'done', 'the worker to finish', 60_000);
    expect(await state()).toMatchObject({ status: 'done', done: 3, total: 3 });
    expect(worker.proc.output()).toContain(pack.id);
  });
});
