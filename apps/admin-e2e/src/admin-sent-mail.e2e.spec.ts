import type { Browser } from 'puppeteer-core';
import { MailOutbox } from '../../api/src/mail/mail-outbox';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';

const PUBLIC_URL = 'https://audit.example.org';

/**
 * With no mail server (the test app's default outside production), a partnership admin reads
 * their partnership's mail on the Sent mail page, its link clickable. Every page passes axe.
 */
describe('admin app: sent mail', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp({ PUBLIC_URL }));
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    "shows a partnership admin their partnership's mail, and only theirs",
    async () => {
      const partnership = await app.given.partnership({ name: 'Westmere Partnership' });
      const other = await app.given.partnership();
      const admin = await app.given.user({
        role: 'partnership_admin',
        partnershipId: partnership.id,
      });
      const outbox = app.app.get(MailOutbox);
      const invite = (to: string, partnershipId: string, token: string) =>
        app.db.transaction((tx) =>
          outbox.enqueue(tx, {
            to,
            template: 'invitation',
            params: {
              path: `/invitation/${token}`,
              inviterName: 'Sam Carter',
              placeName: 'Westmere Partnership',
              expiresOn: '12 December 2026',
            },
            partnershipId,
            userId: null,
          }),
        );
      await invite('robin@example.org', partnership.id, 'westmere-token');
      await invite('someone@example.org', other.id, 'other-token');

      const { page, problems, close } = await signedInPage(
        browser,
        app,
        admin,
        'Westmere Partnership',
      );
      // From the partnership's page: the menu keeps to the everyday pages.
      await page.click(`.govuk-service-navigation a[href="/partnerships/${partnership.id}"]`);
      await page.waitForSelector(`main a[href="/partnerships/${partnership.id}/mail"]`);
      await page.click(`main a[href="/partnerships/${partnership.id}/mail"]`);
      await waitForHeading(page, 'Sent mail');
      const card = await textOf(page, '.govuk-summary-card');
      expect(card).toContain('You are invited to Westmere Partnership on PIES Audit');
      expect(card).toContain('robin@example.org');
      expect(card).toContain('Queued');
      expect(await textOf(page, 'main')).not.toContain('someone@example.org');
      const links = await page.$$eval('.app-sent-mail__body a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(links).toEqual([`${PUBLIC_URL}/invitation/westmere-token`]);
      await expectAccessible(page, 'sent mail');
      await page.click('.govuk-details__summary');
      await expectAccessible(page, 'sent mail, HTML shown');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
