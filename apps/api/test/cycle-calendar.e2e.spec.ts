import { londonMidnight } from '@pies/domain';
import { RunDayService } from '../src/jobs/run-day.service';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const at = (day: string) => new Date(londonMidnight(day).getTime() + 10 * 3600_000);

/**
 * The cycle calendar: a scheduled cycle opens on its opening date in the day's run (creating
 * its audits), "open now" still works before the date, and a partnership's live cycles may not
 * overlap (one opening before the other is due); overlaps from before the rule are listed.
 */
describe('the cycle calendar', () => {
  let t: TestApp;
  let days: RunDayService;
  let admin: Client;
  let adminUser: TestUser;
  let versionId: string;

  /** A partnership with two member organisations, and its admin's client. */
  async function partnership() {
    const pid = (await t.given.partnership()).id;
    await t.given.organisation({ partnershipId: pid });
    await t.given.organisation({ partnershipId: pid });
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    admin = await t.as(adminUser);
    return pid;
  }

  const create = (pid: string, name: string, opensOn: string, dueOn: string, status = 'draft') =>
    admin.post(`/api/partnerships/${pid}/cycles`, {
      frameworkVersionId: versionId,
      name,
      opensOn,
      dueOn,
      status,
    });
  const auditCount = async (cycleId: string) =>
    Number(
      (await t.db.query(`SELECT count(*)::int AS n FROM audits WHERE cycle_id = $1`, [cycleId]))[0]
        .n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    days = t.app.get(RunDayService);
    t.clock.set(at('2027-06-01'));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('opens a scheduled cycle in the day run of its opening date, once', async () => {
    const pid = await partnership();
    const cycle = (await create(pid, '2027-29', '2027-09-01', '2029-09-01').expect(201)).body;
    expect(cycle).toMatchObject({ status: 'draft', openingDayCame: false, overlapsWith: [] });

    const scheduled = await admin.patch(`/api/cycles/${cycle.id}`, { status: 'scheduled' });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.status).toBe('scheduled');
    expect(await auditCount(cycle.id)).toBe(0);

    // The day before (months on: the admin signs in again): nothing happens.
    t.clock.set(at('2027-08-31'));
    await days.runDay('2027-08-31');
    admin = await t.as(adminUser);
    expect((await admin.get(`/api/cycles/${cycle.id}`).expect(200)).body.status).toBe('scheduled');
    expect(await auditCount(cycle.id)).toBe(0);

    // The opening day: the cycle opens and each member gets an audit; a second run adds nothing.
    t.clock.set(at('2027-09-01'));
    await days.runDay('2027-09-01');
    await days.runDay('2027-09-01');
    admin = await t.as(adminUser);
    const opened = (await admin.get(`/api/cycles/${cycle.id}`).expect(200)).body;
    expect(opened).toMatchObject({ status: 'open', openingDayCame: true });
    expect(opened.audits.not_started).toBe(2);
    expect(await auditCount(cycle.id)).toBe(2);
  });

  it('opens at once a cycle scheduled on or after its opening date', async () => {
    t.clock.set(at('2027-06-01'));
    const pid = await partnership();
    const cycle = (await create(pid, 'Late', '2027-05-01', '2029-05-01', 'scheduled').expect(201))
      .body;
    expect(cycle.status).toBe('open');
    expect(cycle.audits.not_started).toBe(2);
  });

  it('opens a scheduled cycle early when the admin opens it now, and unschedules one', async () => {
    t.clock.set(at('2027-06-01'));
    const pid = await partnership();
    const a = (await create(pid, 'A', '2028-01-10', '2030-01-10', 'scheduled').expect(201)).body;
    expect(a).toMatchObject({ status: 'scheduled', openingDayCame: false });
    const back = await admin.patch(`/api/cycles/${a.id}`, { status: 'draft' }).expect(200);
    expect(back.body.status).toBe('draft');
    await admin.patch(`/api/cycles/${a.id}`, { status: 'scheduled' }).expect(200);
    const now = await admin.patch(`/api/cycles/${a.id}`, { status: 'open' }).expect(200);
    expect(now.body).toMatchObject({ status: 'open', opensOn: '2028-01-10' });
    expect(await auditCount(a.id)).toBe(2);
    // An open cycle cannot go back to scheduled.
    const refused = await admin.patch(`/api/cycles/${a.id}`, { status: 'scheduled' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CYCLE_STATUS_CHANGE_NOT_ALLOWED');
  });

  it('refuses to schedule or open a cycle that overlaps another, naming it', async () => {
    t.clock.set(at('2027-06-01'));
    const pid = await partnership();
    const first = (
      await create(pid, '2027-29', '2027-09-01', '2029-03-31', 'scheduled').expect(201)
    ).body;

    // Opening before the first is due overlaps; as a draft it may exist, but not go live.
    const second = (await create(pid, '2029-31', '2029-01-01', '2031-01-01').expect(201)).body;
    for (const status of ['scheduled', 'open']) {
      const res = await admin.patch(`/api/cycles/${second.id}`, { status });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'CYCLE_OVERLAPS',
        details: {
          cycle: {
            id: first.id,
            name: '2027-29',
            status: 'scheduled',
            opensOn: '2027-09-01',
            dueOn: '2029-03-31',
          },
        },
      });
      expect(res.body.message).toContain('"2027-29"');
    }
    const direct = await create(pid, '2029-31b', '2029-01-01', '2031-01-01', 'open');
    expect(direct.status).toBe(409);
    expect(direct.body.code).toBe('CYCLE_OVERLAPS');
    // Nothing of the refused attempts stays: the cycle is still a draft with no audits.
    expect((await admin.get(`/api/cycles/${second.id}`).expect(200)).body.status).toBe('draft');
    expect(await auditCount(second.id)).toBe(0);
    const names = (await admin.get(`/api/partnerships/${pid}/cycles`).expect(200)).body.map(
      (c: { name: string }) => c.name,
    );
    expect(names).not.toContain('2029-31b');

    // Opening on the first's due date follows it: no overlap.
    await admin.patch(`/api/cycles/${second.id}`, { opensOn: '2029-03-31' }).expect(200);
    await admin.patch(`/api/cycles/${second.id}`, { status: 'scheduled' }).expect(200);

    // Moving a live cycle's dates into another is refused too, and nothing moves.
    const moved = await admin.patch(`/api/cycles/${first.id}`, { dueOn: '2029-06-30' });
    expect(moved.status).toBe(409);
    expect(moved.body.details.cycle.name).toBe('2029-31');
    expect((await admin.get(`/api/cycles/${first.id}`).expect(200)).body.dueOn).toBe('2029-03-31');

    // A closed cycle overlaps nothing.
    await admin.patch(`/api/cycles/${first.id}`, { status: 'open' }).expect(200);
    await admin.patch(`/api/cycles/${first.id}`, { status: 'closed' }).expect(200);
    await admin.patch(`/api/cycles/${first.id}`, { dueOn: '2029-06-30' }).expect(200);
    const reopen = await admin.patch(`/api/cycles/${first.id}`, { status: 'open' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.details.cycle.name).toBe('2029-31');
  });

  it('lets only one of two overlapping cycles go live when both try at once', async () => {
    t.clock.set(at('2027-06-01'));
    // Several partnerships at once, so the two requests of a pair interleave on a busy machine.
    const pairs = [];
    for (let i = 0; i < 8; i++) {
      const pid = await partnership();
      const mine = admin;
      const a = (await create(pid, 'A', '2027-09-01', '2029-09-01').expect(201)).body;
      const b = (await create(pid, 'B', '2028-09-01', '2030-09-01').expect(201)).body;
      const other = await t.as(
        await t.given.user({ role: 'partnership_admin', partnershipId: pid }),
      );
      pairs.push({
        pid,
        go: () => [
          mine.patch(`/api/cycles/${a.id}`, { status: 'scheduled' }),
          other.patch(`/api/cycles/${b.id}`, { status: 'open' }),
        ],
      });
    }
    const results = await Promise.all(pairs.flatMap((p) => p.go()));
    for (let i = 0; i < pairs.length; i++) {
      expect([results[2 * i].status, results[2 * i + 1].status].sort()).toEqual([200, 409]);
      const live = await t.db.query(
        `SELECT name FROM cycles WHERE partnership_id = $1 AND status IN ('scheduled', 'open')`,
        [pairs[i].pid],
      );
      expect(live).toHaveLength(1);
    }
  });

  it('lists overlaps from before the rule on each cycle and leaves them as they are', async () => {
    t.clock.set(at('2027-06-01'));
    const pid = await partnership();
    const rows = await t.db.query(
      `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status)
       VALUES ($1, 'Old', $2, '2026-01-01', '2028-01-01', 'open'),
              ($1, 'Older', $2, '2025-09-01', '2027-09-01', 'open'),
              ($1, 'Done', $2, '2025-01-01', '2027-01-01', 'closed')
       RETURNING id, name`,
      [pid, versionId],
    );
    const id = (name: string) => rows.find((r: { name: string }) => r.name === name).id;
    const old = (await admin.get(`/api/cycles/${id('Old')}`).expect(200)).body;
    expect(old.overlapsWith).toEqual([{ id: id('Older'), name: 'Older' }]);
    const done = (await admin.get(`/api/cycles/${id('Done')}`).expect(200)).body;
    expect(done.overlapsWith).toEqual([]);
    // A rename leaves them as they are; the dashboard shows the latest open one.
    await admin.patch(`/api/cycles/${id('Old')}`, { name: 'Old (renamed)' }).expect(200);
    const board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    const dash = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    expect(dash.cycle.id).toBe(id('Old'));
  });

  it('refuses a status that is not one, naming the field', async () => {
    const pid = await partnership();
    const res = await create(pid, 'X', '2031-01-01', '2033-01-01', 'planned');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.details)).toContain('status');
  });
});
