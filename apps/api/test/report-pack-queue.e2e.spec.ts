import { AgencyReportBuilder } from '../src/reports/agency-report.builder';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Report packs share the queue fairly: one unfinished pack per cycle, at most 3 per
 * partnership, and partnerships take turns, so one with many packs does not hold up another's.
 */
describe('report packs in the queue', () => {
  let t: TestApp;
  let version: string;

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    version = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
  }, 60_000);
  afterAll(() => t.close());

  /** A partnership with `cycles` open cycles, in each of which `agencies` audits are submitted. */
  async function partnership(cycles: number, agencies: number) {
    const pid = (await t.given.partnership()).id;
    const orgs = [];
    for (let i = 0; i < agencies; i++)
      orgs.push((await t.given.organisation({ partnershipId: pid })).id);
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    const ids: string[] = [];
    for (let c = 0; c < cycles; c++) {
      // One after another: a partnership's live cycles may not overlap.
      const body = { name: `C${c}`, frameworkVersionId: version, opensOn: `${2025 + 2 * c}-09-01` };
      ids.push(
        (
          await admin
            .post(`/api/partnerships/${pid}/cycles`, { ...body, status: 'open' })
            .expect(201)
        ).body.id,
      );
    }
    for (const oid of orgs) {
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      const audits: { id: string }[] = await t.db.query(
        'SELECT id FROM audits WHERE organisation_id = $1',
        [oid],
      );
      for (const { id } of audits) {
        for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'])
          await lead
            .put(`/api/audits/${id}/responses/${code}`, {
              version: 0,
              level: 3,
              commentary: 'About it.',
            })
            .expect(200);
        await lead.post(`/api/audits/${id}/submit`).expect(200);
      }
    }
    const board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    return { pid, cycles: ids, board };
  }

  async function waitDone(board: Client, jobId: string) {
    for (let i = 0; i < 240; i++) {
      const job = (await board.get(`/api/jobs/${jobId}`).expect(200)).body;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it('takes turns between partnerships and holds a partnership to 3 packs', async () => {
    const a = await partnership(4, 2);
    const b = await partnership(1, 2);
    // Which partnership each report is built for, in order; each takes a while.
    const order: string[] = [];
    const builder = t.app.get(AgencyReportBuilder);
    const build = builder.build.bind(builder);
    const partnershipOf = new Map<string, string>(
      (
        await t.db.query(
          'SELECT a.id, c.partnership_id AS pid FROM audits a JOIN cycles c ON c.id = a.cycle_id',
        )
      ).map((r: { id: string; pid: string }) => [r.id, r.pid]),
    );
    const spy = jest.spyOn(builder, 'build').mockImplementation(async (auditId, ...rest) => {
      order.push(partnershipOf.get(auditId) === a.pid ? 'A' : 'B');
      await new Promise((r) => setTimeout(r, 300));
      return build(auditId, ...rest);
    });
    try {
      const packsA = [];
      for (const cycleId of a.cycles.slice(0, 3))
        packsA.push((await a.board.post(`/api/cycles/${cycleId}/report-pack`).expect(202)).body);
      const packB = (await b.board.post(`/api/cycles/${b.cycles[0]}/report-pack`).expect(202)).body;
      // A fourth pack of A's waits for one of the three: refused, with a code to decide on.
      const fourth = await a.board.post(`/api/cycles/${a.cycles[3]}/report-pack`).expect(429);
      expect(fourth.body).toMatchObject({ code: 'REPORT_PACKS_WAITING' });
      expect(fourth.headers['retry-after']).toBe('60');
      // Another board member of B asking again follows the same pack.
      const again = await b.board.post(`/api/cycles/${b.cycles[0]}/report-pack`).expect(202);
      expect(again.body.id).toBe(packB.id);

      expect(await waitDone(b.board, packB.id)).toMatchObject({ status: 'done', total: 2 });
      for (const p of packsA)
        expect(await waitDone(a.board, p.id)).toMatchObject({ status: 'done', total: 2 });
      expect(order.filter((p) => p === 'A')).toHaveLength(6);
      // B's two reports came before A had built three of its six: turns, not first come first
      // served (which would have built all six of A's first).
      const lastB = order.lastIndexOf('B');
      expect(order.slice(0, lastB).filter((p) => p === 'A').length).toBeLessThanOrEqual(3);
      // With A's packs done, its fourth is taken.
      await a.board.post(`/api/cycles/${a.cycles[3]}/report-pack`).expect(202);
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
});
