import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Agencies overdue for their audit: the dashboard carries how many and the first 20 by name;
 * the whole list is paged from its own route, with the dashboard's sector filter and access.
 */
describe('overdue agencies', () => {
  let t: TestApp;
  let board: Client, admin: Client;
  let pid: string, cycleId: string;
  const names = (items: { organisation: string }[]) => items.map((o) => o.organisation);
  // 25 agencies in a cycle already past its due date: every one of them is overdue.
  const schools = Array.from({ length: 22 }, (_, i) => `School ${String(i + 1).padStart(2, '0')}`);
  const clinics = ['Clinic A', 'Clinic B', 'Clinic C'];

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    for (const name of schools) await t.given.organisation({ partnershipId: pid, name });
    for (const name of clinics)
      await t.given.organisation({ partnershipId: pid, name, sector: 'health' });
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    cycleId = (
      await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          frameworkVersionId: versionId,
          name: '2023-25',
          opensOn: '2023-09-01',
          dueOn: '2025-07-31',
          status: 'open',
        })
        .expect(201)
    ).body.id;
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
  });
  afterAll(() => t.close());

  it('puts the count and the first 20 by name on the dashboard', async () => {
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    expect(d.overdueAgencies.total).toBe(25);
    expect(names(d.overdueAgencies.items)).toEqual([...clinics, ...schools].slice(0, 20));
    expect(d.overdueAgencies.items[0]).toMatchObject({
      sector: 'health',
      lastAcceptedAt: null,
      nextDueOn: '2025-07-31',
    });
  });

  it('pages the whole list, and filters it by sector', async () => {
    const route = `/api/partnerships/${pid}/dashboard/overdue-agencies`;
    const first = (await board.get(`${route}?pageSize=10`).expect(200)).body;
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    const last = (await board.get(`${route}?pageSize=10&page=3`).expect(200)).body;
    expect(names(last.items)).toEqual(schools.slice(17));
    const all = (await board.get(route).expect(200)).body;
    expect(names(all.items)).toEqual([...clinics, ...schools]);
    const health = (await board.get(`${route}?sector=health`).expect(200)).body;
    expect(health).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(names(health.items)).toEqual(clinics);
    const beyond = (await board.get(`${route}?page=9`).expect(200)).body;
    expect(beyond).toMatchObject({ total: 25, items: [] });
  });

  it('names a bad query field, and keeps to the dashboard audience', async () => {
    const route = `/api/partnerships/${pid}/dashboard/overdue-agencies`;
    const bad = await board.get(`${route}?pageSize=501&sector=space`).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'pageSize',
      'sector',
    ]);
    const otherPid = (await t.given.partnership()).id;
    const otherBoard = await t.as(
      await t.given.user({ role: 'board_member', partnershipId: otherPid }),
    );
    await otherBoard.get(route).expect(404);
    const [org] = await t.db.query(
      `SELECT organisation_id AS id FROM partnership_organisations WHERE partnership_id = $1 LIMIT 1`,
      [pid],
    );
    const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org.id }));
    await lead.get(route).expect(403);
    await t.client().get(route).expect(401);
  });

  it('flags each audit overdue by the same rule the dashboard counts: with the agency past the due date', async () => {
    const flags = async () => {
      const audits: { id: string; status: string; overdue: boolean }[] = (
        await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)
      ).body;
      const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
      expect(d.completion.overdue).toBe(audits.filter((a) => a.overdue).length);
      return audits;
    };
    const audits = await flags();
    expect(audits.every((a) => a.overdue)).toBe(true);
    const [submitted, returned] = audits;
    await t.db.query(`UPDATE audits SET status = 'submitted' WHERE id = $1`, [submitted.id]);
    await t.db.query(`UPDATE audits SET status = 'returned' WHERE id = $1`, [returned.id]);
    const after = await flags();
    expect(after.find((a) => a.id === submitted.id)?.overdue).toBe(false);
    expect(after.find((a) => a.id === returned.id)?.overdue).toBe(true);
    expect(after.filter((a) => a.overdue)).toHaveLength(24);
    await admin.patch(`/api/cycles/${cycleId}`, { dueOn: '2099-07-31' }).expect(200);
    expect((await flags()).some((a) => a.overdue)).toBe(false);
  });
});
