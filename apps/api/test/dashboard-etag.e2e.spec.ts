import { addDays, addMonths, londonDate, londonMidnight } from '@pies/domain';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * The partnership dashboard is computed on every request, its ETag a hash of the body. Each test
 * reads the dashboard, changes one input, and expects the next read to show it: the old ETag no
 * longer answers 304.
 */
describe('dashboard ETag', () => {
  let t: TestApp;
  let admin: Client, board: Client, lead: Client, otherBoard: Client;
  let boardUser: TestUser;
  let pid: string, otherPid: string, cycleId: string, orgA: string, orgB: string;
  let auditA: string, auditB: string;
  const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

  /** The ETag of the last plain read by the board. */
  let lastEtag: string | undefined;
  const dashboard = async (client = board, query = '') => {
    const res = await client.get(`/api/partnerships/${pid}/dashboard${query}`).expect(200);
    if (client === board && !query) lastEtag = res.headers.etag;
    return res.body;
  };
  /** After a change: the last ETag no longer answers 304; the fresh body has a new one. */
  const changed = async () => {
    const res = await board
      .get(`/api/partnerships/${pid}/dashboard`)
      .set('If-None-Match', lastEtag!)
      .expect(200);
    expect(res.headers.etag).not.toBe(lastEtag);
    lastEtag = res.headers.etag;
    return res.body;
  };

  async function answerAll(client: Client, auditId: string, level: number) {
    for (const code of CODES) {
      const current = (await client.get(`/api/audits/${auditId}`).expect(200)).body.responses.find(
        (r: { indicatorCode: string }) => r.indicatorCode === code,
      );
      await client
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: current?.version ?? 0,
          level,
          commentary: `Level ${level}`,
        })
        .expect(200);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    otherPid = (await t.given.partnership()).id;
    orgA = (await t.given.organisation({ partnershipId: pid, name: 'Alpha School' })).id;
    orgB = (
      await t.given.organisation({ partnershipId: pid, name: 'Beta Clinic', sector: 'health' })
    ).id;
    await t.given.organisation({ partnershipId: otherPid, name: 'Gamma Police', sector: 'police' });
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    const otherAdmin = await t.as(
      await t.given.user({ role: 'partnership_admin', partnershipId: otherPid }),
    );
    const open = { frameworkVersionId: versionId, opensOn: '2025-09-01', dueOn: '2027-07-31' };
    cycleId = (
      await admin
        .post(`/api/partnerships/${pid}/cycles`, { ...open, name: '2025-27', status: 'open' })
        .expect(201)
    ).body.id;
    await otherAdmin
      .post(`/api/partnerships/${otherPid}/cycles`, { ...open, name: '2025-27', status: 'open' })
      .expect(201);
    const audits = (await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)).body;
    auditA = audits.find((a: { organisation: { id: string } }) => a.organisation.id === orgA).id;
    auditB = audits.find((a: { organisation: { id: string } }) => a.organisation.id === orgB).id;
    boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    board = await t.as(boardUser);
    otherBoard = await t.as(await t.given.user({ role: 'board_member', partnershipId: otherPid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: orgA }));
  });
  afterAll(() => t.close());

  it('tags the body by its content: an unchanged dashboard answers If-None-Match with 304', async () => {
    const first = await board.get(`/api/partnerships/${pid}/dashboard`).expect(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    const again = await board.get(`/api/partnerships/${pid}/dashboard`).expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers.etag).toBe(first.headers.etag);
    await board
      .get(`/api/partnerships/${pid}/dashboard`)
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    // Another query, another body: its own tag.
    const paged = await board.get(`/api/partnerships/${pid}/dashboard?pageSize=1`).expect(200);
    expect(paged.headers.etag).not.toBe(first.headers.etag);
    // Gzipped for clients that accept it; the same JSON for those that do not.
    const gzipped = await board
      .get(`/api/partnerships/${pid}/dashboard`)
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body).toEqual(first.body);
    const plain = await board
      .get(`/api/partnerships/${pid}/dashboard`)
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.text)).toEqual(first.body);
  });

  it('shows an audit started by its first autosave, then its submission', async () => {
    expect((await dashboard()).completion).toMatchObject({ not_started: 2, in_progress: 0 });
    await answerAll(lead, auditA, 3);
    expect((await changed()).completion).toMatchObject({ not_started: 1, in_progress: 1 });
    expect((await dashboard()).heatMap.total).toBe(0);
    await lead.post(`/api/audits/${auditA}/submit`).expect(200);
    const d = await changed();
    expect(d.completion).toMatchObject({ in_progress: 0, submitted: 1 });
    expect(d.heatMap.items).toEqual([
      expect.objectContaining({ organisation: 'Alpha School', status: 'submitted' }),
    ]);
    expect(d.partnership.overall.score).toBe(75);
    expect([...d.weakestIndicators, ...d.strongestIndicators][0]).toMatchObject({
      meanLevel: 3,
      responses: 1,
    });
  });

  it('shows a challenge raised and resolved', async () => {
    expect((await dashboard()).openChallenges.total).toBe(0);
    const ch = await board
      .post(`/api/audits/${auditA}/challenges`, { indicatorCode: 'P1.1', question: 'Who signs?' })
      .expect(201);
    expect((await changed()).openChallenges.items).toEqual([
      expect.objectContaining({ organisation: 'Alpha School', question: 'Who signs?' }),
    ]);
    await board.post(`/api/challenges/${ch.body.id}/resolve`).expect(200);
    expect((await changed()).openChallenges.total).toBe(0);
  });

  it('shows a return and a new submission with new scores', async () => {
    await board.post(`/api/audits/${auditA}/return`, { reason: 'Evidence missing' }).expect(200);
    expect((await changed()).heatMap.items[0].status).toBe('returned');
    await answerAll(lead, auditA, 4); // the first change reopens the audit
    expect((await changed()).heatMap.total).toBe(0);
    await lead.post(`/api/audits/${auditA}/submit`).expect(200);
    expect((await changed()).partnership.overall.score).toBe(100);
    await board.post(`/api/audits/${auditA}/accept`).expect(200);
    expect((await changed()).completion).toMatchObject({ accepted: 1, submitted: 0 });
  });

  it('shows an organisation renamed or moved to another sector', async () => {
    expect((await dashboard()).heatMap.items[0].organisation).toBe('Alpha School');
    await admin.patch(`/api/organisations/${orgA}`, { name: 'Alpha Academy' }).expect(200);
    expect((await changed()).heatMap.items[0].organisation).toBe('Alpha Academy');
    await admin.patch(`/api/organisations/${orgA}`, { sector: 'police' }).expect(200);
    expect((await changed()).sectors.map((s: { sector: string }) => s.sector)).toEqual(['police']);
  });

  it('shows a change to the cycle: its name and a due date now past', async () => {
    expect((await dashboard()).completion.overdue).toBe(0);
    await admin
      .patch(`/api/cycles/${cycleId}`, {
        name: 'Round one',
        opensOn: '2020-01-01',
        dueOn: '2021-01-01',
      })
      .expect(200);
    const d = await changed();
    expect(d.cycle).toMatchObject({ name: 'Round one', dueOn: '2021-01-01' });
    expect(d.completion.overdue).toBe(1); // Beta Clinic, not started
    expect(d.overdueAgencies.items.map((o: { organisation: string }) => o.organisation)).toEqual([
      'Beta Clinic',
    ]);
  });

  it('shows overdue actions, and a new member organisation, whatever path changed them', async () => {
    expect((await dashboard()).overdueActions.total).toBe(0);
    // Written outside the API (as a bulk load or a future feature would).
    await t.db.query(
      `INSERT INTO actions (raised_in_audit_id, organisation_id, description, owner, due_on)
       SELECT id, organisation_id, 'Train staff', 'DSL', '2024-01-01' FROM audits WHERE id = $1`,
      [auditA],
    );
    expect((await changed()).overdueActions.items).toEqual([
      expect.objectContaining({ description: 'Train staff', dueOn: '2024-01-01' }),
    ]);
    await t.db.query(
      `UPDATE actions SET status = 'done', closed_at = now() WHERE raised_in_audit_id = $1`,
      [auditA],
    );
    expect((await changed()).overdueActions.total).toBe(0);
    const before = (await dashboard()).completion.total;
    await t.given.organisation({ partnershipId: pid, name: 'Delta Nursery' });
    await admin.patch(`/api/cycles/${cycleId}`, { status: 'closed' }).expect(200);
    await admin.patch(`/api/cycles/${cycleId}`, { status: 'open' }).expect(200); // audits for newcomers
    expect((await changed()).completion.total).toBe(before + 1);
    void auditB;
  });

  it('never serves one partnership the figures of another, for the same query', async () => {
    const mine = await dashboard(board, '?sort=name&page=1&pageSize=50');
    const theirs = (
      await otherBoard
        .get(`/api/partnerships/${otherPid}/dashboard?sort=name&page=1&pageSize=50`)
        .expect(200)
    ).body;
    expect(theirs.cycle.id).not.toBe(mine.cycle.id);
    expect(theirs.completion.total).toBe(1);
    expect(mine.completion.total).toBeGreaterThan(1);
    await otherBoard.get(`/api/partnerships/${pid}/dashboard`).expect(404);
    await board.get(`/api/partnerships/${pid}/dashboard?cycleId=${theirs.cycle.id}`).expect(404);
  });

  it('lists an agency as overdue from the London midnight after its acceptance runs out', async () => {
    // Accepted two years ago today (London): valid through today; no write happens after this.
    const today = londonDate(new Date());
    const tomorrow = londonMidnight(addDays(today, 1));
    await t.db.query(`UPDATE audits SET accepted_at = $2 WHERE id = $1`, [
      auditA,
      new Date(londonMidnight(addMonths(today, -24)).getTime() + 12 * 3600_000),
    ]);
    await t.db.query(`UPDATE cycles SET due_on = '2099-07-31' WHERE id = $1`, [cycleId]);
    const names = (d: { overdueAgencies: { items: { organisation: string }[] } }) =>
      d.overdueAgencies.items.map((o) => o.organisation);
    t.clock.set(new Date(tomorrow.getTime() - 1000));
    board = await t.as(boardUser); // the clock moved past the session's idle time
    expect(names(await dashboard())).not.toContain('Alpha Academy');
    t.clock.set(tomorrow);
    expect(names(await changed())).toContain('Alpha Academy');
  });
});
