import { londonMidnight } from '@pies/domain';
import { eventually, TestSmtpServer } from './smtp-server';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PUBLIC_URL = 'https://audit.example.org';
const at = (day: string, hour: number) => new Date(londonMidnight(day).getTime() + hour * 3600_000);

/**
 * Contributors' notices through a real SMTP server: a contributor is told once what their lead
 * assigned them and by whom; a contributor says their part is done (once, only for their own
 * share) and the leads are told; the kinds are written to the database (their check
 * constraints take them).
 */
describe('contributor notices', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let pid: string, oid: string, auditId: string;
  let lead: TestUser, otherLead: TestUser, contributor: TestUser, idle: TestUser;
  let leadClient: Client, contributorClient: Client, idleClient: Client, board: Client;

  const receivedBy = (to: string) => smtp.receivedBy(to);
  const mailsFor = (to: string, n: number) =>
    eventually(() => (receivedBy(to).length >= n ? receivedBy(to) : undefined));
  const settle = () => new Promise((r) => setTimeout(r, 700));
  const later = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const named = (user: TestUser, name: string) =>
    t.db.query('UPDATE users SET name = $2 WHERE id = $1', [user.id, name]);

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    t = await startTestApp({
      ...(await smtp.appEnv(PUBLIC_URL)),
    });
    t.clock.set(at('2027-03-02', 10));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership({ name: 'Northshire Safeguarding Children Partnership' })).id;
    oid = (await t.given.organisation({ partnershipId: pid, name: 'Riverside Academy' })).id;
    lead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    otherLead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    contributor = await t.given.user({ role: 'agency_contributor', organisationId: oid });
    idle = await t.given.user({ role: 'agency_contributor', organisationId: oid });
    await named(lead, 'Lena Lead');
    await named(contributor, 'Cara Contributor');
    const boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    // The leads want no mail when the cycle opens: only this feature's mail is counted here.
    for (const l of [lead, otherLead])
      await (
        await t.as(l)
      )
        .put('/api/account/notification-preferences', {
          kinds: [{ kind: 'cycle_opened', delivery: 'off' }],
        })
        .expect(200);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2027-03-01',
        dueOn: '2029-02-26',
        status: 'open',
      })
      .expect(201);
    auditId = (await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200)).body[0].id;
    leadClient = await t.as(lead);
    contributorClient = await t.as(contributor);
    idleClient = await t.as(idle);
    board = await t.as(boardUser);
    await leadClient.post(`/api/audits/${auditId}/start`).expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('tells a contributor once what was assigned to them and by whom, with no answers', async () => {
    await leadClient
      .put(`/api/audits/${auditId}/responses/I1.1`, {
        version: 0,
        level: 2,
        commentary: 'Confidential commentary.',
      })
      .expect(200);
    await leadClient
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [
          { userId: contributor.id, areaCode: 'I' },
          { userId: contributor.id, indicatorCode: 'P1.2' },
        ],
      })
      .expect(200);
    const [mail] = await mailsFor(contributor.email, 1);
    expect(mail.subject).toBe(
      'PIES Audit: Lena Lead has assigned you part of the 2025-27 audit of Riverside Academy',
    );
    expect(mail.text).toContain(
      'Lena Lead of Riverside Academy has assigned you 3 indicators in Infrastructure and technology and indicator P1.2 in the 2025-27 online-safeguarding self-audit for Northshire Safeguarding Children Partnership.',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/audits/${auditId}`);
    expect(`${mail.text}${String(mail.html)}`).not.toMatch(/Confidential/);

    // The same assignments saved again, or someone else's changed: nothing new for them.
    later();
    await leadClient
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [
          { userId: contributor.id, areaCode: 'I' },
          { userId: contributor.id, indicatorCode: 'P1.2' },
        ],
      })
      .expect(200);
    await settle();
    expect(receivedBy(contributor.email)).toHaveLength(1);
    const list = (await contributorClient.get('/api/account/notifications').expect(200)).body;
    expect(list.items).toEqual([
      expect.objectContaining({ kind: 'contributor_assigned', path: `/audits/${auditId}` }),
    ]);
    // Another save at the same instant that adds something is an occasion of its own; one that
    // only takes away tells no one.
    const share = [
      { userId: contributor.id, areaCode: 'I' },
      { userId: contributor.id, indicatorCode: 'P1.2' },
    ];
    await leadClient
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [...share, { userId: contributor.id, indicatorCode: 'P1.1' }],
      })
      .expect(200);
    const [, added] = await mailsFor(contributor.email, 2);
    expect(added.text).toContain('assigned you indicator P1.1 in the 2025-27');
    await leadClient.put(`/api/audits/${auditId}/assignments`, { assignments: share }).expect(200);
    await settle();
    expect(receivedBy(contributor.email)).toHaveLength(2);
    // No one else was told.
    expect(receivedBy(lead.email)).toHaveLength(0);
    expect(receivedBy(idle.email)).toHaveLength(0);
  });

  it('tells the leads once when the contributor says their part is done; a second time sends nothing', async () => {
    later();
    const first = await contributorClient.post(`/api/audits/${auditId}/my-part-done`).expect(200);
    expect(first.body).toEqual({ doneAt: t.clock.now().toISOString(), alreadyDone: false });
    const [leadMail] = await mailsFor(lead.email, 1);
    const [otherMail] = await mailsFor(otherLead.email, 1);
    for (const mail of [leadMail, otherMail]) {
      expect(mail.subject).toBe(
        'PIES Audit: Cara Contributor says their part of the 2025-27 audit is done',
      );
      expect(mail.text).toContain(
        'Cara Contributor has finished the part of the 2025-27 audit of Riverside Academy assigned to them, for Northshire Safeguarding Children Partnership.',
      );
      expect(mail.text).toContain(`${PUBLIC_URL}/audits/${auditId}/contributors`);
      expect(`${mail.text}${String(mail.html)}`).not.toMatch(/Confidential/);
    }

    later();
    const again = await contributorClient.post(`/api/audits/${auditId}/my-part-done`).expect(200);
    expect(again.body).toEqual({ doneAt: first.body.doneAt, alreadyDone: true });
    await settle();
    expect(receivedBy(lead.email)).toHaveLength(1);
    expect(receivedBy(otherLead.email)).toHaveLength(1);

    // The lead sees who said done; the audit trail holds it once.
    const rows = (await leadClient.get(`/api/audits/${auditId}/assignments`).expect(200)).body;
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.partDoneAt).toBe(first.body.doneAt);
    const events = (await leadClient.get(`/api/audits/${auditId}/events`).expect(200)).body;
    const done = events.filter((e: { kind: string }) => e.kind === 'assignments.part_done');
    expect(done).toHaveLength(1);

    // Answers changed afterwards leave the mark; a changed share clears it, and tells anew.
    await contributorClient
      .put(`/api/audits/${auditId}/responses/I1.2`, { version: 0, level: 3, commentary: 'More.' })
      .expect(200);
    expect(
      (await leadClient.get(`/api/audits/${auditId}/assignments`).expect(200)).body[0].partDoneAt,
    ).toBe(first.body.doneAt);
    later();
    await leadClient
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [
          { userId: contributor.id, areaCode: 'I' },
          { userId: contributor.id, areaCode: 'P' },
        ],
      })
      .expect(200);
    const assigned = await mailsFor(contributor.email, 3);
    expect(assigned[2].text).toContain('2 indicators in Policies and practices');
    expect(
      (await leadClient.get(`/api/audits/${auditId}/assignments`).expect(200)).body.map(
        (r: { partDoneAt: string | null }) => r.partDoneAt,
      ),
    ).toEqual([null, null]);
    later();
    await contributorClient.post(`/api/audits/${auditId}/my-part-done`).expect(200);
    expect(await mailsFor(lead.email, 2)).toHaveLength(2);
  });

  it('refuses anyone but the assigned contributor: another contributor, a lead, the board', async () => {
    const idleRes = await idleClient.post(`/api/audits/${auditId}/my-part-done`);
    expect(idleRes.status).toBe(403);
    expect(idleRes.body.code).toBe('NOTHING_ASSIGNED');
    const leadRes = await leadClient.post(`/api/audits/${auditId}/my-part-done`);
    expect(leadRes.status).toBe(403);
    expect(leadRes.body.code).toBe('ROLE_REQUIRED');
    expect((await board.post(`/api/audits/${auditId}/my-part-done`)).status).toBe(403);
    // A contributor of another organisation: the audit is not theirs to see (404).
    const elsewhere = await t.given.organisation({ partnershipId: pid });
    const stranger = await t.as(
      await t.given.user({ role: 'agency_contributor', organisationId: elsewhere.id }),
    );
    expect((await stranger.post(`/api/audits/${auditId}/my-part-done`)).status).toBe(404);
    const nothing = await t.db.query(
      `SELECT count(*)::int AS n FROM parts_done WHERE user_id <> $1`,
      [contributor.id],
    );
    expect(nothing[0].n).toBe(0);
  });

  it('refuses bad input with a 400 naming the field, and a submitted audit with 409', async () => {
    const bad = await contributorClient.post('/api/audits/not-an-id/my-part-done');
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['auditId']);
    const form = await contributorClient.agent
      .post(`/api/audits/${auditId}/my-part-done`)
      .set('x-csrf-token', contributorClient.csrf)
      .type('form')
      .send('done=yes');
    expect(form.status).toBe(415);
    const missing = await contributorClient.post(
      '/api/audits/00000000-0000-4000-8000-000000000000/my-part-done',
    );
    expect([403, 404]).toContain(missing.status);
    await t.db.query(`UPDATE audits SET status = 'submitted' WHERE id = $1`, [auditId]);
    const locked = await contributorClient.post(`/api/audits/${auditId}/my-part-done`);
    expect(locked.status).toBe(200); // already done: saying it again changes nothing
    await t.db.query('DELETE FROM parts_done');
    const refused = await contributorClient.post(`/api/audits/${auditId}/my-part-done`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('AUDIT_LOCKED');
  });

  it('stores both kinds as preferences and unsubscribe tokens (the check constraints take them)', async () => {
    await contributorClient
      .put('/api/account/notification-preferences', {
        kinds: [
          { kind: 'contributor_assigned', delivery: 'digest' },
          { kind: 'contributor_done', delivery: 'off' },
        ],
      })
      .expect(200);
    const prefs = (await contributorClient.get('/api/account/notification-preferences')).body;
    expect(prefs.kinds).toContainEqual({ kind: 'contributor_assigned', delivery: 'digest' });
    expect(prefs.kinds).toContainEqual({ kind: 'contributor_done', delivery: 'off' });
    const tokens = await t.db.query(
      `SELECT kinds FROM unsubscribe_tokens WHERE user_id = ANY($1::uuid[])`,
      [[contributor.id, lead.id]],
    );
    expect(tokens.map((r: { kinds: string[] }) => r.kinds[0]).sort()).toEqual([
      'contributor_assigned',
      'contributor_assigned',
      'contributor_assigned',
      'contributor_done',
      'contributor_done',
    ]);
  });
});
