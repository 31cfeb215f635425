import { DemoSeedService } from '../src/demo/demo-seed.service';
import { startTestApp, type TestApp } from './test-app';

/**
 * The demo seeded years after its story was written tells the same story then: its cycles and
 * every date move on by whole years, so the current cycle is still open and half way through,
 * and nothing has happened after the day it is seeded.
 */
describe('the demo seeded two years on', () => {
  let t: TestApp;
  const now = '2029-01-15T12:00:00Z';

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(now);
    expect(await t.app.get(DemoSeedService).seed()).toBe(true);
  }, 120_000);

  afterAll(() => t?.close());

  it('has the cycles of then, the current one open and due ahead', async () => {
    const cycles = await t.db.query(
      `SELECT name, status, to_char(opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(due_on, 'YYYY-MM-DD') AS "dueOn"
         FROM cycles ORDER BY opens_on`,
    );
    expect(cycles).toEqual([
      { name: '2025-27', status: 'closed', opensOn: '2025-09-01', dueOn: '2027-07-31' },
      { name: '2027-29', status: 'open', opensOn: '2027-09-01', dueOn: '2029-07-31' },
    ]);
  });

  it('has nothing happen after today, and its latest submission within the last three months', async () => {
    const [when] = await t.db.query(
      `SELECT greatest(max(submitted_at), max(accepted_at)) AS latest,
              (SELECT max(at) FROM audit_events) AS "latestEvent",
              (SELECT max(closed_at) FROM actions) AS "latestClosed"
         FROM audits`,
    );
    const today = new Date(now).getTime();
    for (const instant of [when.latest, when.latestEvent, when.latestClosed])
      expect(new Date(instant).getTime()).toBeLessThanOrEqual(today);
    expect(today - new Date(when.latest).getTime()).toBeLessThan(92 * 24 * 3600_000);
    // Actions fall due around now: some overdue, some ahead.
    const [due] = await t.db.query(
      `SELECT count(*) FILTER (WHERE due_on < $1::date AND closed_at IS NULL)::int AS overdue,
              count(*) FILTER (WHERE due_on >= $1::date AND closed_at IS NULL)::int AS ahead
         FROM actions`,
      [now.slice(0, 10)],
    );
    expect(due.overdue).toBeGreaterThan(0);
    expect(due.ahead).toBeGreaterThan(0);
  });
});
