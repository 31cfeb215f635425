import { NOTIFICATION_KINDS } from '@pies/domain';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import { testFrameworkYaml } from '../../api/test/test-framework';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  newPage,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

const PARTNERSHIP = 'Northshire Safeguarding Children Partnership';
const ORGANISATION = 'Riverside Academy';
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

const TITLES = {
  cycle_opened: `The 2026-28 audit cycle has opened for ${ORGANISATION}`,
  audit_challenged: `The board has a question about ${ORGANISATION}'s audit`,
  audit_returned: `${ORGANISATION}'s audit has been returned`,
};

const HEADER_LINK = '.app-header a[href="/notifications"]';

/** The header link's accessible name, as a screen reader reads it. */
async function headerLinkName(page: Page): Promise<string> {
  const link = await page.$(HEADER_LINK);
  if (!link) throw new Error('no Notifications link in the header');
  const node = await page.accessibility.snapshot({ root: link, interestingOnly: false });
  // Chromium spaces out the parts of a name (the count is an inline block): the words matter.
  return (node?.name ?? '').replace(/\s+/g, ' ').replace(' ,', ',').trim();
}

const noticesOf = (page: Page) =>
  page.$$eval('main .app-notice', (items) =>
    items.map((li) => {
      const e = li as PageElement & { querySelector(s: string): PageElement | null };
      return {
        title: e.querySelector('h2 a')?.innerText.trim() ?? '',
        href: e.querySelector('h2 a')?.getAttribute('href') ?? '',
        isNew: e.querySelector('.govuk-tag')?.innerText.trim() === 'New',
        time: e.querySelector('time')?.innerText.trim() ?? '',
      };
    }),
  );

async function flash(page: Page): Promise<string> {
  await page.waitForSelector('.govuk-notification-banner--success');
  return textOf(page, '.govuk-notification-banner--success');
}

/**
 * An agency lead's notices in the built admin app, against the real API and database: notices
 * that real changes produced (a cycle opened, the board's challenge and return) in the list and
 * the header's count; mark all read; the delivery settings, with the API's 400s shown in the
 * error summary; the unsubscribe page from a real mail's link, used twice; a tampered link. Every
 * page passes axe (WCAG 2.2 AA).
 */
describe('admin app: notifications', () => {
  let app: TestApp;
  let browser: Browser;
  let lead: TestUser;
  let boardUser: TestUser;
  /** A board member who joined after the submission: nothing to be told of. */
  let newBoardUser: TestUser;
  let leadApi: Client;
  let partnershipId: string;
  let auditId: string;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    const platform = await app.as(await app.given.user({ role: 'platform_admin' }));
    const versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id as string;
    const pid = (await app.given.partnership({ name: PARTNERSHIP })).id;
    const oid = (await app.given.organisation({ partnershipId: pid, name: ORGANISATION })).id;
    lead = await app.given.user({ role: 'agency_lead', organisationId: oid });
    boardUser = await app.given.user({ role: 'board_member', partnershipId: pid });
    const admin = await app.as(
      await app.given.user({ role: 'partnership_admin', partnershipId: pid }),
    );
    const board = await app.as(boardUser);
    leadApi = await app.as(lead);
    partnershipId = pid;

    // The admin opens a cycle: the lead is told. The lead submits; the board challenges an
    // answer and returns the audit: the lead is told of each. A second apart, so each has its own
    // place in the list.
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2026-28',
        frameworkVersionId: versionId,
        opensOn: '2026-09-01',
        dueOn: '2028-08-31',
        status: 'open',
      })
      .expect(201);
    auditId = (await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200)).body[0].id;
    for (const code of CODES)
      await leadApi
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `What the academy does for ${code}.`,
        })
        .expect(200);
    await leadApi.post(`/api/audits/${auditId}/submit`).expect(200);
    await new Promise((r) => setTimeout(r, 1100));
    await board
      .post(`/api/audits/${auditId}/challenges`, {
        indicatorCode: 'P1.1',
        question: 'How often are the filtering logs read?',
      })
      .expect(201);
    await new Promise((r) => setTimeout(r, 1100));
    await board
      .post(`/api/audits/${auditId}/return`, { reason: 'The evidence for P1.1 is thin.' })
      .expect(200);
    const list = (await leadApi.get('/api/account/notifications').expect(200)).body;
    expect(list.unread).toBe(3);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'shows the unread count in the header, lists the notices newest first, and marks them all read',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, lead, ORGANISATION);
      await page.waitForSelector(`${HEADER_LINK} .app-header__count`);
      expect(await headerLinkName(page)).toBe('Notifications, 3 unread');
      expect(await textOf(page, `${HEADER_LINK} .app-header__count`)).toBe('3');

      await page.click(HEADER_LINK);
      await waitForHeading(page, 'Notifications');
      await page.waitForSelector('main .app-notice');
      const notices = await noticesOf(page);
      expect(notices.map((n) => n.title)).toEqual([
        TITLES.audit_returned,
        TITLES.audit_challenged,
        TITLES.cycle_opened,
      ]);
      expect(notices.every((n) => n.isNew)).toBe(true);
      expect(notices.map((n) => n.href)).toEqual([
        `/audits/${auditId}`,
        `/audits/${auditId}`,
        `/audits/${auditId}`,
      ]);
      // London date and time, as the service shows every time.
      const [{ createdAt }] = (await leadApi.get('/api/account/notifications').expect(200)).body
        .items;
      const london = new Intl.DateTimeFormat('en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/London',
      }).format(new Date(createdAt as string));
      expect(notices[0].time).toBe(london);
      const main = await textOf(page, 'main');
      expect(main).toContain('You have 3 unread notifications.');
      expect(main).toContain(
        `The board of ${PARTNERSHIP} has returned the 2026-28 audit to you, with its reason.`,
      );
      expect(main).not.toContain('The evidence for P1.1 is thin.');
      await expectAccessible(page, 'notifications, three unread');
      await screenshot(page, 'notifications');
      // On a phone: nothing reaches past the screen's edge, the count included.
      await page.setViewport({ width: 390, height: 844 });
      const overflowing = await page.evaluate(() => {
        type Box = { getBoundingClientRect(): { right: number } };
        return [...document.querySelectorAll('body *')]
          .filter((e) => (e as unknown as Box).getBoundingClientRect().right > 390.5)
          .map((e) => `${e.tagName}.${e.className}`);
      });
      expect(overflowing).toEqual([]);
      await expectAccessible(page, 'notifications on a phone');
      await screenshot(page, 'notifications-phone');
      await page.setViewport({ width: 1280, height: 900 });

      await page.click('main button.govuk-button--secondary');
      expect(await flash(page)).toContain('All your notifications are marked as read');
      await page.waitForFunction(() => !document.querySelector('main .app-notice .govuk-tag'));
      expect(await noticesOf(page)).toHaveLength(3);
      expect(await page.$('main button.govuk-button--secondary')).toBeNull();
      await page.waitForFunction(
        (sel: string) => !document.querySelector(`${sel} .app-header__count`),
        {},
        HEADER_LINK,
      );
      expect(await headerLinkName(page)).toBe('Notifications');
      expect((await leadApi.get('/api/account/notifications').expect(200)).body.unread).toBe(0);
      await expectAccessible(page, 'notifications, all read');

      // A notice takes the lead to its page.
      await page.click(`main .app-notice:nth-child(2) h2 a`);
      await waitForHeading(page, '2026-28 audit');
      expect(page.url()).toBe(`${app.baseUrl}/audits/${auditId}`);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows a person with no notices an empty list',
    async () => {
      newBoardUser = await app.given.user({ role: 'board_member', partnershipId });
      const { page, problems, close } = await signedInPage(browser, app, newBoardUser, PARTNERSHIP);
      expect(await headerLinkName(page)).toBe('Notifications');
      await page.click(HEADER_LINK);
      await waitForHeading(page, 'Notifications');
      expect(await textOf(page, 'main')).toContain(
        'You have no notifications from the last 90 days.',
      );
      expect(await page.$('main .app-notice')).toBeNull();
      await expectAccessible(page, 'notifications, none');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'changes how each kind is told and the digest hour; the API’s 400s name the fields',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, lead, ORGANISATION);
      await page.click(HEADER_LINK);
      await waitForHeading(page, 'Notifications');
      await page.click('main a[href="/account/notifications"]');
      await waitForHeading(page, 'Notification settings');
      // Everything at once by default but the board's submissions (a daily summary at 07:00).
      const checked = (id: string) =>
        page.$eval(id, (e) => (e as PageElement & { checked: boolean }).checked);
      for (const kind of NOTIFICATION_KINDS)
        expect(
          await checked(kind === 'audit_submitted' ? `#delivery-${kind}-2` : `#delivery-${kind}`),
        ).toBe(true);
      expect(await page.$eval('#digestHour', (e) => (e as PageElement).value)).toBe('7');
      const hours = await page.$$eval('#digestHour option', (os) =>
        os.map((o) => (o as PageElement).innerText),
      );
      expect(hours).toHaveLength(24);
      expect([hours[0], hours[7], hours[23]]).toEqual(['00:00', '07:00', '23:00']);
      expect(await textOf(page, 'main form')).toContain('When a new audit cycle opens');
      await expectAccessible(page, 'notification settings');
      await screenshot(page, 'notification-settings');

      // No hour outside 0-23 can be chosen, nor a delivery not offered: what the API says if a
      // request carries them anyway (changed on its way) is shown against the fields.
      await page.setRequestInterception(true);
      const tamper = (request: HTTPRequest) => {
        if (request.method() === 'PUT' && request.url().endsWith('/notification-preferences')) {
          const body = JSON.parse(request.postData() ?? '{}') as {
            digestHour: number;
            kinds: { kind: string; delivery: string }[];
          };
          body.digestHour = 24;
          body.kinds[1].delivery = 'pigeon';
          void request.continue({ postData: JSON.stringify(body) });
        } else void request.continue();
      };
      page.on('request', tamper);
      await page.click('#delivery-cycle_opened-3');
      await page.select('#digestHour', '18');
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      const summary = await page.$$eval('.govuk-error-summary__list a', (as) =>
        as.map((a) => ({
          text: (a as PageElement).innerText.trim(),
          href: (a as PageElement).getAttribute('href'),
        })),
      );
      expect(summary).toEqual([
        {
          text: 'Select how to be told an audit is due soon',
          href: '#delivery-audit_due',
        },
        { text: 'Select a time for the daily summary', href: '#digestHour' },
      ]);
      expect(await textOf(page, '#digestHour-error')).toContain(
        'Select a time for the daily summary',
      );
      expect(await page.title()).toMatch(/^Error: Notification settings/);
      await expectAccessible(page, 'notification settings with errors');
      await screenshot(page, 'notification-settings-errors');
      // Nothing was saved.
      const unchanged = (await leadApi.get('/api/account/notification-preferences').expect(200))
        .body;
      expect(unchanged.digestHour).toBe(7);
      page.off('request', tamper);
      await page.setRequestInterception(false);

      // Sent as chosen: saved, and back on the list with a confirmation.
      await page.click('main form button[type=submit]');
      await waitForHeading(page, 'Notifications');
      expect(await flash(page)).toContain('Your notification settings have been saved');
      const saved = (await leadApi.get('/api/account/notification-preferences').expect(200)).body;
      expect(saved).toEqual({
        digestHour: 18,
        kinds: [
          { kind: 'cycle_opened', delivery: 'off' },
          { kind: 'audit_due', delivery: 'immediate' },
          { kind: 'audit_overdue', delivery: 'immediate' },
          { kind: 'audit_challenged', delivery: 'immediate' },
          { kind: 'audit_returned', delivery: 'immediate' },
          { kind: 'audit_accepted', delivery: 'immediate' },
          { kind: 'audit_submitted', delivery: 'digest' },
          { kind: 'challenge_replied', delivery: 'immediate' },
          { kind: 'contributor_assigned', delivery: 'immediate' },
          { kind: 'contributor_done', delivery: 'immediate' },
          { kind: 'action_assigned', delivery: 'immediate' },
          { kind: 'action_due', delivery: 'immediate' },
          { kind: 'action_overdue', delivery: 'immediate' },
        ],
      });
      await expectAccessible(page, 'notifications after saving settings');

      // The page shows what was saved.
      await page.goto(`${app.baseUrl}/account/notifications`);
      await waitForHeading(page, 'Notification settings');
      expect(
        await page.$eval(
          '#delivery-cycle_opened-3',
          (e) => (e as PageElement & { checked: boolean }).checked,
        ),
      ).toBe(true);
      expect(await page.$eval('#digestHour', (e) => (e as PageElement).value)).toBe('18');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'unsubscribes from a real mail’s link, says so when it is used again, and explains a bad link',
    async () => {
      // The newest mail to the lead: the audit's return, with its unsubscribe link.
      const [mail] = (await app.db.query(
        `SELECT text_body, list_unsubscribe FROM mail_outbox
          WHERE to_address = $1 AND list_unsubscribe IS NOT NULL
          ORDER BY created_at DESC, xmin::text::bigint DESC LIMIT 1`,
        [lead.email],
      )) as { text_body: string; list_unsubscribe: string }[];
      expect(mail.text_body).toContain(TITLES.audit_returned);
      const path = /https?:\/\/[^\s/]+(\/unsubscribe\/[^\s>]+)/.exec(mail.text_body)?.[1];
      if (!path) throw new Error(`no unsubscribe link in:\n${mail.text_body}`);
      const token = path.slice('/unsubscribe/'.length);
      // The same link the List-Unsubscribe header gives mail clients.
      expect(mail.list_unsubscribe).toMatch(
        new RegExp(`^https?://[^/]+/api/unsubscribe/${token}$`),
      );

      // Opened from the mail: signed out, in a browser of its own.
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}${path}`);
      await waitForHeading(page, 'Unsubscribe from emails');
      const intro = await textOf(page, 'main');
      expect(intro).toContain('This link stops the emails PIES Audit sends you when:');
      expect(
        await page.$$eval('main li', (li) => li.map((e) => (e as PageElement).innerText)),
      ).toEqual(['the board returns an audit']);
      expect(await page.$(HEADER_LINK)).toBeNull();
      await expectAccessible(page, 'unsubscribe');
      await screenshot(page, 'unsubscribe');

      await page.click('main button[type=submit]');
      await waitForHeading(page, 'You have unsubscribed');
      const done = await textOf(page, 'main');
      expect(done).toContain('You will no longer get emails when:');
      expect(done).toContain('the board returns an audit');
      expect(done).toContain('You will still see these in the app');
      await expectAccessible(page, 'unsubscribed');
      await screenshot(page, 'unsubscribed');
      const prefs = (await leadApi.get('/api/account/notification-preferences').expect(200)).body;
      expect(prefs.kinds).toContainEqual({ kind: 'audit_returned', delivery: 'off' });
      expect(prefs.kinds).toContainEqual({ kind: 'audit_challenged', delivery: 'immediate' });

      // Opened again: already done.
      await page.reload();
      await waitForHeading(page, 'You had already unsubscribed');
      expect(await textOf(page, 'main')).toContain(
        'You had already unsubscribed from emails when:',
      );
      expect(await page.$('main button[type=submit]')).toBeNull();
      await expectAccessible(page, 'already unsubscribed');

      // A link changed by one character, and one that is nothing like a link.
      const last = token.at(-1) === 'A' ? 'B' : 'A';
      for (const bad of [`${token.slice(0, -1)}${last}`, 'not-a-link']) {
        await page.goto(`${app.baseUrl}/unsubscribe/${bad}`);
        await waitForHeading(page, 'This unsubscribe link does not work');
      }
      await expectAccessible(page, 'unsubscribe link that does not work');
      await screenshot(page, 'unsubscribe-bad-link');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
