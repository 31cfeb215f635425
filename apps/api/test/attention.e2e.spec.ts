import { londonMidnight } from '@pies/domain';
import { eventually, TestSmtpServer } from './smtp-server';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
/** A London wall-clock time on a London day. */
const at = (day: string, hour: number) => new Date(londonMidnight(day).getTime() + hour * 3600_000);

/**
 * What needs each person on their home page: each role's lists from data made through the API,
 * their counts and order, the due-soon and overdue flags on the clock's date, and tenancy (nothing
 * of another partnership, or of another organisation).
 */
describe('GET /api/account/attention', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let pid: string, otherPid: string, versionId: string;
  const org: Record<string, string> = {};
  const audit: Record<string, string> = {};
  const people: Record<string, TestUser> = {};
  const as: Record<string, Client> = {};
  const later = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const make = async (key: string, role: Parameters<TestApp['given']['user']>[0]) => {
    people[key] = await t.given.user(role);
    as[key] = await t.as(people[key]);
  };
  /** Moves the clock to `when`; sessions dated by it are signed in again. */
  const setClock = async (when: Date) => {
    t.clock.set(when);
    for (const key of Object.keys(people)) as[key] = await t.as(people[key]);
  };
  const attention = async (who: string) =>
    (await as[who].get('/api/account/attention').expect(200)).body;

  async function answerAll(who: Client, auditId: string) {
    for (const code of CODES)
      await who
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Our practice on ${code}.`,
        })
        .expect(200);
  }

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    t = await startTestApp({ SMTP_URL: await smtp.start() });
    t.clock.set(at('2027-03-02', 10));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership({ name: 'Northshire' })).id;
    otherPid = (await t.given.partnership({ name: 'Southshire' })).id;
    for (const name of ['Riverside', 'Hilltop', 'Brook', 'Meadow'])
      org[name] = (await t.given.organisation({ partnershipId: pid, name })).id;
    org.Faraway = (await t.given.organisation({ partnershipId: otherPid, name: 'Faraway' })).id;
    await make('admin', { role: 'partnership_admin', partnershipId: pid });
    await make('board', { role: 'board_member', partnershipId: pid });
    await make('otherAdmin', { role: 'partnership_admin', partnershipId: otherPid });
    await make('otherBoard', { role: 'board_member', partnershipId: otherPid });
    for (const name of ['Riverside', 'Hilltop', 'Brook', 'Faraway'])
      await make(`lead${name}`, { role: 'agency_lead', organisationId: org[name] });
    await make('contributor', { role: 'agency_contributor', organisationId: org.Riverside });
    await make('nobody', {});
    // Open cycles due in 18 days: inside the 30-day window.
    for (const [p, admin] of [
      [pid, 'admin'],
      [otherPid, 'otherAdmin'],
    ]) {
      const cycle = await as[admin]
        .post(`/api/partnerships/${p}/cycles`, {
          name: '2025-27',
          frameworkVersionId: versionId,
          opensOn: '2027-03-01',
          dueOn: '2027-03-20',
          status: 'open',
        })
        .expect(201);
      const audits = (await as[admin].get(`/api/cycles/${cycle.body.id}/audits`).expect(200))
        .body as { id: string; organisation: { name: string } }[];
      for (const a of audits) audit[a.organisation.name] = a.id;
    }
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a person with no role has nothing; signed out is a 401', async () => {
    expect(await attention('nobody')).toEqual({
      board: [],
      agency: [],
      contributor: [],
      admin: [],
    });
    await t.client().get('/api/account/attention').expect(401);
  });

  it('the admin sees the agencies not started near the due date, of their partnership only', async () => {
    const [section] = (await attention('admin')).admin;
    expect(section.partnershipName).toBe('Northshire');
    expect(section.notStarted.count).toBe(4);
    expect(
      section.notStarted.items.map((i: { organisationName: string }) => i.organisationName),
    ).toEqual(['Brook', 'Hilltop', 'Meadow', 'Riverside']);
    expect(section.notStarted.items[0]).toMatchObject({ dueOn: '2027-03-20', overdue: false });
    const other = (await attention('otherAdmin')).admin;
    expect(other).toHaveLength(1);
    expect(
      other[0].notStarted.items.map((i: { organisationName: string }) => i.organisationName),
    ).toEqual(['Faraway']);
  });

  it('a list shows its count of all and the first 10, earliest due first', async () => {
    const westPid = (await t.given.partnership({ name: 'Westshire' })).id;
    const names = Array.from({ length: 12 }, (_, i) => `Agency ${String(i + 1).padStart(2, '0')}`);
    for (const name of names.slice().reverse())
      await t.given.organisation({ partnershipId: westPid, name });
    await make('westAdmin', { role: 'partnership_admin', partnershipId: westPid });
    await as.westAdmin
      .post(`/api/partnerships/${westPid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2027-03-01',
        dueOn: '2027-03-30',
        status: 'open',
      })
      .expect(201);
    const [section] = (await attention('westAdmin')).admin;
    expect(section.notStarted.count).toBe(12);
    expect(
      section.notStarted.items.map((i: { organisationName: string }) => i.organisationName),
    ).toEqual(names.slice(0, 10));
  });

  it('the contributor sees their assigned indicators not answered yet, per audit', async () => {
    await as.leadRiverside
      .put(`/api/audits/${audit.Riverside}/assignments`, {
        assignments: [{ userId: people.contributor.id, areaCode: 'I' }],
      })
      .expect(200);
    let [section] = (await attention('contributor')).contributor;
    expect(section.organisationName).toBe('Riverside');
    expect(section.assigned).toEqual({
      count: 1,
      items: [
        {
          auditId: audit.Riverside,
          partnershipName: 'Northshire',
          cycleName: '2025-27',
          dueOn: '2027-03-20',
          unanswered: 3,
        },
      ],
    });
    await as.contributor
      .put(`/api/audits/${audit.Riverside}/responses/I1.1`, { version: 0, level: 2 })
      .expect(200);
    await as.contributor
      .put(`/api/audits/${audit.Riverside}/responses/I1.2`, {
        version: 0,
        notApplicable: true,
        notApplicableReason: 'No devices on site.',
      })
      .expect(200);
    [section] = (await attention('contributor')).contributor;
    expect(section.assigned.items[0].unanswered).toBe(1);
    // The lead's own answers (not assigned to the contributor) change nothing for them.
    await as.leadRiverside
      .put(`/api/audits/${audit.Riverside}/responses/P1.1`, { version: 0, level: 3 })
      .expect(200);
    [section] = (await attention('contributor')).contributor;
    expect(section.assigned.items[0].unanswered).toBe(1);
    // Not a lead, not the board: no other section.
    const all = await attention('contributor');
    expect([all.board, all.agency, all.admin]).toEqual([[], [], []]);
  });

  it("the lead sees their audit's due date, flagged due soon, and the actions due, earliest first", async () => {
    const add = (description: string, dueOn: string, status = 'not_started') =>
      as.leadRiverside
        .post(`/api/audits/${audit.Riverside}/actions`, {
          indicatorCode: 'P1.1',
          description,
          owner: 'Head teacher',
          dueOn,
          status,
        })
        .expect(201);
    await add('Due in 23 days', '2027-03-25');
    await add('Overdue', '2027-02-20');
    await add('Due in June', '2027-06-01');
    await add('Done long ago', '2027-01-05', 'done');
    const [section] = (await attention('leadRiverside')).agency;
    expect(section.organisationName).toBe('Riverside');
    expect(section.audits).toEqual({
      count: 1,
      items: [
        {
          auditId: audit.Riverside,
          partnershipName: 'Northshire',
          cycleName: '2025-27',
          status: 'in_progress',
          dueOn: '2027-03-20',
          overdue: false,
          dueSoon: true,
          openChallenges: 0,
          returnReason: null,
        },
      ],
    });
    expect(section.actionsDue.count).toBe(2);
    expect(section.actionsDue.items).toEqual([
      expect.objectContaining({ description: 'Overdue', dueOn: '2027-02-20', overdue: true }),
      expect.objectContaining({
        description: 'Due in 23 days',
        dueOn: '2027-03-25',
        overdue: false,
      }),
    ]);
    // The admin's list no longer has Riverside: it has started.
    const [admin] = (await attention('admin')).admin;
    expect(admin.notStarted.count).toBe(3);
  });

  it('the board sees submitted audits oldest first, and replies to its challenges since its last word', async () => {
    await answerAll(as.leadHilltop, audit.Hilltop);
    await as.leadHilltop.post(`/api/audits/${audit.Hilltop}/submit`).expect(200);
    later();
    await answerAll(as.leadBrook, audit.Brook);
    await as.leadBrook.post(`/api/audits/${audit.Brook}/submit`).expect(200);
    later();
    await answerAll(as.leadFaraway, audit.Faraway);
    await as.leadFaraway.post(`/api/audits/${audit.Faraway}/submit`).expect(200);

    let [board] = (await attention('board')).board;
    expect(board.partnershipName).toBe('Northshire');
    expect(board.awaitingDecision.count).toBe(2);
    expect(
      board.awaitingDecision.items.map((i: { organisationName: string }) => i.organisationName),
    ).toEqual(['Hilltop', 'Brook']);
    expect(board.awaitingDecision.items[0]).toMatchObject({
      auditId: audit.Hilltop,
      cycleName: '2025-27',
    });
    // The admin sees the same, as the board; the other partnership's board sees only its own.
    expect((await attention('admin')).board[0].awaitingDecision.count).toBe(2);
    const [other] = (await attention('otherBoard')).board;
    expect(other.awaitingDecision.items.map((i: { auditId: string }) => i.auditId)).toEqual([
      audit.Faraway,
    ]);

    later();
    const challenge = (
      await as.board
        .post(`/api/audits/${audit.Hilltop}/challenges`, {
          question: 'How is filtering tested?',
          indicatorCode: 'I1.1',
        })
        .expect(201)
    ).body;
    [board] = (await attention('board')).board;
    expect(board.challengeReplies).toEqual({ count: 0, items: [] });
    // The lead sees the open challenge on the submitted audit.
    const [hilltop] = (await attention('leadHilltop')).agency;
    expect(hilltop.audits.items).toEqual([
      expect.objectContaining({ auditId: audit.Hilltop, status: 'submitted', openChallenges: 1 }),
    ]);

    later();
    await as.leadHilltop
      .post(`/api/challenges/${challenge.id}/replies`, { body: 'Each term, by the IT lead.' })
      .expect(201);
    [board] = (await attention('board')).board;
    expect(board.challengeReplies.count).toBe(1);
    expect(board.challengeReplies.items[0]).toMatchObject({
      challengeId: challenge.id,
      auditId: audit.Hilltop,
      organisationName: 'Hilltop',
      indicatorCode: 'I1.1',
      replies: 1,
    });
    // Someone else's challenge is not theirs to follow.
    expect((await attention('admin')).board[0].challengeReplies.count).toBe(0);

    later();
    await as.board
      .post(`/api/challenges/${challenge.id}/replies`, { body: 'Please attach the log.' })
      .expect(201);
    [board] = (await attention('board')).board;
    expect(board.challengeReplies.count).toBe(0);
    for (const body of ['Attached.', 'And the policy.']) {
      later();
      await as.leadHilltop.post(`/api/challenges/${challenge.id}/replies`, { body }).expect(201);
    }
    [board] = (await attention('board')).board;
    expect(board.challengeReplies.items[0].replies).toBe(2);
  });

  it('the lead of a returned audit sees it with the reason; the board list shrinks', async () => {
    await as.board
      .post(`/api/audits/${audit.Brook}/return`, { reason: 'Evidence missing for P1.2.' })
      .expect(200);
    const [brook] = (await attention('leadBrook')).agency;
    expect(brook.audits.items).toEqual([
      expect.objectContaining({
        auditId: audit.Brook,
        status: 'returned',
        returnReason: 'Evidence missing for P1.2.',
        dueSoon: true,
      }),
    ]);
    expect((await attention('board')).board[0].awaitingDecision.count).toBe(1);
    // Leads see only their own organisation.
    expect(
      (await attention('leadRiverside')).agency.map(
        (a: { organisationName: string }) => a.organisationName,
      ),
    ).toEqual(['Riverside']);
  });

  it('past the due date the flags turn to overdue, on the clock date', async () => {
    await setClock(at('2027-03-21', 9));
    const [riverside] = (await attention('leadRiverside')).agency;
    expect(riverside.audits.items[0]).toMatchObject({ overdue: true, dueSoon: false });
    const [admin] = (await attention('admin')).admin;
    expect(admin.notStarted.items).toEqual([
      expect.objectContaining({ organisationName: 'Meadow', overdue: true }),
    ]);
    // The last day is still due, not overdue.
    await setClock(at('2027-03-20', 23));
    const [onTheDay] = (await attention('leadRiverside')).agency;
    expect(onTheDay.audits.items[0]).toMatchObject({ overdue: false, dueSoon: true });
  });

  it("the admin sees the partnership's mail the server refused, with no Sent mail page here", async () => {
    // Everything sent so far has gone: only the refused mail below can fail.
    await eventually(async () => {
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'queued'`,
      );
      return n === 0 ? true : undefined;
    });
    smtp.refuse = () => ({ code: 550, message: 'No such mailbox (test)' });
    try {
      await as.admin
        .post(`/api/partnerships/${pid}/users`, {
          email: 'gone@example.org',
          name: 'Gone Away',
          memberships: [{ role: 'board_member' }],
        })
        .expect(202);
      await eventually(async () => {
        const rows = await t.db.query(
          `SELECT 1 FROM mail_outbox WHERE to_address = 'gone@example.org' AND status = 'failed'`,
        );
        return rows.length ? true : undefined;
      });
    } finally {
      smtp.refuse = () => null;
    }
    const [admin] = (await attention('admin')).admin;
    expect(admin.failedMail).toMatchObject({ count: 1, sentMailPage: false });
    expect(admin.failedMail.items).toEqual([expect.objectContaining({ to: 'gone@example.org' })]);
    expect((await attention('otherAdmin')).admin[0].failedMail.count).toBe(0);
  });
});

describe('GET /api/account/attention where mail is kept in the app', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('links failed mail to the Sent mail page, which exists here', async () => {
    t = await startTestApp();
    const pid = (await t.given.partnership({ name: 'Northshire' })).id;
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    // Refused while a mail server was configured, before it was taken away.
    await t.db.query(
      `INSERT INTO mail_outbox (partnership_id, to_address, template, subject, text_body, html_body, created_at, status, attempts, last_error)
       VALUES ($1, 'gone@example.org', 'invitation', 'You are invited', 'text', '<p>html</p>', $2, 'failed', 1, '550 No such mailbox')`,
      [pid, t.clock.now()],
    );
    const [section] = (await admin.get('/api/account/attention').expect(200)).body.admin;
    expect(section.failedMail).toMatchObject({
      count: 1,
      sentMailPage: true,
      items: [{ to: 'gone@example.org', subject: 'You are invited' }],
    });
    await admin.get(`/api/partnerships/${pid}/mail`).expect(200);
  });
});
