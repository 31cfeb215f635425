import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveChromium } from '@pies/browser';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { freePort } from '../src/database/embedded-postgres';
import { type Api, served, Session, startApiProcess, waitFor } from './api-process';
import { Given } from './test-app';
import { createTestDatabase } from './test-database';
import { testFrameworkYaml } from './test-framework';

/**
 * Two API processes on one database, as behind a load balancer with no session affinity:
 * every user's requests alternate between them, and a report pack whose process is killed
 * outright is finished by the other one. Driven through HTTP only (the database is used to
 * create the users, as an administrator would), so it holds whatever runs the job queue; what
 * it needs of one is the jobs API, a setting for how soon a stopped worker's step is taken over
 * (JOB_EXPIRE_SECONDS) and a log line naming the pack each step a process runs is for.
 */

const INDICATORS = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
/** Agencies in the pack: enough PDFs that the job is still running when its process dies. */
const AGENCIES = 6;

/** When a process logged starting a step of the pack `jobId`, each time it did. */
const claims = (api: Api, jobId: string): number[] =>
  api.process
    .output()
    .split('\n')
    .filter((line) => line.includes('"report pack step') && line.includes(jobId))
    .map((line) => Date.parse((JSON.parse(line) as { time: string }).time));

describe('two API processes on one database', () => {
  jest.setTimeout(120_000);

  let database: { url: string; drop: () => Promise<void> };
  /** The processes' temp directory: a killed process leaves its browser profile there. */
  let tmp: string;
  let ds: DataSource;
  let given: Given;
  const apis: Api[] = [];
  const session = () => new Session(apis);

  let pid: string;
  const orgs: { id: string; name: string }[] = [];
  let board: Session;
  let cycleId: string;
  let auditId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(database.url, 2));
    await ds.initialize();
    given = new Given(ds);
    tmp = mkdtempSync(join(tmpdir(), 'pies-scale-out-'));
    // Found (or unpacked) once, where other runs find it, rather than in each process's temp.
    const chromium = await resolveChromium();
    for (const name of ['A', 'B']) {
      const port = await freePort();
      const proc = startApiProcess({
        DATABASE_URL: database.url,
        PORT: String(port),
        DATABASE_POOL_SIZE: '4',
        // A stopped process's step is run again once it expires: after 5 s here.
        JOB_EXPIRE_SECONDS: '5',
        CHROMIUM_PATH: chromium.path,
        TMPDIR: tmp,
      });
      apis.push({ name, base: `http://127.0.0.1:${port}`, process: proc, alive: true });
    }
    await Promise.all(
      apis.map((api) =>
        waitFor(
          () => api.process.output().includes('PIES Audit is running at'),
          () => `process ${api.name} to start; its output:\n${api.process.output()}`,
          60_000,
        ),
      ),
    );
  }, 90_000);

  afterAll(async () => {
    for (const api of apis) if (api.alive) api.process.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.process.exited));
    await ds?.destroy();
    await database?.drop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('keeps a session signed in on one process valid on the other, CSRF included', async () => {
    pid = (await given.partnership()).id;
    const platform = await session().signIn(await given.user({ role: 'platform_admin' }));
    const me = await platform.get('/api/auth/me', 200);
    const again = await platform.get('/api/auth/me', 200);
    expect(new Set([me.servedBy, again.servedBy])).toEqual(new Set(['A', 'B']));
    await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }, 201);
  });

  it('runs the audit journey with every request going to the other process', async () => {
    for (let i = 0; i < AGENCIES; i++)
      orgs.push(await given.organisation({ partnershipId: pid, name: `Agency ${i + 1}` }));
    const platform = await session().signIn(await given.user({ role: 'platform_admin' }));
    const versionId = (await platform.get('/api/frameworks', 200)).body[0].versions[0].id;

    const admin = await session().signIn(
      await given.user({ role: 'partnership_admin', partnershipId: pid }),
    );
    const cycle = await admin.post(
      `/api/partnerships/${pid}/cycles`,
      { name: '2025-27', frameworkVersionId: versionId, opensOn: '2025-09-01', status: 'open' },
      201,
    );
    expect(cycle.body.audits).toMatchObject({ not_started: AGENCIES });
    cycleId = cycle.body.id;
    const audits = (await admin.get(`/api/cycles/${cycleId}/audits`, 200)).body as {
      id: string;
      organisation: { id: string };
    }[];
    const auditOf = (org: string) => audits.find((a) => a.organisation.id === org)!.id;
    auditId = auditOf(orgs[0].id);

    // Every agency's lead answers every indicator and submits.
    const leads = await Promise.all(
      orgs.map(async (org) =>
        session().signIn(await given.user({ role: 'agency_lead', organisationId: org.id })),
      ),
    );
    await Promise.all(
      orgs.map(async (org, i) => {
        const id = auditOf(org.id);
        for (const code of INDICATORS) {
          const saved = await leads[i].put(
            `/api/audits/${id}/responses/${code}`,
            { version: 0, level: 2 + (i % 3), commentary: `${org.name} on ${code}.` },
            200,
          );
          expect(saved.body.version).toBe(1);
        }
        const submitted = await leads[i].post(`/api/audits/${id}/submit`, undefined, 200);
        expect(submitted.body.status).toBe('submitted');
      }),
    );

    // The board challenges the first agency and returns its audit; the lead answers, edits and
    // resubmits; the board accepts.
    board = await session().signIn(await given.user({ role: 'board_member', partnershipId: pid }));
    const lead = leads[0];
    expect((await board.get(`/api/audits/${auditId}`, 200)).body.status).toBe('submitted');
    const challenge = await board.post(
      `/api/audits/${auditId}/challenges`,
      { indicatorCode: 'P1.1', question: 'When will governors approve the policy?' },
      201,
    );
    await lead.post(
      `/api/challenges/${challenge.body.id}/replies`,
      { body: 'At the March meeting.' },
      201,
    );
    const returned = await board.post(
      `/api/audits/${auditId}/return`,
      { reason: 'Please update P1.1 once approved.' },
      200,
    );
    expect(returned.body.status).toBe('returned');
    const current = (await lead.get(`/api/audits/${auditId}`, 200)).body.responses.find(
      (r: { indicatorCode: string }) => r.indicatorCode === 'P1.1',
    );
    await lead.put(
      `/api/audits/${auditId}/responses/P1.1`,
      { version: current.version, level: 4, commentary: 'Approved by governors in March.' },
      200,
    );
    await lead.post(`/api/audits/${auditId}/submit`, undefined, 200);
    await board.post(`/api/challenges/${challenge.body.id}/resolve`, undefined, 200);
    expect((await board.post(`/api/audits/${auditId}/accept`, undefined, 200)).body.status).toBe(
      'accepted',
    );

    // Both processes read the same state: the dashboard and the report agree with what was done.
    for (let i = 0; i < 2; i++) {
      const dash = await board.get(`/api/partnerships/${pid}/dashboard`, 200);
      expect(dash.body.completion).toMatchObject({
        submitted: AGENCIES - 1,
        accepted: 1,
        total: AGENCIES,
      });
      expect(dash.body.partnership.overall.score).toBeGreaterThan(0);
    }
    const pdf = await board.get(`/api/audits/${auditId}/report.pdf`, 200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    expect(served.get('A')).toBeGreaterThan(20);
    expect(served.get('B')).toBeGreaterThan(20);
  });

  it('finishes a report pack on the other process when the one building it is killed', async () => {
    const started = await board.post(`/api/cycles/${cycleId}/report-pack`, undefined, 202);
    const jobId: string = started.body.id;
    const job = async () => (await board.get(`/api/jobs/${jobId}`, 200)).body;

    // Kill the worker once it has stored part of the pack, and before it has finished.
    let seen = started.body;
    await waitFor(
      async () => {
        seen = await job();
        if (seen.status === 'done' || seen.status === 'failed')
          throw new Error(
            `the pack was ${seen.status} before its worker could be killed mid-job: ${JSON.stringify(seen)}`,
          );
        return seen.status === 'running' && seen.done >= 1;
      },
      () => `the report pack to be under way (last seen ${JSON.stringify(seen)})`,
      30_000,
    );
    // The process that ran its latest step (steps go to whichever process asks first; a slow
    // step may also have expired and been run again by the other, which changes nothing).
    const latest = (api: Api) => Math.max(-Infinity, ...claims(api, jobId));
    const [worker, other] = [...apis].sort((a, b) => latest(b) - latest(a));
    if (latest(worker) === -Infinity) throw new Error(`no process logged claiming job ${jobId}`);
    const killedAt = Date.now();
    worker.process.child.kill('SIGKILL');
    worker.alive = false;
    expect(await worker.process.exited).toBeNull(); // ended by the signal, not an exit
    expect(seen.done).toBeLessThan(AGENCIES);

    // The other process runs the dead one's step again once it expires, and the rest.
    let last = seen;
    await waitFor(
      async () => {
        last = await job();
        if (last.status === 'failed') throw new Error(`the pack failed: ${JSON.stringify(last)}`);
        return last.status === 'done';
      },
      () =>
        `process ${other.name} to finish the pack (last seen ${JSON.stringify(last)}; ` +
        `its claims of the job: ${
          claims(other, jobId)
            .map((t) => new Date(t).toISOString())
            .join(', ') || 'none'
        })`,
      30_000,
    );
    // It ran steps after the kill: the pack was finished by it, not by the dead one.
    expect(latest(other)).toBeGreaterThan(killedAt);
    expect(last).toMatchObject({ status: 'done', done: AGENCIES, total: AGENCIES });

    const zip = await board.get(last.downloadUrl, 200);
    expect(zip.servedBy).toBe(other.name);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = await JSZip.loadAsync(zip.bytes);
    expect(Object.keys(files.files).sort()).toEqual(
      orgs.map((o) => `${o.name.replace(/ /g, '-')}.pdf`).sort(),
    );
    for (const file of Object.values(files.files)) {
      const pdf = await file.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-8).toString()).toContain('%%EOF');
    }
  });
});
