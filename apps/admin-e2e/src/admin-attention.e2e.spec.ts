import { londonMidnight } from '@pies/domain';
import type { Browser } from 'puppeteer-core';
import { eventually, TestSmtpServer } from '../../api/test/smtp-server';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import { testFrameworkYaml } from '../../api/test/test-framework';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  newPage,
  screenshot,
  signIn,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument } from './page-globals';

declare const document: PageDocument;

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
const HEADING = 'What needs your attention';

/**
 * The home page starts with what needs each person: the board's audits awaiting a decision and
 * replies to its challenges, the lead's audit (due soon) and actions due, the contributor's
 * assigned indicators, the admin's agencies not started and mail the server refused; and "Nothing
 * needs you now" for someone with nothing. Each page is checked with axe.
 */
describe('admin app: what needs your attention', () => {
  let app: TestApp;
  let browser: Browser;
  let smtp: TestSmtpServer;
  const people: Record<string, TestUser> = {};
  const as: Record<string, Client> = {};
  const audit: Record<string, string> = {};
  let overdueAction: string;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    ({ app, browser } = await startBrowserApp({ SMTP_URL: await smtp.start() }));
    // Ahead of the real time: the app's cookies must not look expired to the browser.
    app.clock.set(new Date(londonMidnight('2027-03-02').getTime() + 10 * 3600_000));
    const platform = await app.as(await app.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    const pid = (await app.given.partnership({ name: 'Northshire Safeguarding Partnership' })).id;
    const org: Record<string, string> = {};
    for (const name of ['Riverside Academy', 'Hilltop Surgery', 'Meadow Nursery'])
      org[name] = (await app.given.organisation({ partnershipId: pid, name })).id;
    const make = async (key: string, role: Parameters<TestApp['given']['user']>[0]) => {
      people[key] = await app.given.user(role);
      as[key] = await app.as(people[key]);
    };
    await make('admin', { role: 'partnership_admin', partnershipId: pid });
    await make('board', { role: 'board_member', partnershipId: pid });
    await make('lead', { role: 'agency_lead', organisationId: org['Riverside Academy'] });
    await make('hilltop', { role: 'agency_lead', organisationId: org['Hilltop Surgery'] });
    await make('contributor', {
      role: 'agency_contributor',
      organisationId: org['Riverside Academy'],
    });
    await make('nobody', {});
    const cycle = await as.admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2027-03-01',
        dueOn: '2027-03-20',
        status: 'open',
      })
      .expect(201);
    for (const a of (await as.admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200))
      .body as { id: string; organisation: { name: string } }[])
      audit[a.organisation.name] = a.id;
    const riverside = audit['Riverside Academy'];
    const hilltop = audit['Hilltop Surgery'];
    await as.lead
      .put(`/api/audits/${riverside}/assignments`, {
        assignments: [{ userId: people.contributor.id, areaCode: 'I' }],
      })
      .expect(200);
    overdueAction = (
      await as.lead
        .post(`/api/audits/${riverside}/actions`, {
          indicatorCode: 'P1.1',
          description: 'Train governors on filtering',
          owner: 'Head teacher',
          dueOn: '2027-02-20',
        })
        .expect(201)
    ).body.id as string;
    for (const code of CODES)
      await as.hilltop
        .put(`/api/audits/${hilltop}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Our practice on ${code}.`,
        })
        .expect(200);
    await as.hilltop.post(`/api/audits/${hilltop}/submit`).expect(200);
    const challenge = (
      await as.board
        .post(`/api/audits/${hilltop}/challenges`, { question: 'Who checks the filtering logs?' })
        .expect(201)
    ).body;
    app.clock.set(new Date(app.clock.now().getTime() + 60_000));
    await as.hilltop
      .post(`/api/challenges/${challenge.id}/replies`, { body: 'The practice manager, weekly.' })
      .expect(201);
    // A mail the server refuses for good.
    await eventually(async () => {
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'queued'`,
      );
      return n === 0 ? true : undefined;
    });
    smtp.refuse = () => ({ code: 550, message: 'No such mailbox (test)' });
    await as.admin
      .post(`/api/partnerships/${pid}/users`, {
        email: 'moved.on@example.org',
        name: 'Moved On',
        memberships: [{ role: 'board_member' }],
      })
      .expect(202);
    await eventually(async () => {
      const rows = await app.db.query(
        `SELECT 1 FROM mail_outbox WHERE to_address = 'moved.on@example.org' AND status = 'failed'`,
      );
      return rows.length ? true : undefined;
    });
    smtp.refuse = () => null;
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await stopBrowserApp(app, browser);
    await smtp?.close();
  });

  /** Signs `who` in, opens the home page and waits for the attention lists to load. */
  async function home(who: string, landing: string) {
    const opened = await newPage(browser, app.baseUrl);
    await signIn(opened.page, app.baseUrl, people[who], landing);
    await opened.page.goto(`${app.baseUrl}/`);
    await waitForHeading(opened.page, HEADING);
    await opened.page.waitForSelector('#attention-nothing, .app-attention-list');
    return opened;
  }
  const headings = (page: Awaited<ReturnType<typeof home>>['page']) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.app-attention-list h2')].map((h) => h.textContent ?? ''),
    );
  const links = (page: Awaited<ReturnType<typeof home>>['page']) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.app-attention-list a')].map((a) =>
        (a as unknown as { getAttribute(n: string): string }).getAttribute('href'),
      ),
    );

  it(
    'the board member: audits awaiting a decision and replies to their challenge',
    async () => {
      const { page, problems, close } = await home('board', 'Northshire Safeguarding Partnership');
      expect(await headings(page)).toEqual([
        'Audits awaiting a decision (1)',
        'New replies to your challenges (1)',
      ]);
      const text = await textOf(page, '.app-attention');
      expect(text).toContain('Hilltop Surgery 2025-27 cycle, submitted 2 March 2027');
      expect(text).toContain(
        'Hilltop Surgery, about the whole audit 1 new reply since your last message, on 2 March 2027',
      );
      expect(await links(page)).toEqual([
        `/audits/${audit['Hilltop Surgery']}/review`,
        `/audits/${audit['Hilltop Surgery']}/challenges`,
      ]);
      // The existing home content stays below.
      expect(await textOf(page, 'main')).toContain('Your roles');
      await expectAccessible(page, 'the board member home page');
      await screenshot(page, 'attention-board');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the agency lead: their audit due soon and an overdue action',
    async () => {
      const { page, problems, close } = await home('lead', 'Riverside Academy');
      expect(await headings(page)).toEqual(['Your audit (1)', 'Actions due (1)']);
      const text = await textOf(page, '.app-attention');
      expect(text).toContain(
        '2025-27 cycle Northshire Safeguarding Partnership Due 20 March 2027 Due soon',
      );
      expect(text).toContain(
        'P1.1 Train governors on filtering Due 20 February 2027, owner: Head teacher Overdue',
      );
      expect(await links(page)).toEqual([
        `/audits/${audit['Riverside Academy']}`,
        `/audits/${audit['Riverside Academy']}/actions/${overdueAction}`,
      ]);
      // Further down, the organisation's open actions list it too, though the audit it lives in
      // is not started yet.
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('Open improvement actions'),
      );
      expect(await textOf(page, 'main')).toContain(
        'Open improvement actions P1.1: Train governors on filtering Overdue',
      );
      // With the way to the whole plan it lives in.
      expect(
        await page.$(`main a[href="/audits/${audit['Riverside Academy']}/actions"]`),
      ).not.toBeNull();
      await expectAccessible(page, 'the agency lead home page');
      await screenshot(page, 'attention-lead');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the contributor: their assigned indicators to answer',
    async () => {
      const { page, problems, close } = await home('contributor', '2025-27 audit'); // lands on their work
      expect(await headings(page)).toEqual(['Indicators assigned to you (1)']);
      expect(await textOf(page, '.app-attention')).toContain(
        '2025-27 cycle Northshire Safeguarding Partnership 3 indicators to answer, due 20 March 2027',
      );
      expect(await links(page)).toEqual([`/audits/${audit['Riverside Academy']}`]);
      await expectAccessible(page, 'the contributor home page');
      await screenshot(page, 'attention-contributor');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the partnership admin: the board lists, agencies not started, and refused mail with no Sent mail link',
    async () => {
      const { page, problems, close } = await home('admin', 'Northshire Safeguarding Partnership');
      expect(await headings(page)).toEqual([
        'Audits awaiting a decision (1)',
        'Audits not started, due within 30 days (2)',
        'Mail that could not be delivered (1)',
      ]);
      const text = await textOf(page, '.app-attention');
      // Riverside has assignments and actions but no answer yet: not started either.
      expect(text).toContain('Meadow Nursery 2025-27 cycle, due 20 March 2027');
      expect(text).toContain('Riverside Academy 2025-27 cycle, due 20 March 2027');
      expect(text).toContain('moved.on@example.org');
      // Mail is sent by a server here: there is no Sent mail page to link to.
      expect((await links(page)).filter((href) => href.endsWith('/mail'))).toEqual([]);
      await expectAccessible(page, 'the partnership admin home page');
      await screenshot(page, 'attention-admin');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'someone with nothing to do: "Nothing needs you now"',
    async () => {
      const { page, problems, close } = await home('nobody', HEADING);
      expect(await textOf(page, '#attention-nothing')).toBe('Nothing needs you now.');
      await expectAccessible(page, 'the home page with nothing to do');
      await screenshot(page, 'attention-nothing');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});

describe('admin app: failed mail where mail is kept in the app', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
  }, BROWSER_TIMEOUT);
  afterAll(() => stopBrowserApp(app, browser));

  it(
    'links to the Sent mail page, which exists here',
    async () => {
      const pid = (await app.given.partnership({ name: 'Northshire Safeguarding Partnership' })).id;
      const admin = await app.given.user({ role: 'partnership_admin', partnershipId: pid });
      // Refused while a mail server was configured, before it was taken away.
      await app.db.query(
        `INSERT INTO mail_outbox (partnership_id, to_address, template, subject, text_body, html_body, created_at, status, attempts, last_error)
         VALUES ($1, 'gone@example.org', 'invitation', 'You are invited', 'text', '<p>html</p>', $2, 'failed', 1, '550 No such mailbox')`,
        [pid, app.clock.now()],
      );
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, admin, 'Northshire Safeguarding Partnership');
      await page.goto(`${app.baseUrl}/`);
      await waitForHeading(page, HEADING);
      await page.waitForSelector('.app-attention-list');
      expect(await textOf(page, '.app-attention')).toContain('gone@example.org');
      await page.click(`a[href="/partnerships/${pid}/mail"]`);
      await waitForHeading(page, 'Sent mail');
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('gone@example.org'),
      );
      await expectAccessible(page, 'the Sent mail page from the home page');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
