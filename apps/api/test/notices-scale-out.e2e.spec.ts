import { addDays, londonDate } from '@pies/domain';
import { PgBoss } from 'pg-boss';
import { DataSource } from 'typeorm';
import { dataSourceOptions, JOB_SCHEMA } from '../src/database/data-source-options';
import { freePort } from '../src/database/embedded-postgres';
import { RUN_DAY_QUEUE } from '../src/jobs/run-day.service';
import { type Api, Session, startApiProcess, waitFor } from './api-process';
import { TestSmtpServer } from './smtp-server';
import { Given, type TestUser } from './test-app';
import { createTestDatabase } from './test-database';
import { testFrameworkYaml } from './test-framework';

const PUBLIC_URL = 'https://audit.example.org';
const AGENCIES = 4;

/**
 * Notices are sent once per person and occasion however many API processes run, and across
 * restarts: two real processes on one database and one real SMTP server. The day's run is
 * started as the daily schedule starts it, by a job on its queue: first with only process A
 * running, then with only B (A stopped), then with A restarted beside B and two runs asked at
 * once. The processes keep the real clock, so the cycle is dated from today: it opens today
 * (its opening notices) and is due in 7 days (the day's 7-day reminder).
 */
describe('notices sent once across two API processes and restarts', () => {
  jest.setTimeout(150_000);

  let database: { url: string; drop: () => Promise<void> };
  let ds: DataSource;
  let boss: PgBoss;
  let smtp: TestSmtpServer;
  let env: Record<string, string>;
  const apis: Api[] = [];
  const leads: TestUser[] = [];
  const today = londonDate(new Date());

  async function start(name: string): Promise<Api> {
    const port = await freePort();
    const api: Api = {
      name,
      base: `http://127.0.0.1:${port}`,
      process: startApiProcess({
        ...env,
        DATABASE_URL: database.url,
        PORT: String(port),
        DATABASE_POOL_SIZE: '4',
      }),
      alive: true,
    };
    await waitFor(
      () => api.process.output().includes('PIES Audit is running at'),
      () => `process ${name} to start; its output:\n${api.process.output()}`,
      60_000,
    );
    apis.push(api);
    return api;
  }

  async function stop(api: Api) {
    api.alive = false;
    api.process.child.kill('SIGTERM');
    await api.process.exited;
  }

  /**
   * Asks for the day's run as the schedule does, `times` at once, and waits until the runs are
   * done (the queue holds one waiting run at a time, so asks beyond that are merged into it).
   */
  async function runDay(times = 1) {
    const sent = await Promise.all(
      Array.from({ length: times }, () => boss.send(RUN_DAY_QUEUE, {})),
    );
    const ids = sent.filter((id) => id !== null);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      await waitFor(
        async () => (await boss.findJobs(RUN_DAY_QUEUE, { id }))[0]?.state === 'completed',
        `the day's run ${id} to complete`,
      );
    }
  }

  /** Subjects of what each lead received, and the mail still queued, once the outbox is empty. */
  async function settled() {
    await waitFor(
      async () =>
        (await ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'sent'`))[0]
          .n === 0,
      'the outbox to be sent',
    );
    return leads.map((l) => smtp.receivedBy(l.email).map((m) => m.subject ?? ''));
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(database.url, 2));
    await ds.initialize();
    smtp = new TestSmtpServer();
    env = await smtp.appEnv(PUBLIC_URL);
    await start('A');
    boss = new PgBoss({
      connectionString: database.url,
      schema: JOB_SCHEMA,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    await boss.start();
  }, 90_000);

  afterAll(async () => {
    await boss?.stop({ graceful: false });
    for (const api of apis) if (api.alive) api.process.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.process.exited));
    await ds?.destroy();
    await database?.drop();
    await smtp?.close();
  });

  it('opens a cycle through one process and reminds from either, each notice once', async () => {
    const given = new Given(ds);
    const pid = (await given.partnership({ name: 'Northmoor Safeguarding Partnership' })).id;
    for (let i = 0; i < AGENCIES; i++) {
      const org = await given.organisation({ partnershipId: pid, name: `Agency ${i + 1}` });
      leads.push(await given.user({ role: 'agency_lead', organisationId: org.id }));
    }
    const platform = await new Session(apis).signIn(await given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }, 201)
    ).body.id;
    const admin = await new Session(apis).signIn(
      await given.user({ role: 'partnership_admin', partnershipId: pid }),
    );
    const dueOn = addDays(today, 7);
    await admin.post(
      `/api/partnerships/${pid}/cycles`,
      { name: 'This cycle', frameworkVersionId: versionId, opensOn: today, dueOn, status: 'open' },
      201,
    );
    const opened = (l: string[]) => l.filter((s) => s.includes('audit cycle has opened'));
    const due = (l: string[]) => l.filter((s) => s.includes('is due on'));

    // Only A runs: the opening notice and today's 7-day reminder reach each lead.
    await runDay();
    let got = await settled();
    for (const subjects of got) {
      expect(opened(subjects)).toHaveLength(1);
      expect(due(subjects)).toHaveLength(1);
      expect(subjects).toHaveLength(2);
    }

    // A stops and B starts: another process, after a restart, runs the same day again.
    const b = await start('B');
    await stop(apis[0]);
    await runDay();
    got = await settled();
    for (const subjects of got) expect(subjects).toHaveLength(2);
    expect(b.process.output()).not.toContain('job failed');

    // A is back beside B, and two runs of the day are asked for at once.
    await start('A again');
    await runDay(2);
    await runDay();
    got = await settled();
    for (const subjects of got) expect(subjects).toHaveLength(2);
    const notices = await ds.query(
      `SELECT kind, count(*)::int AS n FROM notifications GROUP BY kind ORDER BY kind`,
    );
    expect(notices).toEqual([
      { kind: 'audit_due', n: AGENCIES },
      { kind: 'cycle_opened', n: AGENCIES },
    ]);
  });
});
