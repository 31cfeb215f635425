import { addDays, londonDate, londonMidnight } from '@pies/domain';
import { RunDayService } from '../src/jobs/run-day.service';
import { DigestService } from '../src/notifications/digest.service';
import { eventually, TestSmtpServer } from './smtp-server';
import { startTestApp, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PUBLIC_URL = 'https://audit.example.org';
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
const at = (day: string, hour: number, minute = 0) =>
  new Date(londonMidnight(day).getTime() + (hour * 60 + minute) * 60_000);
/** Two years a day at a time, each day's run twice: some 2,000 runs on a shared machine. */
const WALK_TIMEOUT_MS = 180_000;

/**
 * A two-year cycle run by the calendar alone (runDay each day, the digest at its hour), every
 * mail checked as it arrives through a real SMTP server: the scheduled opening, the 30, 7 and
 * 1-day reminders, weekly overdue reminders, a late submission in the board's digest, a return,
 * a resubmission and an acceptance. Each day's run happens twice and sends nothing new.
 */
describe('a cycle that runs itself', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let pid: string, versionId: string, cycleId: string;
  let lead: TestUser, boardUser: TestUser, adminUser: TestUser;

  /** "<London date> <subject>" of each mail to `to`, in the order they arrived. */
  const subjectsTo = (to: string) =>
    smtp.receivedBy(to).map((m) => `${londonDate(m.date ?? new Date(0))} ${m.subject}`);

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    t = await startTestApp({
      ...(await smtp.appEnv(PUBLIC_URL)),
    });
    t.clock.set(at('2027-08-20', 10));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership({ name: 'Eastvale Safeguarding Children Partnership' })).id;
    const oid = (await t.given.organisation({ partnershipId: pid, name: 'Hillside School' })).id;
    lead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('refuses reminder days outside 1-365, repeated or not whole, naming the field', async () => {
    const admin = await t.as(adminUser);
    const bad: unknown[] = [
      [0],
      [366],
      [1.5],
      [7, 7],
      Array.from({ length: 11 }, (_, i) => i + 1),
      'weekly',
    ];
    for (const reminderDays of bad) {
      const res = await admin.put(`/api/partnerships/${pid}/reminders`, { reminderDays });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain('reminderDays');
    }
    expect((await admin.get(`/api/partnerships/${pid}/reminders`).expect(200)).body).toEqual({
      reminderDays: [30, 7, 1],
    });
    const set = await admin.put(`/api/partnerships/${pid}/reminders`, {
      reminderDays: [1, 30, 7],
    });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ reminderDays: [30, 7, 1] });
  });

  it(
    'opens on its date, reminds 30, 7 and 1 days before and weekly after, and tells each step once',
    async () => {
      const admin = await t.as(adminUser);
      const cycle = await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name: '2027-29',
          frameworkVersionId: versionId,
          opensOn: '2027-09-01',
          dueOn: '2029-08-31',
          status: 'scheduled',
        })
        .expect(201);
      cycleId = cycle.body.id;
      // The admin sees what is coming before anything is sent.
      const coming = (await admin.get(`/api/cycles/${cycleId}/reminders`).expect(200)).body;
      expect(coming).toEqual({
        reminderDays: [30, 7, 1],
        agencies: 1,
        coming: [
          { on: '2029-08-01', kind: 'audit_due', days: 30 },
          { on: '2029-08-24', kind: 'audit_due', days: 7 },
          { on: '2029-08-30', kind: 'audit_due', days: 1 },
          { on: '2029-09-01', kind: 'audit_overdue', days: 1 },
          { on: '2029-09-08', kind: 'audit_overdue', days: 8 },
          { on: '2029-09-15', kind: 'audit_overdue', days: 15 },
          { on: '2029-09-22', kind: 'audit_overdue', days: 22 },
        ],
      });

      const days = t.app.get(RunDayService);
      const digests = t.app.get(DigestService);
      let auditId = '';
      const submit = async (version: number) => {
        const who = await t.as(lead);
        for (const code of CODES)
          await who
            .put(`/api/audits/${auditId}/responses/${code}`, {
              version,
              level: 3,
              commentary: `In place for ${code}.`,
            })
            .expect(200);
        await who.post(`/api/audits/${auditId}/submit`).expect(200);
      };
      const actions: Record<string, () => Promise<void>> = {
        '2027-09-01': async () => {
          const audits = await (
            await t.as(adminUser)
          )
            .get(`/api/cycles/${cycleId}/audits`)
            .expect(200);
          auditId = audits.body[0].id;
        },
        '2029-09-10': () => submit(0),
        '2029-09-12': async () => {
          await (
            await t.as(boardUser)
          )
            .post(`/api/audits/${auditId}/return`, { reason: 'Say more about filtering.' })
            .expect(200);
        },
        '2029-09-14': () => submit(1),
        '2029-09-16': async () => {
          await (await t.as(boardUser)).post(`/api/audits/${auditId}/accept`).expect(200);
        },
      };

      const written = async () =>
        Number((await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox`))[0].n);
      for (let day = '2027-08-21'; day <= '2029-09-30'; day = addDays(day, 1)) {
        t.clock.set(at(day, 0, 5));
        await days.runDay(day);
        await days.runDay(day); // a second run of the same day sends nothing new
        t.clock.set(at(day, 7));
        await digests.sendDue();
        if (actions[day]) {
          t.clock.set(at(day, 10));
          await actions[day]();
        }
        // Sent the day it was written (the mail's Date is the clock's), before the next day.
        const n = await written();
        if (smtp.received.length < n)
          await eventually(() => smtp.received.length >= n || undefined);
      }

      // Each mail is dated by the app's clock: the day it was meant for.
      expect(subjectsTo(lead.email)).toEqual([
        '2027-09-01 PIES Audit: The 2027-29 audit cycle has opened for Hillside School',
        "2029-08-01 PIES Audit: Hillside School's audit is due on 31 August 2029",
        "2029-08-24 PIES Audit: Hillside School's audit is due on 31 August 2029",
        "2029-08-30 PIES Audit: Hillside School's audit is due on 31 August 2029",
        "2029-09-01 PIES Audit: Hillside School's audit is overdue",
        "2029-09-08 PIES Audit: Hillside School's audit is overdue",
        "2029-09-12 PIES Audit: Hillside School's audit has been returned",
        "2029-09-16 PIES Audit: Hillside School's audit has been accepted",
      ]);
      // The board's submissions come in its daily digest (07:00 by default), the day after.
      expect(subjectsTo(boardUser.email)).toEqual([
        '2029-09-11 PIES Audit: your daily summary (1 new)',
        '2029-09-15 PIES Audit: your daily summary (1 new)',
      ]);
      const digest = smtp.received.find((m) => m.subject?.includes('summary'));
      expect(digest?.text).toContain('- Hillside School has submitted its audit');
      // Nothing twice: one notice per person and occasion, one mail each.
      const dupes = await t.db.query(
        `SELECT user_id, kind, occasion FROM notifications GROUP BY 1, 2, 3 HAVING count(*) > 1`,
      );
      expect(dupes).toEqual([]);
      expect(await written()).toBe(10);
      expect(smtp.received).toHaveLength(10);
    },
    WALK_TIMEOUT_MS,
  );
});
