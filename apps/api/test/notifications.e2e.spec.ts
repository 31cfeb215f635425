import { londonMidnight } from '@pies/domain';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import { DigestService } from '../src/notifications/digest.service';
import { Notifier } from '../src/notifications/notifier';
import { eventually, TestSmtpServer } from './smtp-server';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PUBLIC_URL = 'https://audit.example.org';
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
/** A London wall-clock time on a London day. */
const at = (day: string, hour: number) => new Date(londonMidnight(day).getTime() + hour * 3600_000);

/**
 * Notices to agency leads, in the app and by mail through a real SMTP server: cycle opened,
 * challenged, returned, accepted; once per person and occasion; mail that names the partnership
 * and holds no answers, commentary or reasons; one-click unsubscribe (RFC 8058); preferences and
 * the daily digest.
 */
describe('notifications', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let pid: string, oid: string, versionId: string, auditId: string, cycleId: string;
  let lead: TestUser, quietLead: TestUser, boardUser: TestUser;
  let admin: Client, board: Client;

  const receivedBy = (to: string) => smtp.receivedBy(to);
  /** Waits for `to` to have received `n` mails in all, and returns them. */
  const mailsFor = (to: string, n: number) =>
    eventually(() => (receivedBy(to).length >= n ? receivedBy(to) : undefined));
  const settle = () => new Promise((r) => setTimeout(r, 700));
  /** A minute on, so each occasion has its own time. */
  const later = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
  const unsubscribeUrl = (mail: ParsedMail) => {
    // The raw line: mailparser reads List-* headers into objects of its own.
    const line = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    const header = line.replace(/^List-Unsubscribe:\s*/i, '').trim();
    const url = /^<(https:\/\/[^>]+)>$/.exec(header)?.[1];
    if (!url) throw new Error(`no List-Unsubscribe: ${header}`);
    return url;
  };

  async function submit(who: Client, version: number) {
    for (const code of CODES)
      await who
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version,
          level: 3,
          commentary: `Confidential commentary on ${code}.`,
        })
        .expect(200);
    await who.post(`/api/audits/${auditId}/submit`).expect(200);
  }

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    t = await startTestApp({
      ...(await smtp.appEnv(PUBLIC_URL)),
    });
    // Ahead of the real time: cookies set by the app's clock must not look expired to the client.
    t.clock.set(at('2027-03-02', 10));
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership({ name: 'Northshire Safeguarding Children Partnership' })).id;
    oid = (await t.given.organisation({ partnershipId: pid, name: 'Riverside Academy' })).id;
    lead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    quietLead = await t.given.user({ role: 'agency_lead', organisationId: oid });
    boardUser = await t.given.user({ role: 'board_member', partnershipId: pid });
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    board = await t.as(boardUser);
    // The quiet lead wants no mail when a cycle opens: the notice stays in the app.
    await (
      await t.as(quietLead)
    )
      .put('/api/account/notification-preferences', {
        kinds: [{ kind: 'cycle_opened', delivery: 'off' }],
      })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('tells the leads a cycle opened, once, by mail that names the partnership and the due date', async () => {
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2027-03-01',
        dueOn: '2029-02-26',
        status: 'open',
      })
      .expect(201);
    cycleId = cycle.body.id;
    auditId = (await admin.get(`/api/cycles/${cycleId}/audits`).expect(200)).body[0].id;

    const [mail] = await mailsFor(lead.email, 1);
    expect(mail.subject).toBe(
      'PIES Audit: The 2025-27 audit cycle has opened for Riverside Academy',
    );
    expect(mail.text).toContain(
      'Northshire Safeguarding Children Partnership asks Riverside Academy to complete its online-safeguarding self-audit by 26 February 2029.',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/audits/${auditId}`);
    expect(mail.html).toContain(`href='${PUBLIC_URL}/audits/${auditId}'`);
    expect(unsubscribeUrl(mail)).toMatch(new RegExp(`^${PUBLIC_URL}/api/unsubscribe/[\\w.-]+$`));
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/unsubscribe/[\\w.-]+`));

    // Closed and reopened: the same occasion, nothing new; the quiet lead got no mail at all.
    await admin.patch(`/api/cycles/${cycleId}`, { status: 'closed' }).expect(200);
    await admin.patch(`/api/cycles/${cycleId}`, { status: 'open' }).expect(200);
    await settle();
    expect(receivedBy(lead.email)).toHaveLength(1);
    expect(receivedBy(quietLead.email)).toHaveLength(0);
    const quiet = (await (await t.as(quietLead)).get('/api/account/notifications').expect(200))
      .body;
    expect(quiet.items).toEqual([
      expect.objectContaining({
        kind: 'cycle_opened',
        title: 'The 2025-27 audit cycle has opened for Riverside Academy',
        path: `/audits/${auditId}`,
        readAt: null,
      }),
    ]);
  });

  it('tells the leads of a challenge, a return and an acceptance, with no answer, comment or reason in the mail', async () => {
    const leadClient = await t.as(lead);
    later();
    await submit(leadClient, 0);
    later();
    await board
      .post(`/api/audits/${auditId}/challenges`, {
        indicatorCode: 'P1.1',
        question: 'Secret question about the filtering logs?',
      })
      .expect(201);
    later();
    await board
      .post(`/api/audits/${auditId}/return`, { reason: 'Secret reason: the evidence is thin.' })
      .expect(200);
    const afterReturn = await mailsFor(lead.email, 3);
    expect(afterReturn.map((m) => m.subject)).toEqual([
      'PIES Audit: The 2025-27 audit cycle has opened for Riverside Academy',
      "PIES Audit: The board has a question about Riverside Academy's audit",
      "PIES Audit: Riverside Academy's audit has been returned",
    ]);
    later();
    await submit(leadClient, 1);
    later();
    await board.post(`/api/audits/${auditId}/accept`).expect(200);
    const all = await mailsFor(lead.email, 4);
    expect(all[3].subject).toBe("PIES Audit: Riverside Academy's audit has been accepted");
    for (const mail of all)
      for (const body of [mail.text ?? '', String(mail.html), mail.subject ?? ''])
        expect(body).not.toMatch(/Secret|Confidential|score|level 3/i);
    // The quiet lead chose only to go without the cycle's mail.
    expect(await mailsFor(quietLead.email, 3)).toHaveLength(3);

    const list = (await leadClient.get('/api/account/notifications').expect(200)).body;
    expect(list.unread).toBe(4);
    expect(list.items.map((n: { kind: string }) => n.kind)).toEqual([
      'audit_accepted',
      'audit_returned',
      'audit_challenged',
      'cycle_opened',
    ]);
    await leadClient.post('/api/account/notifications/read').expect(204);
    expect((await leadClient.get('/api/account/notifications').expect(200)).body.unread).toBe(0);
  });

  it('writes one notice and one mail when two transactions tell of the same occasion at once', async () => {
    const notifier = t.app.get(Notifier);
    const occasion = {
      kind: 'audit_accepted' as const,
      occasion: `test:same-occasion`,
      partnershipId: pid,
      path: `/audits/${auditId}`,
      values: { organisation: 'Riverside Academy', partnership: 'Northshire', cycle: '2025-27' },
    };
    const before = receivedBy(lead.email).length;
    await Promise.all(
      [1, 2].map(() => t.db.transaction((tx) => notifier.notify(tx, [lead.id], occasion))),
    );
    await mailsFor(lead.email, before + 1);
    await settle();
    expect(receivedBy(lead.email)).toHaveLength(before + 1);
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE occasion = 'test:same-occasion'`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('unsubscribes in one click from the mail (RFC 8058), and says so when the link is used again', async () => {
    const [first] = await mailsFor(lead.email, 1);
    const url = new URL(unsubscribeUrl(first));
    const token = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const server = request(t.app.getHttpServer());

    // What the page shows, before: the kind, not yet off.
    const shown = await server.get(url.pathname).expect(200);
    expect(shown.body).toEqual({ kinds: ['cycle_opened'], alreadyUnsubscribed: false });

    // A mail client's one-click POST: a form body, no cookie, no CSRF header.
    const first1 = await server.post(url.pathname).type('form').send('List-Unsubscribe=One-Click');
    expect(first1.status).toBe(200);
    expect(first1.body).toEqual({ kinds: ['cycle_opened'], alreadyUnsubscribed: false });
    const again = await server.post(url.pathname).type('form').send('List-Unsubscribe=One-Click');
    expect(again.body).toEqual({ kinds: ['cycle_opened'], alreadyUnsubscribed: true });
    const prefs = (await (await t.as(lead)).get('/api/account/notification-preferences')).body;
    expect(prefs.kinds).toContainEqual({ kind: 'cycle_opened', delivery: 'off' });
    expect(prefs.kinds).toContainEqual({ kind: 'audit_accepted', delivery: 'immediate' });

    // A changed link: a 400 naming the token, and nothing changes.
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [tampered, 'not-a-link', `${crypto.randomUUID()}.${'A'.repeat(43)}`]) {
      const res = await server.post(`/api/unsubscribe/${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body.details[0]).toMatchObject({
        field: 'token',
        problems: [expect.objectContaining({ code: 'unsubscribeLinkInvalid' })],
      });
    }
    // Forms are taken only there.
    const form = await server.post('/api/auth/login').type('form').send('email=x');
    expect(form.status).toBe(415);
  });

  it('refuses bad preferences with a 400 naming each field', async () => {
    const leadClient = await t.as(lead);
    for (const [body, field] of [
      [{ digestHour: 24 }, 'digestHour'],
      [{ digestHour: 7.5 }, 'digestHour'],
      [{ digestHour: 'seven' }, 'digestHour'],
      [{ kinds: [{ kind: 'gossip', delivery: 'off' }] }, 'kinds.0.kind'],
      [{ kinds: [{ kind: 'audit_returned', delivery: 'sometimes' }] }, 'kinds.0.delivery'],
    ] as const) {
      const res = await leadClient.put('/api/account/notification-preferences', body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it('gathers digest notices into one mail at the hour the person chose, once', async () => {
    const leadClient = await t.as(lead);
    await leadClient
      .put('/api/account/notification-preferences', {
        digestHour: 18,
        kinds: [{ kind: 'audit_challenged', delivery: 'digest' }],
      })
      .expect(200);
    const before = receivedBy(lead.email).length;
    for (const q of ['First question?', 'Second question?'])
      await board
        .post(`/api/audits/${auditId}/challenges`, { indicatorCode: 'P1.2', question: q })
        .expect(201);
    const digests = t.app.get(DigestService);
    t.clock.set(at('2027-03-02', 17));
    expect(await digests.sendDue()).toBe(0);
    t.clock.set(at('2027-03-02', 18));
    expect(await digests.sendDue()).toBe(1);
    expect(await digests.sendDue()).toBe(0);
    const mails = await mailsFor(lead.email, before + 1);
    const digest = mails[mails.length - 1];
    expect(digest.subject).toBe('PIES Audit: your daily summary (2 new)');
    expect(digest.text).toContain(
      "- The board has a question about Riverside Academy's audit\n- The board has a question about Riverside Academy's audit",
    );
    expect(digest.text).toContain(`${PUBLIC_URL}/notifications`);
    expect(digest.text).not.toMatch(/question\?/);
    // Its one-click link turns off what it carried.
    const url = new URL(unsubscribeUrl(digest));
    const res = await request(t.app.getHttpServer()).post(url.pathname).expect(200);
    expect(res.body.kinds).toEqual(['audit_challenged']);
    await settle();
    expect(receivedBy(lead.email)).toHaveLength(before + 1);
  });

  it('tells the leads when their organisation joins a partnership whose cycle is open, once', async () => {
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const other = await t.given.partnership({
      name: 'Westshire Safeguarding Children Partnership',
    });
    const otherAdmin = await t.as(
      await t.given.user({ role: 'partnership_admin', partnershipId: other.id }),
    );
    const otherCycle = (
      await otherAdmin
        .post(`/api/partnerships/${other.id}/cycles`, {
          name: 'Westshire 2027',
          frameworkVersionId: versionId,
          opensOn: '2027-03-01',
          dueOn: '2028-03-01',
          status: 'open',
        })
        .expect(201)
    ).body.id;
    // A lead with the default preferences (the others turned this kind's mail off above).
    const newLead = await t.given.user({ role: 'agency_lead', organisationId: oid });

    await platform.put(`/api/partnerships/${other.id}/organisations/${oid}`).expect(200);
    await platform.put(`/api/partnerships/${other.id}/organisations/${oid}`).expect(200);
    const [mail] = await mailsFor(newLead.email, 1);
    expect(mail.subject).toBe(
      'PIES Audit: The Westshire 2027 audit cycle has opened for Riverside Academy',
    );
    expect(mail.text).toContain(
      'Westshire Safeguarding Children Partnership asks Riverside Academy',
    );
    const joined = (await otherAdmin.get(`/api/cycles/${otherCycle}/audits`).expect(200)).body;
    expect(mail.text).toContain(`${PUBLIC_URL}/audits/${joined[0].id}`);
    // Linked twice, told once; the leads who turned this mail off have the notice in the app only.
    await settle();
    expect(receivedBy(newLead.email)).toHaveLength(1);
    const told = await t.db.query(
      `SELECT user_id AS "userId", delivery FROM notifications
        WHERE kind = 'cycle_opened' AND occasion = $1 ORDER BY delivery`,
      [`cycle:${otherCycle}`],
    );
    expect(told).toHaveLength(3);
    expect(told).toEqual(
      expect.arrayContaining([
        { userId: newLead.id, delivery: 'immediate' },
        { userId: lead.id, delivery: 'off' },
        { userId: quietLead.id, delivery: 'off' },
      ]),
    );
  });
});
