import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import JSZip from 'jszip';
import { JobResults, RESULT_READ_BYTES } from '../src/jobs/job-results';
import { ReportPacksService } from '../src/reports/report-packs.service';
import { binary, startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

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
      total: 1,
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
    const zip = await JSZip.loadAsync(res.body as Buffer, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['Oakley-Junior-School.pdf']);
    const pdf = await zip.file('Oakley-Junior-School.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 90_000);

  it('gives a second request for the cycle the same pack while it is unfinished', async () => {
    const [a, b] = await Promise.all([
      board.post(`/api/cycles/${cycleId}/report-pack`).expect(202),
      board.post(`/api/cycles/${cycleId}/report-pack`).expect(202),
    ]);
    expect(b.body.id).toBe(a.body.id);
    const again = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
    const job = await waitDone(a.body.id);
    if (again.body.status !== 'done') expect(again.body.id).toBe(a.body.id);
    expect(job).toMatchObject({ status: 'done', done: 1, total: 1 });
    // Once done, a request builds a new pack.
    const next = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
    expect(next.body.id).not.toBe(a.body.id);
    await waitDone(next.body.id);
  }, 90_000);

  it('changes nothing when a step runs twice at once (a step presumed dead ran on)', async () => {
    const packs = t.app.get(ReportPacksService);
    const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
    // The queue's worker runs its steps; these run the same steps beside it.
    for (let i = 0; i < 4; i++)
      await Promise.all([0, 1].map(() => packs.step({ partnershipId: pid }, { retryCount: 0 })));
    expect(await waitDone(started.body.id)).toMatchObject({ status: 'done', done: 1, total: 1 });
    await downloadAndCheck(started.body.id);
  }, 90_000);

  /** The job's parts in order. */
  const parts = async (
    jobId: string,
  ): Promise<{ seq: number; name: string | null; data: Buffer }[]> =>
    t.db.query('SELECT seq, name, data FROM job_parts WHERE job_id = $1 ORDER BY seq', [jobId]);

  /** Downloads the job's ZIP and checks it against its parts, its size and its PDFs. */
  async function downloadAndCheck(jobId: string) {
    const stored = await parts(jobId);
    const [{ size }] = await t.db.query('SELECT result_size::int AS size FROM jobs WHERE id = $1', [
      jobId,
    ]);
    // One entry per agency, then the central directory.
    expect(stored.map((p) => [p.seq, p.name])).toEqual([
      [0, 'Oakley-Junior-School.pdf'],
      [1, null],
    ]);
    const res = await board.get(`/api/jobs/${jobId}/download`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="agency-reports-2025-27.zip"',
    );
    expect(res.headers['content-length']).toBe(String(size));
    const body = res.body as Buffer;
    expect(body.equals(Buffer.concat(stored.map((p) => p.data)))).toBe(true);
    const zip = await JSZip.loadAsync(body, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['Oakley-Junior-School.pdf']);
    const pdf = await zip.file('Oakley-Junior-School.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-8).toString()).toContain('%%EOF');
  }

  describe('read back in small slices', () => {
    beforeAll(() => {
      t.app.get(JobResults).readBytes = 5_000;
    });
    afterAll(() => {
      t.app.get(JobResults).readBytes = RESULT_READ_BYTES;
    });

    it('streams the parts back byte for byte', async () => {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      expect(await waitDone(started.body.id)).toMatchObject({ status: 'done', done: 1 });
      await downloadAndCheck(started.body.id);
    }, 90_000);

    it('stops reading parts when the client goes away mid-download', async () => {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      await waitDone(started.body.id);
      // Slow, small reads (20 ms for each 1,000 bytes), counted.
      const results = t.app.get(JobResults);
      results.readBytes = 1_000;
      let reads = 0;
      const query = t.db.query.bind(t.db);
      const spy = jest.spyOn(t.db, 'query').mockImplementation(async (sql: string, ...rest) => {
        if (sql.includes('FROM job_parts WHERE job_id = $1 AND seq = $2')) {
          reads++;
          await new Promise((r) => setTimeout(r, 20));
        }
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      });
      try {
        // A raw request, so the test itself can drop the connection after the first bytes.
        if (!t.server.listening) await new Promise<void>((r) => t.server.listen(0, '127.0.0.1', r));
        const { port } = t.server.address() as AddressInfo;
        const cookie = board.cookieHeader();
        await new Promise<void>((resolve, reject) => {
          const req = get(
            {
              host: '127.0.0.1',
              port,
              path: `/api/jobs/${started.body.id}/download`,
              headers: { cookie },
            },
            (res) => {
              if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
              res.once('data', () => {
                req.destroy();
                resolve();
              });
            },
          );
          req.on('error', () => undefined); // the connection we destroy
        });
        const atAbort = reads;
        await new Promise((r) => setTimeout(r, 500));
        // A read or two in flight may finish; the other hundred-odd are never made.
        expect(reads - atAbort).toBeLessThanOrEqual(2);
        expect(reads).toBeLessThan(20);
      } finally {
        spy.mockRestore();
        results.readBytes = 5_000;
      }
    }, 90_000);
  });

  it('tries a failing step three times, then fails the pack and drops its parts', async () => {
    const query = t.db.query.bind(t.db);
    let tries = 0;
    const spy = jest.spyOn(t.db, 'query').mockImplementation((sql: string, ...rest: unknown[]) => {
      if (!sql.startsWith('SELECT name FROM cycles'))
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      tries++;
      return Promise.reject(new Error('injected'));
    });
    try {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      expect(await waitDone(started.body.id)).toMatchObject({ status: 'failed', done: 1 });
      expect(tries).toBe(3);
      expect(await parts(started.body.id)).toEqual([]);
      await board.get(`/api/jobs/${started.body.id}/download`).expect(409);
    } finally {
      spy.mockRestore();
    }
  }, 90_000);

  it('refuses a download before the job is done, and keeps jobs within the partnership', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO jobs (kind, partnership_id, cycle_id, status, error) VALUES ('report-pack', $1, $2, 'failed', 'x') RETURNING id`,
      [pid, cycleId],
    );
    const res = await board.get(`/api/jobs/${id}/download`).expect(409);
    expect(res.body).toMatchObject({ code: 'JOB_NOT_DONE', details: { status: 'failed' } });
    await otherBoard.get(`/api/jobs/${id}`).expect(404);
    await otherBoard.post(`/api/cycles/${cycleId}/report-pack`).expect(404);
    await lead.post(`/api/cycles/${cycleId}/report-pack`).expect(403);
  });
});
