import { addDays, londonMidnight } from '@pies/domain';
import { RunDayService } from '../src/jobs/run-day.service';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

/** A London wall-clock time on a London day, as an instant. */
const at = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(londonMidnight(day).getTime() + (h * 60 + m) * 60_000);
};
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
/** 730 days, each a daily run and two reads: some 1,500 requests on a shared machine. */
const WALK_TIMEOUT_MS = 120_000;

/**
 * Two simulated years of one agency's compliance, a day at a time on the test clock, with the
 * daily run (runDay) called for each day as the schedule would: compliant after its audit is
 * accepted, due soon and then overdue as the next cycle's due date (the day the clocks go
 * forward in 2028) comes and goes, compliant again once the board accepts the next audit. Read
 * through the API as a board member sees it, at 00:30 and 22:30 London time each day.
 */
describe('the compliance calendar', () => {
  let t: TestApp;
  let days: RunDayService;
  let pid: string, oid: string, versionId: string;
  let boardUser: TestUser, leadUser: TestUser, adminUser: TestUser;
  let board: Client;
  let secondAuditId: string;

  /** The board member's client, signed in again when the clock has moved past the session. */
  async function asBoard(path: string) {
    let res = await board.get(path);
    if (res.status === 401) {
      board = await t.as(boardUser);
      res = await board.get(path);
    }
    expect(res.status).toBe(200);
    return res.body;
  }

  async function completeAudit(auditId: string, who: Client) {
    for (const code of CODES) {
      await who
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `In place for ${code}.`,
        })
        .expect(200);
    }
    await who.post(`/api/audits/${auditId}/submit`).expect(200);
  }

  async function openCycle(name: string, opensOn: string, dueOn: string): Promise<string> {
    const admin = await t.as(adminUser);
    const cycle = (
      await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          frameworkVersionId: versionId,
          name,
          opensOn,
          dueOn,
          status: 'open',
        })
        .expect(201)
    ).body;
    const audits = (await admin.get(`/api/cycles/${cycle.id}/audits`).expect(200)).body;
    return audits[0].id;
  }

  beforeAll(async () => {
    // Sessions as long as allowed, so the walk signs in again about once a month.
    t = await startTestApp({ SESSION_IDLE_MINUTES: '1440', SESSION_MAX_HOURS: '720' });
    days = t.app.get(RunDayService);
    t.clock.set(at('2027-01-04', '09:00'));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    leadUser = await t.given.user({ role: 'agency_lead', organisationId: oid });
    board = await t.as(boardUser);
  });
  afterAll(() => t.close());

  it('has the daily run scheduled at 00:05 London time', async () => {
    const [schedule] = await t.db.query(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'run-day'`,
    );
    expect(schedule).toEqual({ cron: '5 0 * * *', timezone: 'Europe/London' });
  });

  it(
    'walks two years: compliant, due soon, overdue, compliant again, without waiting',
    async () => {
      // The first audit, accepted on 4 January 2027: compliant until 4 January 2029.
      const firstAuditId = await openCycle('2025-27', '2026-09-01', '2027-03-31');
      const lead = await t.as(leadUser);
      t.clock.set(at('2027-01-04', '10:00'));
      await completeAudit(firstAuditId, lead);
      await board.post(`/api/audits/${firstAuditId}/accept`).expect(200);

      // What happens on a day, at 10:00 London time.
      const actions: Record<string, () => Promise<void>> = {
        // The next cycle opens, due on Sunday 26 March 2028, the day the clocks go forward.
        '2027-09-01': async () => {
          secondAuditId = await openCycle('2027-29', '2027-09-01', '2028-03-26');
        },
        '2028-05-10': async () => completeAudit(secondAuditId, await t.as(leadUser)),
        '2028-06-01': async () => {
          await (await t.as(boardUser)).post(`/api/audits/${secondAuditId}/accept`).expect(200);
        },
      };
      const seen: [string, string][] = [];
      const look = async (day: string, time: string) => {
        t.clock.set(at(day, time));
        const org = await asBoard(`/api/organisations/${oid}`);
        const status: string = org.compliance[0].status;
        if (seen.at(-1)?.[1] !== status) {
          seen.push([`${day} ${time}`, status]);
          // The dashboard's overdue agencies agree, by the same rule on the same day.
          const overdue = await asBoard(`/api/partnerships/${pid}/dashboard/overdue-agencies`);
          expect(overdue.total).toBe(status === 'overdue' ? 1 : 0);
        }
      };

      for (let day = '2027-01-05'; day <= '2029-01-04'; day = addDays(day, 1)) {
        t.clock.set(at(day, '00:30'));
        await days.runDay(day);
        await look(day, '00:30');
        if (actions[day]) {
          t.clock.set(at(day, '10:00'));
          await actions[day]();
        }
        await look(day, '22:30');
      }

      expect(seen).toEqual([
        ['2027-01-05 00:30', 'compliant'],
        // 30 days before the due date (2028 is a leap year).
        ['2028-02-26 00:30', 'due_soon'],
        // 00:30 BST on Monday 27 March is 23:30 UTC on Sunday: overdue by London's calendar.
        ['2028-03-27 00:30', 'overdue'],
        ['2028-06-01 22:30', 'compliant'],
      ]);
      const org = await asBoard(`/api/organisations/${oid}/dashboard`);
      expect(org.compliance[0]).toMatchObject({ status: 'compliant', expiresOn: '2030-06-01' });
    },
    WALK_TIMEOUT_MS,
  );

  it('recorded the audit going overdue once, at London midnight, however often the day ran', async () => {
    const trail = async () =>
      (await asBoard(`/api/audits/${secondAuditId}/events?limit=500`)) as {
        kind: string;
        at: string;
        after: unknown;
      }[];
    // Every event carries the clock's time, not the database's: the board accepted at 10:00 on
    // 1 June 2028 (BST), whatever day the test really ran.
    expect((await trail()).filter((e) => e.kind === 'audit.accepted')).toEqual([
      expect.objectContaining({ at: '2028-06-01T09:00:00.000Z' }),
    ]);
    const overdue = (await trail()).filter((e) => e.kind === 'audit.overdue');
    expect(overdue).toEqual([
      expect.objectContaining({ at: '2028-03-26T23:00:00.000Z', after: { dueOn: '2028-03-26' } }),
    ]);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM audit_events');
    await days.runDay('2028-03-27');
    await days.runDay('2028-03-27');
    await days.runDay('2029-01-04');
    const [{ count: after }] = await t.db.query('SELECT count(*)::int AS count FROM audit_events');
    expect(after).toBe(count);
  });

  it('turns a day overdue at midnight London time, not UTC, around the clocks going back', async () => {
    // The clock only moves forward here: sign-in throttling, like time, does not run backwards.
    t.clock.set(at('2029-10-01', '10:00'));
    const otherPid = (await t.given.partnership()).id;
    const otherOid = (await t.given.organisation({ partnershipId: otherPid })).id;
    const otherAdminUser = await t.given.user({
      role: 'partnership_admin',
      partnershipId: otherPid,
    });
    const otherAdmin = await t.as(otherAdminUser);
    const otherBoard = await t.given.user({ role: 'board_member', partnershipId: otherPid });
    // Due on Saturday 27 October 2029, the last day of BST.
    const cycle = (
      await otherAdmin
        .post(`/api/partnerships/${otherPid}/cycles`, {
          frameworkVersionId: versionId,
          name: 'autumn',
          opensOn: '2029-09-01',
          dueOn: '2029-10-27',
          status: 'open',
        })
        .expect(201)
    ).body;
    const statusAt = async (instant: string) => {
      t.clock.set(instant);
      const c = await t.as(otherBoard);
      return (await c.get(`/api/organisations/${otherOid}`).expect(200)).body.compliance[0].status;
    };
    expect(await statusAt('2029-10-27T22:59:00Z')).toBe('due_soon'); // 23:59 BST, Saturday
    expect(await statusAt('2029-10-27T23:00:00Z')).toBe('overdue'); // 00:00 BST, Sunday
    // Moved to Sunday 28 October, the 25-hour day: due soon all of it, overdue from 00:00 GMT.
    t.clock.set('2029-10-27T23:30:00Z');
    // Weeks after signing in on the test clock, the admin's session has lapsed: in again.
    await otherAdmin.patch(`/api/cycles/${cycle.id}`, { dueOn: '2029-10-28' }).expect(401);
    await (
      await t.as(otherAdminUser)
    )
      .patch(`/api/cycles/${cycle.id}`, { dueOn: '2029-10-28' })
      .expect(200);
    expect(await statusAt('2029-10-28T00:30:00Z')).toBe('due_soon'); // 01:30 BST, Sunday
    expect(await statusAt('2029-10-28T23:59:00Z')).toBe('due_soon'); // 23:59 GMT, Sunday
    expect(await statusAt('2029-10-29T00:00:00Z')).toBe('overdue'); // 00:00 GMT, Monday
  });
});
