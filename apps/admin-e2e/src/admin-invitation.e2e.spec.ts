import type { Browser, Page } from 'puppeteer-core';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  linkFromMail,
  newPage,
  signedInPage,
  signIn,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * Links by mail, in the built admin app against the real API: an admin invites a person, sends
 * the invitation again and revokes another; the person sets their password from the mail's link,
 * is signed in and accepts the role. Someone who forgot their password resets it from the sign-in
 * page and signs in with the new one. Links are read from the mail outbox. Every page passes axe.
 */
describe('admin app: invitations and password resets by mail', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  let admin: { email: string; password: string };

  /** Waits for a success banner saying `text` (the page may also show the last page's). */
  const bannerSays = (page: Page, text: string) =>
    page.waitForFunction(
      (t: string) =>
        [...document.querySelectorAll('.govuk-notification-banner--success')].some((b) =>
          b.textContent?.includes(t),
        ),
      {},
      text,
    );

  /** Clicks the button whose text (visible and hidden) contains `text`, once it is shown. */
  const clickButton = async (page: Page, text: string) => {
    await page.waitForFunction(
      (t: string) =>
        [...document.querySelectorAll('button')].some((b) => b.textContent?.includes(t)),
      {},
      text,
    );
    const index = await page.$$eval(
      'button',
      (buttons, t) => buttons.findIndex((b) => b.textContent?.includes(t as string)),
      text,
    );
    await (await page.$$('button'))[index].click();
  };

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    partnership = await app.given.partnership({ name: 'Westmere Safeguarding Partnership' });
    admin = await app.given.user({ role: 'partnership_admin', partnershipId: partnership.id });
    await app.db.query(`UPDATE users SET name = 'Jordan Reid' WHERE email = $1`, [admin.email]);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'invites a person, who sets a password from the mail, signs in and accepts the role',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      const invite = async (name: string, email: string) => {
        await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/people/new`);
        await waitForHeading(page, 'Add a person');
        await fill(page, '#name', name);
        await fill(page, '#email', email);
        await page.click('#roles-2'); // board member (the first item's id is #roles)
        await page.click('button[type=submit]');
        await waitForHeading(page, 'People and roles');
      };
      await invite('Morgan Lee', 'morgan.lee@westmere.example');
      await invite('Casey Wrong', 'casey.wrong@westmere.example');
      // The pending invitations load after the page's heading.
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('morgan.lee@westmere.example'),
      );
      expect(await textOf(page, 'main')).toContain('casey.wrong@westmere.example');
      await expectAccessible(page, 'people with pending invitations');

      // Revoke the one sent to the wrong person: its link stops working.
      const wrongLink = await linkFromMail(app, 'casey.wrong@westmere.example');
      await clickButton(page, 'Revoke to casey.wrong@westmere.example');
      await bannerSays(page, 'The invitation to casey.wrong@westmere.example has been revoked');
      await expectAccessible(page, 'people, invitation revoked');

      // Send Morgan's again: the first link stops working, the new one works.
      const firstLink = await linkFromMail(app, 'morgan.lee@westmere.example');
      await clickButton(page, 'Resend invitation to morgan.lee@westmere.example');
      await bannerSays(page, 'The invitation to morgan.lee@westmere.example has been sent again');
      const link = await linkFromMail(app, 'morgan.lee@westmere.example');
      expect(link).not.toBe(firstLink);
      expect(link).toMatch(/^\/invitation\//);
      expect(problems).toEqual([]);
      await close();

      const person = await newPage(browser, app.baseUrl);
      for (const dead of [firstLink, wrongLink]) {
        await person.page.goto(`${app.baseUrl}${dead}`);
        await waitForHeading(person.page, 'This link does not work');
      }
      await expectAccessible(person.page, 'link not working');

      await person.page.goto(`${app.baseUrl}${link}`);
      await waitForHeading(person.page, 'Set up your account');
      const shown = await textOf(person.page, '.govuk-summary-list');
      expect(shown).toContain('morgan.lee@westmere.example');
      expect(shown).toContain('Board member');
      expect(shown).toContain(partnership.name);
      await expectAccessible(person.page, 'set up your account');

      // Typed differently twice, then a password naming the partnership: each error on its field.
      await fill(person.page, '#password', 'tangerine lighthouse forty');
      await fill(person.page, '#confirm', 'tangerine lighthouse fourty');
      await person.page.click('button[type=submit]');
      await person.page.waitForSelector('#confirm-error');
      expect(await textOf(person.page, '#confirm-error')).toContain('The passwords do not match');
      await expectAccessible(person.page, 'set up your account, passwords differ');
      await fill(person.page, '#password', 'Westmere Safeguarding Partnership');
      await fill(person.page, '#confirm', 'Westmere Safeguarding Partnership');
      await person.page.click('button[type=submit]');
      await person.page.waitForSelector('#password-error');
      expect(await textOf(person.page, '#password-error')).toContain(
        'must not contain the name of PIES Audit or of a partnership',
      );
      await expectAccessible(person.page, 'set up your account, refused');

      const password = 'tangerine lighthouse forty';
      await fill(person.page, '#password', password);
      await fill(person.page, '#confirm', password);
      await person.page.click('button[type=submit]');
      await waitForHeading(person.page, 'Your invitations');
      expect(await textOf(person.page, '.govuk-notification-banner--success')).toContain(
        'Your password has been set and you are signed in',
      );
      expect(await textOf(person.page, '.govuk-summary-card')).toContain('Invited by Jordan Reid');
      await expectAccessible(person.page, 'invitations after setting the password');
      await clickButton(person.page, 'Accept');
      await bannerSays(person.page, 'You have accepted the board member role');

      // The link is used up; the password signs in.
      await person.page.click('.app-header__sign-out');
      await waitForHeading(person.page, 'Sign in to PIES Audit');
      await person.page.goto(`${app.baseUrl}${link}`);
      await waitForHeading(person.page, 'This link does not work');
      await signIn(
        person.page,
        app.baseUrl,
        { email: 'morgan.lee@westmere.example', password },
        partnership.name,
      );
      expect(person.problems).toEqual([]);
      await person.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'resets a forgotten password from the sign-in page and signs in with the new one',
    async () => {
      const user = await app.given.user({
        role: 'board_member',
        partnershipId: partnership.id,
      });
      // Signed in elsewhere: that session ends with the reset.
      const elsewhere = await signedInPage(browser, app, user, partnership.name);

      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}/sign-in`);
      await waitForHeading(page, 'Sign in to PIES Audit');
      await expectAccessible(page, 'sign in, with the forgotten password link');
      await page.click('a[href="/forgot-password"]');
      await waitForHeading(page, 'Reset your password');
      await expectAccessible(page, 'forgotten password');
      await page.click('button[type=submit]');
      await page.waitForSelector('#email-error');
      expect(await textOf(page, '#email-error')).toContain('Enter your email address');
      await expectAccessible(page, 'forgotten password, no address');
      await fill(page, '#email', user.email);
      await page.click('button[type=submit]');
      await waitForHeading(page, 'Check your email');
      expect(await textOf(page, 'main')).toContain(`If ${user.email} has a PIES Audit account`);
      await expectAccessible(page, 'check your email');

      const link = await linkFromMail(app, user.email);
      expect(link).toMatch(/^\/reset-password\//);
      await page.goto(`${app.baseUrl}${link}`);
      await waitForHeading(page, 'Choose a new password');
      await expectAccessible(page, 'choose a new password');
      await fill(page, '#password', 'short');
      await fill(page, '#confirm', 'short');
      await page.click('button[type=submit]');
      await page.waitForSelector('#password-error');
      expect(await textOf(page, '#password-error')).toContain('must be 12 characters or more');
      await expectAccessible(page, 'choose a new password, refused');
      const password = 'marble kestrel harvest moon';
      await fill(page, '#password', password);
      await fill(page, '#confirm', password);
      await page.click('button[type=submit]');
      await waitForHeading(page, 'Sign in to PIES Audit');
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain(
        'Your password has been changed',
      );
      await expectAccessible(page, 'sign in after the reset');

      // The other session has ended; the old password no longer works, the new one does.
      await elsewhere.page.goto(`${app.baseUrl}/partnerships/${partnership.id}`);
      await waitForHeading(elsewhere.page, 'Sign in to PIES Audit');
      await fill(page, '#email', user.email);
      await fill(page, '#password', user.password);
      await page.click('button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      await signIn(page, app.baseUrl, { email: user.email, password }, partnership.name);

      // The link was for one use.
      await page.goto(`${app.baseUrl}${link}`);
      await waitForHeading(page, 'Choose a new password');
      await fill(page, '#password', 'another marble kestrel');
      await fill(page, '#confirm', 'another marble kestrel');
      await page.click('button[type=submit]');
      await waitForHeading(page, 'This link does not work');
      expect(problems).toEqual([]);
      expect(elsewhere.problems).toEqual([]);
      await elsewhere.close();
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
