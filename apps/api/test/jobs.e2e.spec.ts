import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import JSZip from 'jszip';
import type { Response } from 'superagent';
import { JobResults, RESULT_CHUNK_BYTES, RESULT_READ_BYTES } from '../src/jobs/job-results';
import { JobsService } from '../src/jobs/jobs.service';
import { AgencyReportBuilder } from '../src/reports/agency-report.builder';
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

  async function waitFor(condition: () => Promise<boolean>) {
    for (let i = 0; i < 240 && !(await condition()); i++) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await condition()).toBe(true);
  }

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

  it('keeps beating through a slow step, so a live worker never looks stopped', async () => {
    const jobs = t.app.get(JobsService);
    const builder = t.app.get(AgencyReportBuilder);
    const build = builder.build.bind(builder);
    const heartbeatMs = jobs.heartbeatMs;
    jobs.heartbeatMs = 100;
    // Building the one agency's report takes over a second here.
    const spy = jest.spyOn(builder, 'build').mockImplementation(async (...args) => {
      await new Promise((r) => setTimeout(r, 1500));
      return build(...args);
    });
    try {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      const beat = async () =>
        (
          await t.db.query('SELECT status, heartbeat_at FROM jobs WHERE id = $1', [started.body.id])
        )[0];
      while ((await beat()).status !== 'running') await new Promise((r) => setTimeout(r, 20));
      const first = (await beat()).heartbeat_at.getTime();
      await new Promise((r) => setTimeout(r, 600));
      const later = await beat();
      expect(later.status).toBe('running');
      expect(later.heartbeat_at.getTime()).toBeGreaterThan(first);
      expect(await waitDone(started.body.id)).toMatchObject({ status: 'done', done: 1 });
    } finally {
      spy.mockRestore();
      jobs.heartbeatMs = heartbeatMs;
    }
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

  describe('with a result of many small chunks', () => {
    const CHUNK = 16 * 1024;
    beforeAll(() => {
      // Read back in slices that do not divide a chunk: some reads end a chunk early.
      Object.assign(t.app.get(JobResults), { chunkBytes: CHUNK, readBytes: 5_000 });
    });
    afterAll(() => {
      Object.assign(t.app.get(JobResults), {
        chunkBytes: RESULT_CHUNK_BYTES,
        readBytes: RESULT_READ_BYTES,
      });
    });

    /** Every chunk stored for the job, of whichever attempt. */
    const chunks = async (jobId: string): Promise<{ seq: number; data: Buffer }[]> =>
      t.db.query('SELECT seq, data FROM job_result_chunks WHERE job_id = $1 ORDER BY seq', [jobId]);

    /** Downloads the job's ZIP and checks it against its chunks, its size and its PDFs. */
    async function downloadAndCheck(jobId: string) {
      const stored = await chunks(jobId);
      const [{ size }] = await t.db.query(
        'SELECT result_size::int AS size FROM jobs WHERE id = $1',
        [jobId],
      );
      expect(stored.length).toBe(Math.ceil(size / CHUNK));
      expect(stored.map((c) => c.seq)).toEqual(stored.map((_, i) => i));
      expect(stored.slice(0, -1).every((c) => c.data.length === CHUNK)).toBe(true);
      const res = await board.get(`/api/jobs/${jobId}/download`).buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="agency-reports-2025-27.zip"',
      );
      expect(res.headers['content-length']).toBe(String(size));
      const body = res.body as Buffer;
      expect(body.equals(Buffer.concat(stored.map((c) => c.data)))).toBe(true);
      const zip = await JSZip.loadAsync(body);
      expect(Object.keys(zip.files)).toEqual(['Oakley-Junior-School.pdf']);
      const pdf = await zip.file('Oakley-Junior-School.pdf')!.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-8).toString()).toContain('%%EOF');
    }

    it('stores the ZIP in chunks and streams them back byte for byte', async () => {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      expect(await waitDone(started.body.id)).toMatchObject({ status: 'done', done: 1 });
      expect((await chunks(started.body.id)).length).toBeGreaterThan(3);
      await downloadAndCheck(started.body.id);
    }, 90_000);

    it('drops the chunks a stopped worker left before building the job again', async () => {
      const [{ id }] = await t.db.query(
        `INSERT INTO jobs (kind, partnership_id, cycle_id, status, done, total, heartbeat_at)
         VALUES ('report-pack', $1, $2, 'running', 1, 1, now() - interval '5 minutes') RETURNING id`,
        [pid, cycleId],
      );
      // More chunks than the result needs, none of them right.
      await t.db.query(
        `INSERT INTO job_result_chunks (job_id, attempt, seq, data)
         SELECT $1, 0, seq, convert_to(repeat('stale', 100), 'UTF8') FROM generate_series(0, 199) AS seq`,
        [id],
      );
      expect(await waitDone(id)).toMatchObject({ status: 'done', done: 1, total: 1 });
      await downloadAndCheck(id);
    }, 90_000);

    it('stops a worker that was presumed stopped once another has taken the job over', async () => {
      const [{ id }] = await t.db.query(
        `INSERT INTO jobs (kind, partnership_id, cycle_id) VALUES ('report-pack', $1, $2) RETURNING id`,
        [pid, cycleId],
      );
      // When the first worker reports progress, its PDF's chunks stored, another process has
      // just claimed the job (as after a missed heartbeat) and stored a chunk of its own.
      const query = t.db.query.bind(t.db);
      let takenOver = false;
      const spy = jest.spyOn(t.db, 'query').mockImplementation(async (sql: string, ...rest) => {
        if (!takenOver && sql.startsWith('UPDATE jobs SET done = $3')) {
          takenOver = true;
          await query(`UPDATE jobs SET attempt = attempt + 1, heartbeat_at = now() WHERE id = $1`, [
            id,
          ]);
          await query(
            `INSERT INTO job_result_chunks (job_id, attempt, seq, data) VALUES ($1, 2, 0, 'new')`,
            [id],
          );
        }
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      });
      try {
        await waitFor(async () => takenOver && (await chunks(id)).length === 1);
      } finally {
        spy.mockRestore();
      }
      // The first worker stopped: its chunks are gone, the new attempt's stay, and it neither
      // failed the job nor finished it.
      const [job] = await t.db.query('SELECT status, attempt, done FROM jobs WHERE id = $1', [id]);
      expect(job).toMatchObject({ status: 'running', attempt: 2, done: 0 });
      expect((await chunks(id)).map((c) => c.data.toString())).toEqual(['new']);
      // The new worker "stops" too: the job is claimed a third time and built whole.
      await t.db.query(
        `UPDATE jobs SET heartbeat_at = now() - interval '5 minutes' WHERE id = $1`,
        [id],
      );
      expect(await waitDone(id)).toMatchObject({ status: 'done', done: 1, total: 1 });
      await downloadAndCheck(id);
    }, 90_000);

    it('stops reading chunks when the client goes away mid-download', async () => {
      const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
      await waitDone(started.body.id);
      // Slow, small reads (20 ms for each 1,000 bytes), counted.
      const results = t.app.get(JobResults);
      results.readBytes = 1_000;
      let reads = 0;
      const query = t.db.query.bind(t.db);
      const spy = jest.spyOn(t.db, 'query').mockImplementation(async (sql: string, ...rest) => {
        if (
          sql.includes('FROM job_result_chunks WHERE job_id = $1 AND attempt = $5 AND seq = $2')
        ) {
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

    it('fails the job and drops its chunks when the build fails', async () => {
      const query = t.db.query.bind(t.db);
      const spy = jest
        .spyOn(t.db, 'query')
        .mockImplementation((sql: string, ...rest: unknown[]) =>
          sql.startsWith('SELECT name FROM cycles')
            ? Promise.reject(new Error('injected'))
            : (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest),
        );
      try {
        const started = await board.post(`/api/cycles/${cycleId}/report-pack`).expect(202);
        expect(await waitDone(started.body.id)).toMatchObject({ status: 'failed', done: 1 });
        expect(await chunks(started.body.id)).toEqual([]);
        await board.get(`/api/jobs/${started.body.id}/download`).expect(409);
      } finally {
        spy.mockRestore();
      }
    }, 90_000);
  });

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
