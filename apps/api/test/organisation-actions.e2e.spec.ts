import { addDays } from '@pies/domain';
import { RunDayService } from '../src/jobs/run-day.service';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

interface Listed {
  id: string;
  auditId: string;
  raisedInAuditId: string;
  ownerId: string | null;
  owner: string;
  status: string;
  carriedOver: boolean;
  overdue: boolean;
}

/**
 * Actions are the organisation's: raised in one audit, the same action is in the next cycle's
 * plan while it is open (no copy), closes after acceptance, keeps the submitted snapshot as it
 * was; its owner is a member of the organisation or a name; the day's run reminds the owner (or
 * the leads) a week before the due date and once when it becomes overdue, never for a done or
 * dropped one.
 */
describe('actions belong to the organisation', () => {
  let t: TestApp;
  let lead: Client, board: Client, admin: Client;
  let leadUser: TestUser, contributor: TestUser, otherLead: TestUser, boardUser: TestUser;
  let pid: string, oid: string, versionId: string, first: string, second: string;
  let named: string, owned: string, dropped: string, fresh: string;

  const signIns: (() => Promise<void>)[] = [];
  const setClock = async (when: string) => {
    t.clock.set(when);
    for (const signIn of signIns) await signIn();
  };
  const plan = async (auditId: string) =>
    (await lead.get(`/api/audits/${auditId}/actions`).expect(200)).body as Listed[];
  const raise = async (auditId: string, body: Record<string, unknown>) =>
    (
      await lead
        .post(`/api/audits/${auditId}/actions`, { indicatorCode: 'I1.1', ...body })
        .expect(201)
    ).body as Listed;
  const fieldsOf = (body: { details?: { field: string }[] }) =>
    (body.details ?? []).map((d) => d.field);
  const answerAll = async (auditId: string) => {
    for (const code of CODES)
      await lead
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 2,
          commentary: `About ${code}.`,
        })
        .expect(200);
  };
  const snapshotOf = async (auditId: string) =>
    (
      await t.db.query(
        'SELECT snapshot, sha256 FROM submissions WHERE audit_id = $1 ORDER BY submitted_at DESC LIMIT 1',
        [auditId],
      )
    )[0] as { snapshot: { actions: { id: string; status: string }[] }; sha256: string };
  const auditOf = async (cycleId: string) =>
    (await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)).body.find(
      (a: { organisation: { id: string } }) => a.organisation.id === oid,
    ).id as string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2027-01-10T10:00:00Z');
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    const otherOrg = (await t.given.organisation({ partnershipId: pid })).id;
    leadUser = await t.given.user({ role: 'agency_lead', organisationId: oid });
    contributor = await t.given.user({ role: 'agency_contributor', organisationId: oid });
    otherLead = await t.given.user({ role: 'agency_lead', organisationId: otherOrg });
    boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    const adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    for (const [user, set] of [
      [leadUser, (c: Client) => (lead = c)],
      [boardUser, (c: Client) => (board = c)],
      [adminUser, (c: Client) => (admin = c)],
    ] as const) {
      const signIn = async () => {
        set(await t.as(user));
      };
      signIns.push(signIn);
      await signIn();
    }
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2025-02-01',
        status: 'open',
      })
      .expect(201);
    first = await auditOf(cycle.body.id);
    await lead.post(`/api/audits/${first}/start`).expect(200);
    await answerAll(first);
  });
  afterAll(() => t?.close());

  it('an owner is a person in the organisation or a name, exactly one (400 naming the field)', async () => {
    const both = await lead
      .post(`/api/audits/${first}/actions`, {
        description: 'Both owners.',
        owner: 'IT lead',
        ownerId: contributor.id,
      })
      .expect(400);
    expect(fieldsOf(both.body)).toEqual(['ownerId']);
    expect(both.body.details[0].problems[0].code).toBe('oneOwner');
    const neither = await lead
      .post(`/api/audits/${first}/actions`, { description: 'No owner.' })
      .expect(400);
    expect(fieldsOf(neither.body)).toEqual(['owner']);
    const notId = await lead
      .post(`/api/audits/${first}/actions`, { description: 'Bad id.', ownerId: 'someone' })
      .expect(400);
    expect(fieldsOf(notId.body)).toEqual(['ownerId']);
    // A person of another organisation, or of the board, is not an owner here: the access
    // gate finds no such person in the organisation.
    for (const outsider of [otherLead, boardUser])
      await lead
        .post(`/api/audits/${first}/actions`, { description: 'Outsider.', ownerId: outsider.id })
        .expect(404);
    owned = (
      await raise(first, {
        description: 'Review the filtering logs weekly.',
        ownerId: contributor.id,
        dueOn: '2027-06-20',
      })
    ).id;
    named = (
      await raise(first, {
        description: 'Test the filter each term.',
        owner: 'Network manager',
        dueOn: '2027-03-01',
      })
    ).id;
    dropped = (
      await raise(first, {
        description: 'Buy a second monitoring tool.',
        owner: 'Bursar',
        dueOn: '2027-06-10',
      })
    ).id;
    const [mine] = (await plan(first)).filter((a) => a.id === owned);
    expect(mine).toMatchObject({ ownerId: contributor.id, owner: `Test ${contributor.email}` });
    // The person made owner is told, with a link to the action (never its words); a lead who
    // makes themselves owner is not.
    const mineToo = await raise(first, { description: 'My own.', ownerId: leadUser.id });
    await lead.delete(`/api/actions/${mineToo.id}`).expect(204);
    const assigned = () =>
      t.db.query(
        `SELECT user_id AS "userId", path FROM notifications WHERE kind = 'action_assigned' ORDER BY created_at, id`,
      );
    expect(await assigned()).toEqual([
      { userId: contributor.id, path: `/audits/${first}/actions/${owned}` },
    ]);
    const [told] = await t.db.query(
      `SELECT subject, text_body AS body FROM mail_outbox WHERE user_id = $1 AND subject LIKE '%owner%'`,
      [contributor.id],
    );
    expect(told.subject).toContain(
      `Test ${leadUser.email} has made you the owner of an improvement action`,
    );
    expect(told.body).toContain('indicator I1.1');
    expect(told.body).toContain(`/audits/${first}/actions/${owned}`);
    expect(told.body).not.toContain('Review the filtering logs weekly.');
    // Switching between a person and a name replaces the other; both at once is refused.
    const switched = await lead.patch(`/api/actions/${named}`, { owner: 'IT lead' }).expect(200);
    expect(switched.body).toMatchObject({ ownerId: null, owner: 'IT lead' });
    // Made a person's later, the person is told then.
    t.clock.set('2027-01-10T10:05:00Z');
    await lead.patch(`/api/actions/${named}`, { ownerId: contributor.id }).expect(200);
    expect(await assigned()).toEqual([
      { userId: contributor.id, path: `/audits/${first}/actions/${owned}` },
      { userId: contributor.id, path: `/audits/${first}/actions/${named}` },
    ]);
    await lead.patch(`/api/actions/${named}`, { owner: 'IT lead' }).expect(200);
    const twice = await lead
      .patch(`/api/actions/${named}`, { owner: 'IT lead', ownerId: contributor.id })
      .expect(400);
    expect(fieldsOf(twice.body)).toEqual(['ownerId']);
    await lead.patch(`/api/actions/${named}`, { ownerId: otherLead.id }).expect(404);
    const [row] = await t.db.query('SELECT owner, owner_id FROM actions WHERE id = $1', [named]);
    expect(row).toEqual({ owner: 'IT lead', owner_id: null });
  });

  it('is one action across two cycles: the next plan shows the open ones without copying', async () => {
    await lead.post(`/api/audits/${first}/submit`).expect(200);
    await setClock('2027-01-15T10:00:00Z');
    await board.post(`/api/audits/${first}/accept`).expect(200);
    const submitted = await snapshotOf(first);
    expect(submitted.snapshot.actions.map((a) => a.id).sort()).toEqual(
      [owned, named, dropped].sort(),
    );
    await setClock('2027-02-01T09:00:00Z');
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2027-29',
        frameworkVersionId: versionId,
        opensOn: '2027-02-01',
        status: 'open',
      })
      .expect(201);
    second = await auditOf(cycle.body.id);
    const started = await lead.post(`/api/audits/${second}/start`).expect(200);
    const [startEvent] = await t.db.query(
      `SELECT after FROM audit_events WHERE audit_id = $1 AND kind = 'audit.started'`,
      [second],
    );
    expect(startEvent.after.carriedActions).toBe(3);
    expect(started.body.status).toBe('in_progress');
    const carried = await plan(second);
    expect(carried.map((a) => a.id).sort()).toEqual([owned, named, dropped].sort());
    for (const a of carried)
      expect(a).toMatchObject({ auditId: second, raisedInAuditId: first, carriedOver: true });
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM actions WHERE organisation_id = $1',
      [oid],
    );
    expect(n).toBe(3);
    // An overdue open action is counted once, on the audit it lives in now (the second), not
    // also on the first, whose plan still lists it.
    const [{ dueOn }] = await t.db.query(
      `SELECT to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM actions WHERE id = $1`,
      [owned],
    );
    await t.db.query(`UPDATE actions SET due_on = '2027-01-20' WHERE id = $1`, [owned]);
    const listed = (await lead.get(`/api/organisations/${oid}/audits`).expect(200)).body as {
      id: string;
      overdueActions: number;
    }[];
    const overdueIn = (id: string) => listed.find((a) => a.id === id)!.overdueActions;
    expect((await plan(first)).find((a) => a.id === owned)).toMatchObject({ overdue: true });
    expect(overdueIn(first)).toBe(0);
    expect(overdueIn(second)).toBe((await plan(second)).filter((a) => a.overdue).length);
    expect(overdueIn(second)).toBeGreaterThan(0);
    await t.db.query('UPDATE actions SET due_on = $2 WHERE id = $1', [owned, dueOn]);
    // The organisation's page lists its open actions once each: for its members, in the audit
    // each lives in now; for the board, in the plan of the latest audit it has seen.
    const openOn = async (c: Client) =>
      (
        (await c.get(`/api/organisations/${oid}/dashboard`).expect(200)).body.openActions as {
          id: string;
          auditId: string;
        }[]
      )
        .map((a) => `${a.id}@${a.auditId}`)
        .sort();
    expect(await openOn(lead)).toEqual(
      [owned, named, dropped].map((id) => `${id}@${second}`).sort(),
    );
    expect(await openOn(board)).toEqual(
      [owned, named, dropped].map((id) => `${id}@${first}`).sort(),
    );
    // A new action is the second audit's own; the first audit's plan does not gain it.
    fresh = (await raise(second, { description: 'Run a parents evening.', owner: 'Head' })).id;
    expect((await plan(second)).map((a) => a.id)).toContain(fresh);
    expect((await plan(first)).map((a) => a.id)).not.toContain(fresh);
    // An action raised earlier is dropped, not removed; the plan's own new one may be removed.
    const removed = await lead.delete(`/api/actions/${named}`).expect(409);
    expect(removed.body.code).toBe('ACTION_CARRIED_OVER');
    await lead.delete(`/api/actions/${fresh}`).expect(204);
  });

  it('closes after acceptance in one place: both plans show it, the first snapshot stays as submitted', async () => {
    const before = await snapshotOf(first);
    await lead
      .patch(`/api/actions/${dropped}`, { status: 'dropped', note: 'The new contract covers it.' })
      .expect(200);
    await lead
      .patch(`/api/actions/${named}`, { status: 'done', note: 'Tested in February.' })
      .expect(200);
    for (const auditId of [first, second]) {
      const byId = new Map((await plan(auditId)).map((a) => [a.id, a]));
      expect(byId.get(named)).toMatchObject({ status: 'done' });
      expect(byId.get(dropped)).toMatchObject({ status: 'dropped' });
    }
    const history = await lead.get(`/api/actions/${named}/updates`).expect(200);
    expect(history.body.map((u: { note: string }) => u.note)).toEqual(['Tested in February.']);
    const after = await snapshotOf(first);
    expect(after.sha256).toBe(before.sha256);
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.snapshot.actions.find((a) => a.id === named)?.status).toBe('not_started');
    // The second audit's submission keeps its plan as it stands then.
    for (const code of CODES)
      await lead.post(`/api/audits/${second}/responses/${code}/confirm`).expect(200);
    await lead.post(`/api/audits/${second}/submit`).expect(200);
    const second_ = await snapshotOf(second);
    expect(Object.fromEntries(second_.snapshot.actions.map((a) => [a.id, a.status]))).toEqual({
      [owned]: 'not_started',
      [named]: 'done',
      [dropped]: 'dropped',
    });
    // The other organisation neither sees nor changes them.
    const other = await t.as(otherLead);
    await other.patch(`/api/actions/${owned}`, { status: 'done' }).expect(404);
    await other.get(`/api/actions/${owned}/updates`).expect(404);
  });

  it('reminds the owner 7 days before and once when overdue, by the day run; never for done or dropped', async () => {
    await lead
      .post(`/api/audits/${second}/actions`, { description: 'Too late.', owner: 'Head' })
      .expect(409);
    const days = t.app.get(RunDayService);
    // The owned action is due 2027-06-20 (contributor); the named one is done (due 2027-03-01);
    // the dropped one was due 2027-06-10.
    for (let day = '2027-02-02'; day <= '2027-07-05'; day = addDays(day, 1)) {
      t.clock.set(`${day}T00:05:00Z`);
      await days.runDay(day);
      await days.runDay(day);
    }
    const told = await t.db.query(
      `SELECT user_id AS "userId", kind, occasion, path, to_char(created_at, 'YYYY-MM-DD') AS day
         FROM notifications WHERE kind IN ('action_due', 'action_overdue') ORDER BY created_at, kind`,
    );
    expect(told).toEqual([
      {
        userId: contributor.id,
        kind: 'action_due',
        occasion: `action:${owned}:action_due:2027-06-20`,
        path: `/audits/${second}/actions/${owned}`,
        day: '2027-06-13',
      },
      {
        userId: contributor.id,
        kind: 'action_overdue',
        occasion: `action:${owned}:action_overdue:2027-06-20`,
        path: `/audits/${second}/actions/${owned}`,
        day: '2027-06-21',
      },
    ]);
    // The mail names the indicator and the due date and links to the action; never its description.
    const mails = await t.db.query(
      `SELECT subject, text_body AS body FROM mail_outbox
        WHERE user_id = $1 AND subject NOT LIKE '%made you the owner%' ORDER BY created_at`,
      [contributor.id],
    );
    expect(mails.map((m: { subject: string }) => m.subject)).toEqual([
      expect.stringContaining('is due on 20 June 2027'),
      expect.stringContaining('is overdue'),
    ]);
    for (const m of mails) {
      expect(m.body).toContain('indicator I1.1');
      expect(m.body).toContain(`/audits/${second}/actions/${owned}`);
      expect(m.body).not.toContain('Review the filtering logs weekly.');
    }
  }, 120_000);

  it('an owner with no active account: the leads are told', async () => {
    await setClock('2027-07-06T09:00:00Z');
    await lead
      .patch(`/api/actions/${owned}`, {
        dueOn: '2027-08-01',
        note: 'The logs tool arrives in July.',
      })
      .expect(200);
    // The owner's account is deactivated: the leads hear of the action instead.
    await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [contributor.id]);
    const days = t.app.get(RunDayService);
    for (const day of ['2027-07-25', '2027-08-02', '2027-08-02']) await days.runDay(day);
    const told = await t.db.query(
      `SELECT user_id AS "userId", kind FROM notifications WHERE occasion LIKE $1 ORDER BY created_at`,
      [`action:${owned}:%:2027-08-01`],
    );
    expect(told).toEqual([
      { userId: leadUser.id, kind: 'action_due' },
      { userId: leadUser.id, kind: 'action_overdue' },
    ]);
  });

  it('lists the new kinds on the preferences page and stores a choice for each', async () => {
    const prefs = await lead.get('/api/account/notification-preferences').expect(200);
    const kinds = (prefs.body.kinds as { kind: string }[]).map((k) => k.kind);
    expect(kinds).toEqual(expect.arrayContaining(['action_due', 'action_overdue']));
    await lead
      .put('/api/account/notification-preferences', {
        kinds: [
          { kind: 'action_due', delivery: 'digest' },
          { kind: 'action_overdue', delivery: 'off' },
        ],
      })
      .expect(200);
    const saved = (await lead.get('/api/account/notification-preferences').expect(200)).body;
    expect(saved.kinds).toContainEqual({ kind: 'action_due', delivery: 'digest' });
    expect(saved.kinds).toContainEqual({ kind: 'action_overdue', delivery: 'off' });
  });
});
