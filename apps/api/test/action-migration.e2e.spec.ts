import { beforeMigration, buildCarriedChains, compareAfter } from './carried-chains';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

/**
 * The migration to organisation actions on carried chains made the old way (each open action
 * copied into the next cycle's audit with carried_from_id): one action per chain, its first id,
 * the latest state, every history row; the API then shows it in both audits' plans.
 */
describe('migrating carried actions to organisation actions', () => {
  let t: TestApp;
  let lead: Client;
  let oid: string, first: string, second: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2027-01-10T10:00:00Z');
    const pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    const leadUser = await t.given.user({ role: 'agency_lead', organisationId: oid });
    lead = await t.as(leadUser);
    const contributor = await t.given.user({ role: 'agency_contributor', organisationId: oid });
    const adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    let admin = await t.as(adminUser);
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    const open = async (name: string, opensOn: string) => {
      const cycle = await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name,
          frameworkVersionId: versionId,
          opensOn,
          status: 'open',
        })
        .expect(201);
      const audits = await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200);
      return audits.body.find((a: { organisation: { id: string } }) => a.organisation.id === oid)
        .id as string;
    };
    first = await open('2025-27', '2025-02-01');
    await lead.post(`/api/audits/${first}/start`).expect(200);
    for (const code of CODES)
      await lead
        .put(`/api/audits/${first}/responses/${code}`, { version: 0, level: 2, commentary: code })
        .expect(200);
    for (const [description, owner, status] of [
      ['Test the filter each term.', { owner: 'Network manager' }, 'not_started'],
      ['Review the logs weekly.', { ownerId: contributor.id }, 'in_progress'],
      ['Write the policy.', { owner: 'Head' }, 'done'],
    ] as const)
      await lead
        .post(`/api/audits/${first}/actions`, {
          indicatorCode: 'I1.1',
          description,
          dueOn: '2027-06-01',
          status,
          ...owner,
        })
        .expect(201);
    await lead.post(`/api/audits/${first}/submit`).expect(200);
    await (
      await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }))
    )
      .post(`/api/audits/${first}/accept`)
      .expect(200);
    t.clock.set('2027-02-01T10:00:00Z');
    // Sessions are dated by the clock: sign in again.
    lead = await t.as(leadUser);
    admin = await t.as(adminUser);
    second = await open('2027-29', '2027-02-01');
    await lead.post(`/api/audits/${second}/start`).expect(200);
  });
  afterAll(() => t?.close());

  it('keeps one action per chain with its latest state and all its history', async () => {
    const migration = t.db.migrations.find((m) => m.name === 'OrganisationActions1796700000000');
    if (!migration?.down) throw new Error('the organisation actions migration is not loaded');
    const runner = t.db.createQueryRunner();
    let roots: string[];
    try {
      await migration.down(runner);
      const submissions = await t.db.query('SELECT * FROM submissions ORDER BY id');
      const copies = await buildCarriedChains(runner, false);
      expect(copies).toBe(2); // the two open actions, into the second audit
      // The copy moved on after it was made: its state is the latest.
      await runner.query(
        `UPDATE actions SET status = 'in_progress', description = 'Test the filter every term.',
                updated_at = updated_at + interval '2 days'
          WHERE carried_from_id IS NOT NULL AND description = 'Test the filter each term.'`,
      );
      // A note in the history of every original and every copy.
      await runner.query(
        `INSERT INTO action_updates (action_id, at, note, status_before, status_after)
         SELECT id, updated_at, 'Note on ' || audit_id, status, status FROM actions`,
      );
      // A copy whose original was removed starts a chain of its own.
      await runner.query(
        `INSERT INTO actions (audit_id, description, owner, status, carried_from_id)
         VALUES ($1, 'Orphaned copy.', 'Bursar', 'not_started', gen_random_uuid())`,
        [second],
      );
      const before = await beforeMigration(runner);
      expect(before.actions).toBe(6);
      expect(before.chains).toHaveLength(4);
      expect(before.chains.filter((c) => c.members === 2)).toHaveLength(2);
      roots = before.chains.map((c) => c.id);
      await migration.up(runner);
      const result = await compareAfter(runner, before);
      expect(result.problems).toEqual([]);
      expect(result).toMatchObject({
        actionsBefore: 6,
        chainsBefore: 4,
        carriedChains: 2,
        actionsAfter: 4,
        updatesAfter: before.updates,
      });
      expect(await t.db.query('SELECT * FROM submissions ORDER BY id')).toEqual(submissions);
    } finally {
      await runner.release();
    }
    // The API reads the migrated rows: the second audit's plan shows the chains' actions by
    // their first ids, each once, and the first audit still lists its own.
    const plan = (await lead.get(`/api/audits/${second}/actions`).expect(200)).body as {
      id: string;
      carriedOver: boolean;
      description: string;
      status: string;
    }[];
    expect(plan.map((a) => a.id).sort()).toEqual(
      roots.filter((id) => plan.some((a) => a.id === id)).sort(),
    );
    expect(
      plan
        .filter((a) => a.carriedOver)
        .map((a) => [a.description, a.status])
        .sort(),
    ).toEqual([
      ['Review the logs weekly.', 'in_progress'],
      ['Test the filter every term.', 'in_progress'],
    ]);
    // The merged action's history holds its original's note and its copy's.
    const merged = plan.find((a) => a.description === 'Test the filter every term.')!;
    const history = await lead.get(`/api/actions/${merged.id}/updates`).expect(200);
    expect(history.body.map((u: { note: string }) => u.note).sort()).toEqual(
      [`Note on ${first}`, `Note on ${second}`].sort(),
    );
    const firstPlan = (await lead.get(`/api/audits/${first}/actions`).expect(200)).body;
    expect(firstPlan).toHaveLength(3);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name = 'actions' AND column_name IN ('carried_from_id', 'audit_id')`,
    );
    expect(n).toBe(0);
  });

  it('dates every closed action, and only closed ones: rows that broke it are repaired, then refused', async () => {
    const migration = t.db.migrations.find((m) => m.name === 'ActionClosedAt1796800000002');
    if (!migration?.down) throw new Error('the closed_at migration is not loaded');
    const [done] = await t.db.query(`SELECT id FROM actions WHERE status = 'done' LIMIT 1`);
    const [open] = await t.db.query(
      `SELECT id FROM actions WHERE status NOT IN ('done', 'dropped') LIMIT 1`,
    );
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      // As the demo seeded them: done with no date (its last update closed it on 3 March), and
      // an open action with one.
      await runner.query(`UPDATE actions SET closed_at = NULL WHERE id = $1`, [done.id]);
      await runner.query(
        `INSERT INTO action_updates (action_id, at, status_before, status_after)
         VALUES ($1, '2027-03-03T12:00:00Z', 'in_progress', 'done')`,
        [done.id],
      );
      await runner.query(`UPDATE actions SET closed_at = now() WHERE id = $1`, [open.id]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const closedAt = async (id: string) =>
      (
        (await t.db.query(`SELECT closed_at FROM actions WHERE id = $1`, [id])) as {
          closed_at: Date | null;
        }[]
      )[0].closed_at;
    expect(await closedAt(done.id)).toEqual(new Date('2027-03-03T12:00:00Z'));
    expect(await closedAt(open.id)).toBeNull();
    await expect(
      t.db.query(`UPDATE actions SET closed_at = NULL WHERE id = $1`, [done.id]),
    ).rejects.toThrow(/actions_closed_at_check/);
    await expect(
      t.db.query(`UPDATE actions SET closed_at = now() WHERE id = $1`, [open.id]),
    ).rejects.toThrow(/actions_closed_at_check/);
  });
});
