import { randomBytes } from 'node:crypto';
import { logger } from '../src/common/logging/logger';
import { MailOutbox, type OutgoingMail } from '../src/mail/mail-outbox';
import { MailSender } from '../src/mail/mail-sender';
import { eventually, TestSmtpServer } from './smtp-server';
import { startTestApp, type TestApp } from './test-app';

const PUBLIC_URL = 'https://audit.example.org';

/**
 * Records what the process logger writes at `level`, including while the app starts (which sets
 * the logger's level, re-creating its methods: the recorder stays in place through that).
 */
function captureLog(level: 'info' | 'warn') {
  const calls: unknown[][] = [];
  const record = (...args: unknown[]) => void calls.push(args);
  Object.defineProperty(logger, level, { get: () => record, set: () => {}, configurable: true });
  return {
    calls,
    restore() {
      delete (logger as unknown as Record<string, unknown>)[level];
      logger.level = String(logger.level); // pino puts its own method back
    },
  };
}

interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  sent_at: Date | null;
  last_error: string | null;
  text_body: string;
}

function invitation(to: string, partnershipId: string | null, token = 'tok123'): OutgoingMail {
  return {
    to,
    template: 'invitation',
    params: {
      path: `/invitation/${token}`,
      inviterName: 'Sam Jones',
      placeName: 'Northshire Safeguarding Children Partnership',
      expiresOn: '12 December 2026',
    },
    partnershipId,
    userId: null,
  };
}

describe('mail through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let outbox: MailOutbox;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    const url = await smtp.start();
    t = await startTestApp({
      SMTP_URL: url,
      PUBLIC_URL,
      MAIL_FROM: 'PIES Audit <no-reply@audit.example.org>',
    });
    outbox = t.app.get(MailOutbox);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.refuse = () => null;
  });

  const rowsTo = (to: string) =>
    t.db.query<OutboxRow[]>('SELECT * FROM mail_outbox WHERE to_address = $1', [to]);
  const receivedBy = (to: string) => smtp.receivedBy(to);

  it('sends a mail written in a committed transaction: recipient, subject, a link to PUBLIC_URL', async () => {
    const pid = (await t.given.partnership()).id;
    await t.db.transaction((tx) => outbox.enqueue(tx, invitation('ann@example.org', pid)));
    const [mail] = await eventually(() => {
      const got = receivedBy('ann@example.org');
      return got.length ? got : undefined;
    });
    expect(mail.from?.value).toEqual([
      { name: 'PIES Audit', address: 'no-reply@audit.example.org' },
    ]);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0].address).toBe('ann@example.org');
    expect(mail.subject).toBe(
      'You are invited to Northshire Safeguarding Children Partnership on PIES Audit',
    );
    const link = mail.text?.match(/https?:\/\/\S+/)?.[0];
    expect(link).toBe(`${PUBLIC_URL}/invitation/tok123`);
    expect(mail.html).toContain(`href='${PUBLIC_URL}/invitation/tok123'`);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    const [row] = await eventually(async () => {
      const rows = await rowsTo('ann@example.org');
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(mail.messageId).toBe(`<${row.id}@audit.example.org>`);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
  });

  it('an invitation an admin sends arrives by SMTP with a link that sets the password and signs in', async () => {
    const pid = (await t.given.partnership({ name: 'Eastvale Partnership' })).id;
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    await admin
      .post(`/api/partnerships/${pid}/users`, {
        email: 'new.lead@example.org',
        name: 'Nia Lewis',
        memberships: [{ role: 'board_member' }],
      })
      .expect(202);
    const [mail] = await eventually(() => {
      const got = receivedBy('new.lead@example.org');
      return got.length ? got : undefined;
    });
    expect(mail.subject).toContain('Eastvale Partnership');
    const link = /https:\/\/\S+/.exec(mail.text ?? '')?.[0] ?? '';
    expect(link.startsWith(`${PUBLIC_URL}/invitation/`)).toBe(true);
    expect(mail.html).toContain(link); // the same link in the HTML part
    const token = decodeURIComponent(link.slice(`${PUBLIC_URL}/invitation/`.length));
    const shown = await t.client().get(`/api/auth/invitation/${encodeURIComponent(token)}`);
    expect(shown.status).toBe(200);
    expect(shown.body.email).toBe('new.lead@example.org');
    const person = await t.client().setPasswordFromInvitation(token, 'lantern orchard pebble');
    expect((await person.get('/api/auth/me').expect(200)).body.email).toBe('new.lead@example.org');
    // Used once: the same link no longer works.
    expect((await t.client().get(`/api/auth/invitation/${encodeURIComponent(token)}`)).status).toBe(
      404,
    );
  });

  it('a rolled-back transaction sends nothing and leaves no row', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await outbox.enqueue(tx, invitation('rolled@example.org', null));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // A mail enqueued after it is delivered: had the first been queued, it would be too.
    await t.db.transaction((tx) => outbox.enqueue(tx, invitation('after@example.org', null)));
    await eventually(() => (receivedBy('after@example.org').length ? true : undefined));
    expect(receivedBy('rolled@example.org')).toEqual([]);
    expect(await rowsTo('rolled@example.org')).toEqual([]);
  });

  it('has no Sent mail pages when mail goes to a server', async () => {
    const admin = await t.as(await t.given.user({ role: 'platform_admin' }));
    await admin.get('/api/mail').expect(404);
    const pid = (await t.given.partnership()).id;
    await admin.get(`/api/partnerships/${pid}/mail`).expect(404);
    expect((await t.client().get('/api/health').expect(200)).body.mailKeptLocally).toBe(false);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(
      outbox.enqueue(t.db.manager, invitation('loose@example.org', null)),
    ).rejects.toThrow(/transaction/);
  });

  it('a server refusing for now is tried again with the same Message-ID, then delivers', async () => {
    const before = smtp.tries;
    smtp.refuse = (n) =>
      n === before + 1 ? { code: 451, message: 'Try again later (test)' } : null;
    await t.db.transaction((tx) => outbox.enqueue(tx, invitation('retry@example.org', null)));
    const [failedOnce] = await eventually(async () => {
      const rows = await rowsTo('retry@example.org');
      return rows[0]?.attempts === 1 ? rows : undefined;
    });
    expect(failedOnce.status).toBe('queued');
    expect(failedOnce.last_error).toMatch(/Try again later/);
    const [mail] = await eventually(() => {
      const got = receivedBy('retry@example.org');
      return got.length ? got : undefined;
    }, 20000);
    const [row] = await eventually(async () => {
      const rows = await rowsTo('retry@example.org');
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(mail.messageId).toBe(t.app.get(MailSender).messageId(row.id));
    expect(smtp.tries - before).toBe(2);
    // The refused try carried the same Message-ID as the delivered one.
    expect(smtp.triedIds.slice(before)).toEqual([mail.messageId, mail.messageId]);
  });

  it('a message sent once is never sent again: the job is idempotent', async () => {
    await t.db.transaction((tx) => outbox.enqueue(tx, invitation('once@example.org', null)));
    const [row] = await eventually(async () => {
      const rows = await rowsTo('once@example.org');
      return rows[0]?.status === 'sent' ? rows : undefined;
    });
    const sender = t.app.get(MailSender);
    await sender.step({ id: row.id });
    await sender.sweep();
    await new Promise((r) => setTimeout(r, 1500));
    expect(receivedBy('once@example.org')).toHaveLength(1);
    expect((await rowsTo('once@example.org'))[0].attempts).toBe(1);
  });

  it('a permanent refusal (5xx) marks the mail failed without trying again', async () => {
    smtp.refuse = () => ({ code: 550, message: 'No such mailbox (test)' });
    await t.db.transaction((tx) => outbox.enqueue(tx, invitation('nobody@example.org', null)));
    const [row] = await eventually(async () => {
      const rows = await rowsTo('nobody@example.org');
      return rows[0]?.status === 'failed' ? rows : undefined;
    });
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/No such mailbox/);
  });

  it('a row left queued (its job lost) is sent by the sweep', async () => {
    const [{ id }] = await t.db.query<{ id: string }[]>(
      `INSERT INTO mail_outbox (to_address, template, subject, text_body, html_body, created_at)
       VALUES ('orphan@example.org', 'password-reset', 'Reset', 'text', '<p>html</p>', now())
       RETURNING id`,
    );
    await t.app.get(MailSender).sweep();
    await eventually(() => (receivedBy('orphan@example.org').length ? true : undefined));
    expect(receivedBy('orphan@example.org')[0].messageId).toBe(`<${id}@audit.example.org>`);
  });
});

describe('mail with no SMTP_URL', () => {
  it('outside production: the Sent mail pages, newest first, each admin their own', async () => {
    const t = await startTestApp({ PUBLIC_URL });
    try {
      const outbox = t.app.get(MailOutbox);
      const a = (await t.given.partnership()).id;
      const b = (await t.given.partnership()).id;
      // An hour apart, ending now (a session's cookie expires from the clock's time).
      const now = new Date();
      const hoursAgo = (h: number) => t.clock.set(new Date(now.getTime() - h * 3600_000));
      hoursAgo(3);
      await t.db.transaction((tx) => outbox.enqueue(tx, invitation('first@example.org', a, 'one')));
      hoursAgo(2);
      await t.db.transaction((tx) =>
        outbox.enqueue(tx, invitation('second@example.org', a, 'two')),
      );
      hoursAgo(1);
      await t.db.transaction((tx) => outbox.enqueue(tx, invitation('other@example.org', b)));
      t.clock.set(now);
      await t.db.transaction((tx) =>
        outbox.enqueue(tx, {
          to: 'reset@example.org',
          template: 'password-reset',
          params: { path: '/reset-password/r1' },
          partnershipId: null,
          userId: null,
        }),
      );
      expect((await t.client().get('/api/health').expect(200)).body.mailKeptLocally).toBe(true);

      const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
      const all = (await platform.get('/api/mail').expect(200)).body as { to: string }[];
      expect(all.map((m) => m.to)).toEqual([
        'reset@example.org',
        'other@example.org',
        'second@example.org',
        'first@example.org',
      ]);

      const adminA = await t.as(
        await t.given.user({ role: 'partnership_admin', partnershipId: a }),
      );
      const mailA = (await adminA.get(`/api/partnerships/${a}/mail`).expect(200)).body;
      expect(mailA).toHaveLength(2);
      expect(mailA[0]).toMatchObject({
        to: 'second@example.org',
        partnershipId: a,
        template: 'invitation',
        subject: 'You are invited to Northshire Safeguarding Children Partnership on PIES Audit',
        status: 'queued',
        attempts: 0,
        sentAt: null,
        lastError: null,
        createdAt: new Date(now.getTime() - 2 * 3600_000).toISOString(),
      });
      expect(mailA[0].textBody).toContain(`${PUBLIC_URL}/invitation/two`);
      expect(mailA[0].htmlBody).toContain(`href='${PUBLIC_URL}/invitation/two'`);
      await adminA.get(`/api/partnerships/${b}/mail`).expect(404);
      await adminA.get('/api/mail').expect(403);
    } finally {
      await t.close();
    }
  });

  it('outside production: kept queued, its link logged once after the commit', async () => {
    const t = await startTestApp({ PUBLIC_URL });
    const info = captureLog('info');
    try {
      const outbox = t.app.get(MailOutbox);
      await t.db.transaction((tx) => outbox.enqueue(tx, invitation('kept@example.org', null)));
      const logged = () =>
        info.calls.filter(([fields]) => (fields as { to?: string }).to === 'kept@example.org');
      await eventually(() => (logged().length ? true : undefined));
      expect(logged()[0][0]).toMatchObject({ link: `${PUBLIC_URL}/invitation/tok123` });
      await t.app.get(MailSender).sweep();
      await new Promise((r) => setTimeout(r, 1500));
      expect(logged()).toHaveLength(1);
      const [row] = await t.db.query<OutboxRow[]>(
        `SELECT * FROM mail_outbox WHERE to_address = 'kept@example.org'`,
      );
      expect(row).toMatchObject({ status: 'queued', attempts: 0, sent_at: null });
    } finally {
      info.restore();
      await t.close();
    }
  });

  it('in production: the app starts, keeps mail queued and logs no link', async () => {
    const warn = captureLog('warn');
    const info = captureLog('info');
    const t = await startTestApp({
      NODE_ENV: 'production',
      SECRETS_KEY: randomBytes(32).toString('base64'),
      PUBLIC_URL,
      COOKIE_SECURE: 'false', // supertest speaks plain HTTP
    });
    try {
      expect(warn.calls.some((call) => /no SMTP_URL/.test(JSON.stringify(call)))).toBe(true);
      const outbox = t.app.get(MailOutbox);
      await t.db.transaction((tx) => outbox.enqueue(tx, invitation('prod@example.org', null)));
      // The job has run once its row is committed; give it time, then look.
      await new Promise((r) => setTimeout(r, 2500));
      const [row] = await t.db.query<OutboxRow[]>(
        `SELECT * FROM mail_outbox WHERE to_address = 'prod@example.org'`,
      );
      expect(row).toMatchObject({ status: 'queued', attempts: 0 });
      const admin = await t.as(await t.given.user({ role: 'platform_admin' }));
      await admin.get('/api/mail').expect(404);
      const pid = (await t.given.partnership()).id;
      await admin.get(`/api/partnerships/${pid}/mail`).expect(404);
      expect((await t.client().get('/api/health').expect(200)).body.mailKeptLocally).toBe(false);
      const everything = JSON.stringify([...info.calls, ...warn.calls]);
      expect(everything).not.toContain('tok123');
    } finally {
      warn.restore();
      info.restore();
      await t.close();
    }
  });
});
