import { generateSync } from 'otplib';
import type { Browser, Page } from 'puppeteer-core';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  screenshot,
  fill,
  newPage,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * Two-step verification in the built admin app against the real API: a person sets it up from
 * their account page (QR code, key, a code, recovery codes saved), then signs in with a code, with
 * a recovery code, and is refused a code already used; a partnership admin requires it, and a
 * board member sets it up as they sign in. Codes are made with otplib from the key the page
 * shows, at the app's clock. Every page passes axe.
 */
describe('admin app: two-step verification', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  // A step's start ahead of the real time (the browser's cookies read the real time).
  let now = Math.ceil(Date.now() / 30_000) * 30_000 + 3_600_000;
  const nextStep = () => {
    now += 30_000;
    app.clock.set(new Date(now));
  };
  const codeFor = (secret: string) => generateSync({ secret, epoch: Math.floor(now / 1000) });

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

  /** The error message shown with a field, once it shows. */
  const fieldError = async (page: Page, id: string) => {
    await page.waitForSelector(`#${id}-error`);
    return textOf(page, `#${id}-error`);
  };

  /** The password step, through the form: the page it leads to shows `heading`. */
  async function password(page: Page, user: { email: string; password: string }, heading: string) {
    await page.goto(`${app.baseUrl}/sign-in`);
    await waitForHeading(page, 'Sign in');
    await fill(page, '#email', user.email);
    await fill(page, '#password', user.password);
    await page.click('button[type=submit]');
    await waitForHeading(page, heading);
  }

  /** On the set-up page: the QR code and the key shown; returns the key. */
  async function shownSecret(page: Page): Promise<string> {
    const qr = await page.$eval('img.app-mfa-qr', (e) => ({
      src: (e as PageElement).getAttribute('src') ?? '',
      alt: (e as PageElement).getAttribute('alt') ?? '',
    }));
    expect(qr.src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(qr.alt).toContain('QR code');
    const text = (await textOf(page, '#mfa-secret')).replace(/\s/g, '');
    expect(text).toMatch(/^[A-Z2-7]{32}$/);
    return text;
  }

  /** The recovery codes shown, after checking the "saved" step is asked for. */
  async function saveRecoveryCodes(page: Page): Promise<string[]> {
    await waitForHeading(page, 'Save your recovery codes');
    const codes = (await textOf(page, '#recovery-codes')).split(' ');
    expect(codes).toHaveLength(10);
    await expectAccessible(page, 'recovery codes');
    await screenshot(page, 'mfa-recovery-codes');
    await clickButton(page, 'Continue');
    expect(await fieldError(page, 'saved')).toContain('Confirm you have saved your recovery codes');
    await expectAccessible(page, 'recovery codes, not confirmed');
    await page.click('#saved');
    await clickButton(page, 'Continue');
    return codes;
  }

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    app.clock.set(new Date(now));
    partnership = await app.given.partnership({ name: 'Eastbrook Safeguarding Partnership' });
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'sets it up, then signs in with a code and with a recovery code; a code used already is refused',
    async () => {
      const admin = await app.given.user({
        role: 'partnership_admin',
        partnershipId: partnership.id,
      });
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.click('a[href="/account/security"]');
      await waitForHeading(page, 'Account security');
      expect(await textOf(page, 'main')).toContain('Off: you sign in with your password alone.');
      await expectAccessible(page, 'account security, off');
      await clickButton(page, 'Set up two-step verification');
      await waitForHeading(page, 'Set up two-step verification');
      const secret = await shownSecret(page);
      await expectAccessible(page, 'set up two-step verification');
      await screenshot(page, 'mfa-set-up');
      // A wrong code is refused with the field named.
      nextStep();
      const right = codeFor(secret);
      await fill(page, '#code', right === '000000' ? '111111' : '000000');
      await clickButton(page, 'Turn on two-step verification');
      expect(await fieldError(page, 'code')).toContain('The code is not right');
      await expectAccessible(page, 'set up, wrong code');
      await fill(page, '#code', right);
      await clickButton(page, 'Turn on two-step verification');
      const recoveryCodes = await saveRecoveryCodes(page);
      await waitForHeading(page, 'Account security');
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('On: a code'),
      );
      expect(await textOf(page, 'main')).toContain('10');
      await expectAccessible(page, 'account security, on');
      await clickButton(page, 'Sign out');
      await waitForHeading(page, 'Sign in');
      expect(problems).toEqual([]);
      await close();

      // The code used to turn it on, again in the same 30 seconds: refused.
      const second = await newPage(browser, app.baseUrl);
      await password(second.page, admin, 'Enter the code from your authenticator app');
      await expectAccessible(second.page, 'sign-in code');
      await fill(second.page, '#code', right);
      await second.page.click('button[type=submit]');
      expect(await fieldError(second.page, 'code')).toContain('has been used');
      await expectAccessible(second.page, 'sign-in code refused');
      await screenshot(second.page, 'mfa-code-refused');
      // The next code signs in.
      nextStep();
      await fill(second.page, '#code', codeFor(secret));
      await second.page.click('button[type=submit]');
      await waitForHeading(second.page, partnership.name);
      expect(second.problems).toEqual([]);
      await second.close();

      // A recovery code, once.
      for (const attempt of ['first', 'again']) {
        const third = await newPage(browser, app.baseUrl);
        await password(third.page, admin, 'Enter the code from your authenticator app');
        await clickButton(third.page, 'Use a recovery code instead');
        await waitForHeading(third.page, 'Enter a recovery code');
        await expectAccessible(third.page, 'sign-in recovery code');
        await screenshot(third.page, 'mfa-recovery-code');
        await fill(third.page, '#recoveryCode', recoveryCodes[0]);
        await third.page.click('button[type=submit]');
        if (attempt === 'first') {
          await waitForHeading(third.page, partnership.name);
        } else {
          expect(await fieldError(third.page, 'recoveryCode')).toContain(
            'The recovery code is not right, or has been used',
          );
          await expectAccessible(third.page, 'recovery code refused');
        }
        expect(third.problems).toEqual([]);
        await third.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a partnership that requires it has its board member set it up as they sign in',
    async () => {
      const admin = await app.given.user({
        role: 'partnership_admin',
        partnershipId: partnership.id,
      });
      const board = await app.given.user({ role: 'board_member', partnershipId: partnership.id });
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.click(`a[href="/partnerships/${partnership.id}/security"]`);
      await waitForHeading(page, 'Sign-in security');
      await expectAccessible(page, 'sign-in security');
      await page.click('#required');
      await clickButton(page, 'Save');
      await waitForHeading(page, partnership.name);
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'Two-step verification is now required',
      );
      expect(problems).toEqual([]);
      await close();

      const member = await newPage(browser, app.baseUrl);
      await password(member.page, board, 'Set up two-step verification');
      expect(await textOf(member.page, 'main')).toContain('asks everyone in those roles');
      const secret = await shownSecret(member.page);
      await expectAccessible(member.page, 'set up two-step verification at sign-in');
      nextStep();
      await fill(member.page, '#code', codeFor(secret));
      await clickButton(member.page, 'Turn on two-step verification');
      await saveRecoveryCodes(member.page);
      await waitForHeading(member.page, partnership.name);
      expect(member.problems).toEqual([]);
      await member.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lists where the person is signed in and signs another browser out',
    async () => {
      const lead = await app.given.user();
      const other = await signedInPage(browser, app, lead, 'What needs your attention');
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        lead,
        'What needs your attention',
      );
      await page.goto(`${app.baseUrl}/account/security`);
      await waitForHeading(page, 'Account security');
      await page.waitForSelector('#account-sessions tbody tr:nth-child(2)');
      const rows = await page.$$eval('#account-sessions tbody tr', (trs) =>
        trs.map((tr) => (tr as PageElement).innerText.replace(/\s+/g, ' ').trim()),
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatch(/^Chrome on \w+ .* This browser$/);
      expect(rows[1]).toMatch(/^Chrome on \w+ .* Sign out/);
      await expectAccessible(page, 'account security, two browsers');
      await screenshot(page, 'account-sessions');
      await page.click('#account-sessions tbody tr:nth-child(2) button');
      await page.waitForSelector('.govuk-notification-banner');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'That browser has been signed out',
      );
      await page.waitForFunction(
        () => document.querySelectorAll('#account-sessions tbody tr').length === 1,
      );
      // The other browser is signed out at its next request.
      await other.page.goto(`${app.baseUrl}/account/security`);
      await waitForHeading(other.page, 'Sign in');
      expect(problems).toEqual([]);
      await other.close();
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
