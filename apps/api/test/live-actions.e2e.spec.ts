import { allText, inspectPdf } from '@pies/reports/testing';
import { binary, startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

interface Update {
  note: string | null;
  statusBefore: string;
  statusAfter: string;
  dueBefore: string | null;
  dueAfter: string | null;
  actorName: string | null;
}

/**
 * Live action plans: after an audit is accepted its actions still move (status, notes, due date
 * with a reason) while the submission snapshot keeps the plan as submitted; dropped actions are
 * never overdue; the board follows progress by agency.
 */
describe('live action plans', () => {
  let t: TestApp;
  let board: Client, lead: Client, otherLead: Client, otherBoard: Client;
  let pid: string, oid: string, auditId: string, cycleId: string, frameworkVersionId: string;
  let adminUser: TestUser;
  let closeMe: string, dropMe: string, moveMe: string;

  const action = async (description: string, dueOn: string | null) =>
    (
      await lead
        .post(`/api/audits/${auditId}/actions`, {
          indicatorCode: 'I1.1',
          description,
          owner: 'IT lead',
          dueOn,
        })
        .expect(201)
    ).body.id as string;
  const listed = async (id: string) =>
    (await lead.get(`/api/audits/${auditId}/actions`).expect(200)).body.find(
      (a: { id: string }) => a.id === id,
    );
  const fieldsOf = (body: { details?: { field: string }[] }) =>
    (body.details ?? []).map((d) => d.field);

  /** Moves the clock to `when`; sessions dated by it are signed in again. */
  const signIns: (() => Promise<void>)[] = [];
  const setClock = async (when: string) => {
    t.clock.set(when);
    for (const signIn of signIns) await signIn();
  };
  const person = async (
    role: Parameters<TestApp['given']['user']>[0],
    set: (c: Client) => void,
  ) => {
    const user = await t.given.user(role);
    const signIn = async () => set(await t.as(user));
    signIns.push(signIn);
    await signIn();
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2027-01-10T10:00:00Z');
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    const otherOrg = (await t.given.organisation({ partnershipId: pid })).id;
    const otherPid = (await t.given.partnership()).id;
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    const admin = await t.as(adminUser);
    await person({ role: 'board_member', partnershipId: pid }, (c) => (board = c));
    await person({ role: 'board_member', partnershipId: otherPid }, (c) => (otherBoard = c));
    await person({ role: 'agency_lead', organisationId: oid }, (c) => (lead = c));
    await person({ role: 'agency_lead', organisationId: otherOrg }, (c) => (otherLead = c));
    const v = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(201);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: v.body.id,
        opensOn: '2027-01-01',
        status: 'open',
      })
      .expect(201);
    cycleId = cycle.body.id;
    frameworkVersionId = v.body.id;
    const audits = await admin.get(`/api/cycles/${cycleId}/audits`).expect(200);
    auditId = audits.body.find(
      (a: { organisation: { id: string } }) => a.organisation.id === oid,
    ).id;
    await lead.post(`/api/audits/${auditId}/start`).expect(200);
    for (const code of CODES)
      await lead
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 2,
          commentary: `About ${code}.`,
        })
        .expect(200);
    closeMe = await action('Test the filter each term.', '2027-02-01');
    dropMe = await action('Buy a second monitoring tool.', '2027-01-20');
    moveMe = await action('Train all staff on reporting routes.', '2027-04-30');
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    await setClock('2027-01-15T10:00:00Z');
    await board.post(`/api/audits/${auditId}/accept`).expect(200);
    await setClock('2027-03-01T09:00:00Z');
  });
  afterAll(() => t.close());

  it('closes an overdue action after acceptance, with a note; the snapshot keeps the plan as submitted', async () => {
    expect(await listed(closeMe)).toMatchObject({ status: 'not_started', overdue: true });
    const done = await lead
      .patch(`/api/actions/${closeMe}`, {
        status: 'done',
        note: 'Tested in February: the report is in the evidence library.',
      })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      overdue: false,
      closedAt: '2027-03-01T09:00:00.000Z',
    });
    const [row] = await t.db.query('SELECT snapshot FROM submissions WHERE audit_id = $1', [
      auditId,
    ]);
    const snap = row.snapshot.actions.find((a: { id: string }) => a.id === closeMe);
    expect(snap).toMatchObject({ status: 'not_started', dueOn: '2027-02-01' });
    const audit = await lead.get(`/api/audits/${auditId}`).expect(200);
    expect(audit.body.status).toBe('accepted');
  });

  it('drops an action only with a reason; a dropped action is never overdue', async () => {
    const bare = await lead.patch(`/api/actions/${dropMe}`, { status: 'dropped' }).expect(400);
    expect(fieldsOf(bare.body)).toEqual(['note']);
    expect(bare.body.details[0].problems[0]).toMatchObject({
      code: 'reasonNeeded',
      params: { for: 'dropped' },
    });
    expect(await listed(dropMe)).toMatchObject({ status: 'not_started', overdue: true });
    const dropped = await lead
      .patch(`/api/actions/${dropMe}`, {
        status: 'dropped',
        note: 'The new filtering contract includes monitoring.',
      })
      .expect(200);
    expect(dropped.body).toMatchObject({ status: 'dropped', overdue: false });
    // The audit's count of overdue actions, as the board's list of audits shows it.
    const audits = await board.get(`/api/cycles/${cycleId}/audits`).expect(200);
    const mine = audits.body.find((a: { id: string }) => a.id === auditId);
    expect(mine.overdueActions).toBe(0);
  });

  it('moves a due date only with a reason, and keeps the history of notes', async () => {
    const bare = await lead.patch(`/api/actions/${moveMe}`, { dueOn: '2027-06-30' }).expect(400);
    expect(fieldsOf(bare.body)).toEqual(['note']);
    expect(bare.body.details[0].problems[0].params).toEqual({ for: 'dueOn' });
    expect((await listed(moveMe)).dueOn).toBe('2027-04-30');
    await lead
      .patch(`/api/actions/${moveMe}`, { status: 'in_progress', note: 'Half the staff trained.' })
      .expect(200);
    await setClock('2027-03-02T09:00:00Z');
    await lead
      .patch(`/api/actions/${moveMe}`, {
        dueOn: '2027-06-30',
        note: 'The second session moved to June.',
      })
      .expect(200);
    await lead.patch(`/api/actions/${moveMe}`, { note: 'June session booked.' }).expect(200);
    const history = await lead.get(`/api/actions/${moveMe}/updates`).expect(200);
    expect(
      history.body.map((u: Update) => [
        u.note,
        u.statusBefore,
        u.statusAfter,
        u.dueBefore,
        u.dueAfter,
      ]),
    ).toEqual([
      ['Half the staff trained.', 'not_started', 'in_progress', '2027-04-30', '2027-04-30'],
      [
        'The second session moved to June.',
        'in_progress',
        'in_progress',
        '2027-04-30',
        '2027-06-30',
      ],
      ['June session booked.', 'in_progress', 'in_progress', '2027-06-30', '2027-06-30'],
    ]);
    expect(history.body[0].actorName).toEqual(expect.any(String));
    // Each change is in the audit trail, with its note.
    const events = await board.get(`/api/audits/${auditId}/events?limit=1000`).expect(200);
    const notes: { kind: string; subject: string; after: { note?: string } }[] = events.body;
    const updates = notes.filter(
      (e: { kind: string; subject: string }) => e.kind === 'action.updated' && e.subject === moveMe,
    );
    expect(updates.map((e: { after: { note?: string } }) => e.after.note)).toEqual([
      'Half the staff trained.',
      'The second session moved to June.',
      'June session booked.',
    ]);
  });

  it('after submission the description and owner stay as reviewed (409); actions cannot be added or removed', async () => {
    const res = await lead.patch(`/api/actions/${moveMe}`, { description: 'Something else' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'ACTION_PLAN_SETTLED' });
    expect(res.body.details).toMatchObject({ status: 'accepted', fields: ['description'] });
    await lead.delete(`/api/actions/${moveMe}`).expect(409);
    // The plan says so to each reader: the lead changes the progress; the board nothing.
    const flags = async (c: Client) => [
      ...new Set(
        (
          (await c.get(`/api/audits/${auditId}/actions`).expect(200)).body as {
            mayChange: string;
          }[]
        ).map((a) => a.mayChange),
      ),
    ];
    expect(await flags(lead)).toEqual(['progress']);
    expect(await flags(board)).toEqual(['none']);
  });

  it('access: the board reads, the other organisation sees nothing', async () => {
    await board.get(`/api/actions/${moveMe}/updates`).expect(200);
    await board.patch(`/api/actions/${moveMe}`, { status: 'done' }).expect(403);
    await otherLead.patch(`/api/actions/${moveMe}`, { status: 'done' }).expect(404);
    await otherLead.get(`/api/actions/${moveMe}/updates`).expect(404);
    await otherBoard.get(`/api/actions/${moveMe}/updates`).expect(404);
    expect((await listed(moveMe)).status).toBe('in_progress');
  });

  it('bad input is a 400 naming the field', async () => {
    for (const [body, field] of [
      [{ status: 'closed' }, 'status'],
      [{ status: null }, 'status'],
      [{ note: '' }, 'note'],
      [{ note: 'x'.repeat(2001) }, 'note'],
      [{ dueOn: '2027-02-30', note: 'why' }, 'dueOn'],
    ] as const) {
      const res = await lead.patch(`/api/actions/${moveMe}`, body).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    }
    await lead.get('/api/actions/not-a-uuid/updates').expect(400);
  });

  it('the board follows progress: overdue by agency, done since acceptance', async () => {
    const res = await board.get(`/api/cycles/${cycleId}/action-progress`).expect(200);
    expect(res.body.agencies).toEqual([
      {
        organisationId: oid,
        auditId,
        organisation: expect.any(String),
        open: 1,
        overdue: 0,
        oldestOverdueOn: null,
        doneSinceAcceptance: 1,
      },
    ]);
    expect(res.body.recentlyDone).toEqual([
      expect.objectContaining({
        id: closeMe,
        auditId,
        description: 'Test the filter each term.',
        note: 'Tested in February: the report is in the evidence library.',
        owner: expect.any(String),
      }),
    ]);
    // The view is the cycle's, as the board report's: another cycle's plans are not in it.
    const next = await (
      await t.as(adminUser)
    )
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2029-31',
        frameworkVersionId,
        opensOn: '2029-09-01',
      })
      .expect(201);
    const other = await board.get(`/api/cycles/${next.body.id}/action-progress`).expect(200);
    expect(other.body).toEqual({ agencies: [], recentlyDone: [] });
    // Past its moved due date the open one is overdue; the dropped one never is.
    await setClock('2027-07-01T09:00:00Z');
    const later = await board.get(`/api/cycles/${cycleId}/action-progress`).expect(200);
    expect(later.body.agencies[0]).toMatchObject({ overdue: 1, oldestOverdueOn: '2027-06-30' });
    await otherBoard.get(`/api/cycles/${cycleId}/action-progress`).expect(404);
    await lead.get(`/api/cycles/${cycleId}/action-progress`).expect(403);
  });

  it('the board report prints the action done since acceptance as done, not overdue', async () => {
    const res = await board
      .get(`/api/cycles/${cycleId}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = await inspectPdf(res.body as Buffer);
    const text = allText(pdf);
    const done = text.slice(text.indexOf('Actions done since acceptance'));
    expect(done).toContain('1 improvement action marked done after the audit was accepted');
    expect(done).toContain('Test the filter each term.');
    expect(done).toContain('Tested in February: the report is in the evidence library.');
    expect(done).toContain('1 March 2027');
    const overdue = text.slice(
      text.indexOf('Overdue actions'),
      text.indexOf('Actions done since acceptance'),
    );
    // Now (July) the moved one is overdue; the done and the dropped ones are not.
    expect(overdue).toContain('Train all staff on reporting routes.');
    expect(overdue).not.toContain('Test the filter each term.');
    expect(overdue).not.toContain('Buy a second monitoring tool.');
    // The action plans by agency: one open (overdue), one done, one dropped; and the appendix
    // lists the open one only.
    const plans = text.slice(
      text.indexOf('Action plans by agency'),
      text.indexOf('Appendix: open improvement actions'),
    );
    expect(plans).toMatch(
      /Open Overdue Done Dropped Oldest open action raised \S.* 1 1 1 1 \d{1,2} \w+ \d{4}/,
    );
    const appendix = text.slice(text.indexOf('Appendix: open improvement actions'));
    expect(appendix).toContain('1 improvement action neither done nor dropped');
    expect(appendix).toContain('Train all staff on reporting routes.');
    expect(appendix).toContain('30 June 2027');
    // Raised on the clock's day, as every date the report prints.
    expect(appendix).toContain('10 January 2027');
    expect(plans).toContain('10 January 2027');
    expect(appendix).not.toContain('Test the filter each term.');
  }, 60_000);
});
