import type { Browser } from 'puppeteer-core';
import { hash } from '@node-rs/argon2';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * Leavers, in the built admin app against the real API: a partnership admin removes a person's
 * role, and deactivates the account of someone signed in elsewhere, whose open session ends at
 * once. A person with a short password is made to change it at sign-in. Every page passes axe.
 */
describe('admin app: people and leavers', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  let admin: { email: string; password: string };
  let school: { id: string; name: string };

  const named = async (name: string, p: Parameters<TestApp['given']['user']>[0]) => {
    const user = await app.given.user(p);
    await app.db.query('UPDATE users SET name = $1 WHERE id = $2', [name, user.id]);
    return user;
  };

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    partnership = await app.given.partnership({ name: 'Northvale Safeguarding Partnership' });
    school = await app.given.organisation({
      partnershipId: partnership.id,
      name: 'Northvale Primary School',
    });
    admin = await named('Sam Carter', {
      role: 'partnership_admin',
      partnershipId: partnership.id,
    });
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'removes a role, and deactivates a person whose open session then ends',
    async () => {
      const leaver = await named('Robin Leaver', {
        role: 'agency_lead',
        organisationId: school.id,
      });
      await app.db.query(
        `INSERT INTO memberships (user_id, role, organisation_id, status) VALUES ($1, 'agency_contributor', $2, 'active')`,
        [leaver.id, school.id],
      );
      // The leaver is signed in in a browser of their own.
      const theirs = await signedInPage(browser, app, leaver, school.name);

      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/people`);
      await waitForHeading(page, 'People and roles');
      await expectAccessible(page, 'people');
      await page.click(`a[href="/partnerships/${partnership.id}/people/${leaver.id}"]`);
      await waitForHeading(page, 'Robin Leaver');
      expect(await textOf(page, '.govuk-summary-list')).toContain('Last signed in');
      await expectAccessible(page, 'person');

      // Remove the contributor role.
      const removeContributor = await page.$$eval('button', (buttons) =>
        buttons.findIndex((b) => b.textContent?.includes('role: Agency contributor')),
      );
      expect(removeContributor).toBeGreaterThanOrEqual(0);
      await (await page.$$('button'))[removeContributor].click();
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain(
        'The agency contributor role has been removed from Robin Leaver',
      );
      await page.waitForFunction(
        () => !document.querySelector('table')?.textContent?.includes('Agency contributor'),
      );
      await expectAccessible(page, 'person, role removed');

      // Their session works until the account is deactivated.
      await theirs.page.goto(`${app.baseUrl}/organisations/${school.id}`);
      await waitForHeading(theirs.page, school.name);

      await page.$$eval('button', (buttons) =>
        buttons.find((b) => b.textContent === 'Deactivate account')?.click(),
      );
      await page.waitForFunction(() =>
        document
          .querySelector('.govuk-notification-banner--success')
          ?.textContent?.includes("Robin Leaver's account has been deactivated"),
      );
      // The banner shows at once; the person's details reload after it.
      await page.waitForFunction(() =>
        document.querySelector('.govuk-summary-list')?.textContent?.includes('Deactivated on'),
      );
      await expectAccessible(page, 'person, deactivated');

      // Their next page finds the session gone, and signing in again is refused.
      await theirs.page.goto(`${app.baseUrl}/organisations/${school.id}`);
      await waitForHeading(theirs.page, 'Sign in');
      await expectAccessible(theirs.page, 'sign in after deactivation');
      await fill(theirs.page, '#email', leaver.email);
      await fill(theirs.page, '#password', leaver.password);
      await theirs.page.click('button[type=submit]');
      await theirs.page.waitForSelector('.govuk-error-summary');
      expect(await textOf(theirs.page, '.govuk-error-summary')).toContain(
        'The email address or password is not right',
      );

      // The people list shows them as deactivated.
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/people`);
      await waitForHeading(page, 'People and roles');
      expect(await textOf(page, 'tbody')).toContain('Deactivated');

      expect(problems).toEqual([]);
      expect(theirs.problems).toEqual([]);
      await theirs.close();
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'makes a person with a short password change it before anything else',
    async () => {
      const person = await named('Kim Short', { role: 'agency_lead', organisationId: school.id });
      const old = 'tiny-pass';
      await app.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
        person.id,
        await hash(old),
      ]);
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        { email: person.email, password: old },
        'Change your password',
      );
      expect(page.url()).toBe(`${app.baseUrl}/account/password`);
      await expectAccessible(page, 'change password');

      await fill(page, '#currentPassword', old);
      await fill(page, '#newPassword', 'Northvale Safeguarding Partnership');
      await page.click('button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '#newPassword-error')).toContain(
        'must not contain the name of PIES Audit or of a partnership',
      );
      await expectAccessible(page, 'change password, refused');

      await fill(page, '#newPassword', 'heron quarry velvet autumn');
      await page.click('button[type=submit]');
      await waitForHeading(page, school.name);
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain(
        'Your password has been changed',
      );
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
