import JSZip from 'jszip';
import type { Response } from 'superagent';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Background jobs kept in PostgreSQL: the bulk report pack. */
describe('report pack jobs', () => {
  let t: TestApp;
  let board: Client, otherBoard: Client, lead: Client;
  let pid: string, cycleId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const version = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    const oid = (await t.given.organisation({ partnershipId: pid, name: 'Oakley Junior School' }))
      .id;
    await t.given.organisation({ partnershipId: pid, name: 'Unsubmitted Club' });
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    cycleId = (
      await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name: '2025-27',
          frameworkVersionId: version,
          opensOn: '2025-09-01',
          status: 'open',
        })
        .expect(201)
    ).body.id;
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    const [audit] = await t.db.query(
      'SELECT id FROM audits WHERE cycle_id = $1 AND organisation_id = $2',
      [cycleId, oid],
    );
    for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1']) {
      await lead
        .put(`/api/audits/${audit.id}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `About ${code}.`,
        })
        .expect(200);
    }
    await lead.post(`/api/audits/${audit.id}/submit`).expect(200);
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    otherBoard = await t.as(
      await t.given.user({ role: 'board_member', partnershipId: (await t.given.partnership()).id }),
    );
  }, 60_000);
  afterAll(() => t.close());

  async function waitDone(jobId: string) {
    for (let i = 0; i < 120; i++) {
      const job = (await board.get(`/api/jobs/${jobId}`).expect(200)).body;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(
      `job did not finish: ${JSON.stringify((await board.get(`/api/jobs/${jobId}`)).body)}`,
    );
  }

  it("builds a ZIP of every submitted agency's report, showing progress", async () => {
    const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
    expect(started.body).toMatchObject({
      kind: 'report-pack',
      status: 'queued',
      done: 0,
      downloadUrl: null,
    });
    const job = await waitDone(started.body.id);
    expect(job).toMatchObject({
      status: 'done',
      done: 1,
      total: 1,
      downloadUrl: `/api/jobs/${started.body.id}/download`,
    });
    const res = await board.get(job.downloadUrl).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    expect(Object.keys(zip.files)).toEqual(['Oakley-Junior-School.pdf']);
    const pdf = await zip.file('Oakley-Junior-School.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);

  it('finishes a job whose worker stopped (the API restarted mid-job)', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO jobs (kind, partnership_id, cycle_id, status, done, total, heartbeat_at)
       VALUES ('report-pack', $1, $2, 'running', 0, 1, now() - interval '5 minutes') RETURNING id`,
      [pid, cycleId],
    );
    const job = await waitDone(id);
    expect(job).toMatchObject({ status: 'done', done: 1, total: 1 });
  }, 90_000);

  it('refuses a download before the job is done, and keeps jobs within the partnership', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO jobs (kind, partnership_id, cycle_id, status, error) VALUES ('report-pack', $1, $2, 'failed', 'x') RETURNING id`,
      [pid, cycleId],
    );
    const res = await board.get(`/api/jobs/${id}/download`).expect(409);
    expect(res.body.message).toContain('failed');
    await otherBoard.get(`/api/jobs/${id}`).expect(404);
    await otherBoard.post(`/api/cycles/${cycleId}/report-pack`).expect(404);
    await lead.post(`/api/cycles/${cycleId}/report-pack`).expect(403);
  });
});
