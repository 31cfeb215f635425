import type { Browser } from 'puppeteer-core';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  focused,
  newPage,
  screenshot,
  signedInPage,
  signIn,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

/**
 * The agency lead's path (their organisation, adding a contributor), failed sign-ins (the error
 * summary, then the rate limit's wait), the pages for "not found" and "no access", signing out,
 * and the layout on a phone-sized screen.
 */
describe('admin app: agency lead, sign-in failures and error pages', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  let org: { id: string; name: string };
  let otherOrg: { id: string; name: string };
  let lead: { email: string; password: string };

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    partnership = await app.given.partnership({ name: 'Eastfield Safeguarding Partnership' });
    org = await app.given.organisation({
      partnershipId: partnership.id,
      sector: 'education',
      name: 'Meadowbank Primary School',
    });
    const otherPartnership = await app.given.partnership();
    otherOrg = await app.given.organisation({ partnershipId: otherPartnership.id });
    lead = await app.given.user({
      role: 'agency_lead',
      organisationId: org.id,
      email: 'chris.taylor@meadowbank.example',
    });
    await app.db.query('UPDATE users SET name = $1 WHERE email = $2', ['Chris Taylor', lead.email]);
    await app.db.query('UPDATE organisations SET contact_email = $1 WHERE id = $2', [
      'dsl@meadowbank.example',
      org.id,
    ]);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'lets an agency lead add a contributor to their organisation',
    async () => {
      // One organisation role: sign-in lands on the organisation.
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      expect(page.url()).toBe(`${app.baseUrl}/organisations/${org.id}`);
      expect(await textOf(page, 'tbody')).toContain(lead.email);
      expect(await textOf(page, 'tbody')).toContain('Agency lead');
      // No "Change" links: only the partnership's admins change the organisation.
      expect(await page.$$('.govuk-summary-list__actions a')).toHaveLength(0);
      await expectAccessible(page, 'organisation (agency lead)');
      await screenshot(page, 'organisation-lead');

      await page.click(`a[href="/organisations/${org.id}/members/new"]`);
      await waitForHeading(page, 'Add a contributor');
      // A lead adds contributors only: no choice of role.
      expect(await page.$('input[name=role]')).toBeNull();
      await expectAccessible(page, 'add a contributor');

      // A name is needed: the API says so and the form shows it on the field. No password:
      // she chooses her own from the mail.
      expect(await page.$('#password')).toBeNull();
      await fill(page, '#email', 'priya.shah@meadowbank.example');
      await page.click('button[type=submit]');
      await page.waitForSelector('#name-error');
      expect(await textOf(page, '.govuk-error-summary')).toContain('Enter full name');
      expect(await page.title()).toBe('Error: Add a contributor – PIES Audit');
      await expectAccessible(page, 'add a contributor with errors');
      await screenshot(page, 'add-contributor-errors');

      await fill(page, '#name', 'Priya Shah');
      await page.click('button[type=submit]');
      await waitForHeading(page, org.name);
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'The agency contributor role has been given to priya.shah@meadowbank.example',
      );
      // A member once she accepts, at her next sign-in.
      expect(await textOf(page, 'tbody')).not.toContain('priya.shah@meadowbank.example');
      await expectAccessible(page, 'organisation after adding a contributor');

      const [member] = await app.db.query(
        `SELECT m.role, m.organisation_id, m.status FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE u.email = $1`,
        ['priya.shah@meadowbank.example'],
      );
      expect(member).toEqual({
        role: 'agency_contributor',
        organisation_id: org.id,
        status: 'pending',
      });

      // Pages the lead may not see: another partnership's organisation is "not found" (the API
      // answers 404), the partnership's people page says "no access", an unknown address is 404.
      await page.goto(`${app.baseUrl}/organisations/${otherOrg.id}`);
      await waitForHeading(page, 'Page not found');
      await expectAccessible(page, 'not found (other tenant)');
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/people`);
      await waitForHeading(page, 'You do not have access to this page');
      expect(await textOf(page, 'main')).toContain(lead.email);
      await expectAccessible(page, 'no access');
      await screenshot(page, 'no-access');
      await page.goto(`${app.baseUrl}/no/such/page`);
      await waitForHeading(page, 'Page not found');
      expect(await page.title()).toBe('Page not found – PIES Audit');
      await expectAccessible(page, 'not found');
      await screenshot(page, 'not-found');

      // The session ends on the server (idle timeout, or signed out elsewhere): the next call
      // answers 401 and the app asks the user to sign in again, then brings them back.
      await app.db.query('DELETE FROM sessions');
      await page.click(`.govuk-service-navigation a[href="/organisations/${org.id}"]`);
      await waitForHeading(page, 'Sign in to PIES Audit');
      expect(await textOf(page, '.govuk-notification-banner')).toContain('Your session has ended');
      await expectAccessible(page, 'sign in after the session ended');
      await fill(page, '#email', lead.email);
      await fill(page, '#password', lead.password);
      await page.click('button[type=submit]');
      await waitForHeading(page, org.name);
      expect(page.url()).toBe(`${app.baseUrl}/organisations/${org.id}`);

      // Sign out: back to sign in, and the session is over.
      await page.click('.app-header__sign-out');
      await waitForHeading(page, 'Sign in to PIES Audit');
      expect(await textOf(page, '.govuk-notification-banner')).toContain('You have signed out');
      await expectAccessible(page, 'signed out');
      await page.goto(`${app.baseUrl}/organisations/${org.id}`);
      await waitForHeading(page, 'Sign in to PIES Audit');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows an error summary for a wrong password, then how long to wait when rate limited',
    async () => {
      const victim = await app.given.user({
        role: 'agency_contributor',
        organisationId: org.id,
        email: 'sam.lee@meadowbank.example',
      });
      await app.db.query('UPDATE users SET name = $1 WHERE email = $2', ['Sam Lee', victim.email]);
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}/sign-in`);
      await waitForHeading(page, 'Sign in to PIES Audit');

      // Empty form: checked before sending.
      await page.click('button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(
        await page.$$eval('.govuk-error-summary__list a', (l) => l.map((a) => a.textContent)),
      ).toEqual(['Enter your email address', 'Enter your password']);
      await expectAccessible(page, 'sign in, empty');

      // Five failures from one browser and address use up the sign-in allowance.
      for (let attempt = 1; attempt <= 5; attempt++) {
        await fill(page, '#email', victim.email);
        await fill(page, '#password', `wrong password ${attempt}`);
        const [answer] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
          page.click('button[type=submit]'),
        ]);
        expect(answer.status()).toBe(401);
        await page.waitForFunction(
          () =>
            document
              .querySelector('.govuk-error-summary')
              ?.textContent?.includes('The email address or password is not right') &&
            document.activeElement?.classList.contains('govuk-error-summary'),
        );
      }
      expect(await focused(page)).toContain('govuk-error-summary');
      expect(await page.title()).toBe('Error: Sign in – PIES Audit');
      // The password is cleared after a failure.
      expect(await page.$eval('#password', (e) => (e as PageElement).value)).toBe('');
      await expectAccessible(page, 'sign in, wrong password');
      await screenshot(page, 'sign-in-error');

      // The limit is reached: even the right password waits, and the page says for how long.
      await fill(page, '#email', victim.email);
      await fill(page, '#password', victim.password);
      await page.click('button[type=submit]');
      await page.waitForFunction(() =>
        document.querySelector('.govuk-error-summary')?.textContent?.includes('too many'),
      );
      expect(await textOf(page, '.govuk-error-summary')).toMatch(
        /There have been too many attempts\. Wait (29|30) seconds, then try again\./,
      );
      await expectAccessible(page, 'sign in, rate limited');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'fits a phone screen (390 px): menu behind a button, no sideways scrolling',
    async () => {
      const admin = await app.given.user({
        role: 'partnership_admin',
        partnershipId: partnership.id,
        email: 'alex.morgan@eastfield-sp.example',
      });
      await app.db.query('UPDATE users SET name = $1 WHERE email = $2', [
        'Alex Morgan',
        admin.email,
      ]);
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      await page.goto(`${app.baseUrl}/sign-in`);
      await waitForHeading(page, 'Sign in to PIES Audit');
      await expectAccessible(page, 'sign in (phone)');
      await screenshot(page, 'sign-in-phone');
      await signIn(page, app.baseUrl, admin, partnership.name);
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/organisations`);
      await waitForHeading(page, 'Organisations');
      const fits = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await fits()).toBe(true);

      // The service navigation collapses behind "Menu" and opens with it.
      expect(await page.$eval('#navigation', (e) => (e as PageElement).hidden)).toBe(true);
      await page.click('.govuk-service-navigation__toggle');
      expect(await page.$eval('#navigation', (e) => (e as PageElement).hidden)).toBe(false);
      expect(
        await page.$eval('.govuk-service-navigation__toggle', (e) =>
          e.getAttribute('aria-expanded'),
        ),
      ).toBe('true');
      await expectAccessible(page, 'organisations (phone, menu open)');
      await screenshot(page, 'organisations-phone');

      await page.click(`a[href="/organisations/${org.id}"]`);
      await waitForHeading(page, org.name);
      expect(await fits()).toBe(true);
      await expectAccessible(page, 'organisation (phone)');
      await screenshot(page, 'organisation-phone');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
