import { addDays, londonMidnight } from '@pies/domain';
import { CATCH_UP_DAYS, RunDayService } from '../src/jobs/run-day.service';
import { startTestApp, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const at = (day: string, hour: number) =>
  new Date(londonMidnight(day).getTime() + hour * 3_600_000);

/**
 * The scheduled daily run (`runThrough`) when the service was down: the days missed are run in
 * order when it is back, so a reminder due on a missed day still goes out (dated the day it is
 * sent), and a cycle due to open then opens; but only the last CATCH_UP_DAYS of them.
 */
describe('days missed while the service was down', () => {
  let t: TestApp;
  let days: RunDayService;
  let pid: string, versionId: string;
  let lead: TestUser, adminUser: TestUser;

  /** `<London day made> <kind>` of each of the lead's notices, oldest first. */
  const noticesOfLead = async () =>
    (
      await t.db.query(
        `SELECT kind, to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day
           FROM notifications WHERE user_id = $1 ORDER BY created_at, kind`,
        [lead.id],
      )
    ).map((n: { kind: string; day: string }) => `${n.day} ${n.kind}`);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(at('2030-01-10', 10));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership({ name: 'Westmoor Partnership' })).id;
    const oid = (await t.given.organisation({ partnershipId: pid, name: 'Brook School' })).id;
    lead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    days = t.app.get(RunDayService);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The schedule's run at 00:05 on `day`, as the queue's handler calls it. */
  const scheduledRun = (day: string) => {
    t.clock.set(at(day, 0.1));
    return days.runThrough(day);
  };

  it('runs each missed day in order when back, sending what fell due on them, once', async () => {
    // Nothing has run yet: the first scheduled run is today's alone, not a catch-up of history.
    expect(await scheduledRun('2030-01-10')).toEqual(['2030-01-10']);
    const admin = await t.as(adminUser);
    await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2030-32',
        frameworkVersionId: versionId,
        opensOn: '2030-01-12',
        dueOn: '2030-01-20',
        status: 'scheduled',
      })
      .expect(201);
    await admin.put(`/api/partnerships/${pid}/reminders`, { reminderDays: [7] }).expect(200);

    expect(await scheduledRun('2030-01-11')).toEqual(['2030-01-11']);
    // Down from before 00:05 on the 12th (the opening day) to after it on the 15th (the 13th
    // was the 7-day reminder's day): the run when back does the 12th to the 15th, in order.
    expect(await scheduledRun('2030-01-16')).toEqual([
      '2030-01-12',
      '2030-01-13',
      '2030-01-14',
      '2030-01-15',
      '2030-01-16',
    ]);
    expect(await noticesOfLead()).toEqual(['2030-01-16 audit_due', '2030-01-16 cycle_opened']);

    // Run again the same day (pg-boss sending a missed schedule once, and the schedule itself):
    // nothing to do, nothing sent twice.
    expect(await scheduledRun('2030-01-16')).toEqual([]);
    await days.runDay('2030-01-13');
    expect(await noticesOfLead()).toHaveLength(2);
  });

  it(`catches up at most ${CATCH_UP_DAYS} days: a long outage's older days are not run`, async () => {
    // Down for a month: weekly overdue reminders fell on the 21st, the 28th, 4 and 11 February.
    const back = '2030-02-16';
    const ran = await scheduledRun(back);
    expect(ran).toEqual(
      Array.from({ length: CATCH_UP_DAYS + 1 }, (_, i) => addDays(back, i - CATCH_UP_DAYS)),
    );
    // Only the reminder of a day caught up (11 February) goes out; the older ones are not sent late.
    expect((await noticesOfLead()).slice(2)).toEqual([`${back} audit_overdue`]);
    const recorded = await t.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM day_runs WHERE day > '2030-01-16' ORDER BY day`,
    );
    expect(recorded.map((r: { day: string }) => r.day)).toEqual(ran);
  });
});
