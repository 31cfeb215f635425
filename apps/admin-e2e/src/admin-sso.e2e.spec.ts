import { createServer } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { startOidcTestProvider, type OidcTestProvider } from '../../api/test/oidc-test-provider';
import type { TestApp } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  screenshot,
  fill,
  linkFromMail,
  newPage,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument } from './page-globals';

// The page's global, inside page.waitForFunction() callbacks (see page-globals.ts).
declare const document: PageDocument;

/** A port free on this machine now (the app's address must be known before it starts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Single sign-on in the browser, through a real OpenID Connect provider's pages (oidc-provider,
 * in its own process): the sign-in page's offer, the provider's sign-in, back signed in; the
 * problem page for each refusal; the admins' pages. Every page passes axe.
 */
describe('admin app: single sign-on', () => {
  let app: TestApp;
  let browser: Browser;
  let idp: OidcTestProvider;
  let partnershipId: string;
  let organisationName: string;

  beforeAll(async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    idp = await startOidcTestProvider(`${baseUrl}/api/auth/sso/callback`);
    ({ app, browser } = await startBrowserApp(
      { PUBLIC_URL: baseUrl, SSO_ALLOW_HTTP_ISSUER: 'true' },
      { port },
    ));
    const partnership = await app.given.partnership({ name: 'Riverside Partnership' });
    partnershipId = partnership.id;
    organisationName = 'Riverside Academy';
    const org = await app.given.organisation({ partnershipId, name: organisationName });
    await app.given.user({
      role: 'agency_lead',
      organisationId: org.id,
      email: 'alice@riverside.test',
    });
    const platform = await app.as(await app.given.user({ role: 'platform_admin' }));
    await platform
      .post(`/api/partnerships/${partnershipId}/sso-configurations`, {
        name: 'Riverside Council',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        domains: ['riverside.test'],
        ssoOnly: true,
      })
      .expect(201);
    await idp.setAccounts({
      'alice-sub': { email: 'alice@riverside.test', email_verified: true },
      'nobody-sub': { email: 'nobody@riverside.test' },
    });
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await stopBrowserApp(app, browser);
    await idp?.stop();
  });

  /** From the sign-in page to the provider's sign-in page, for `email`. */
  async function toProvider(page: Awaited<ReturnType<typeof newPage>>['page'], email: string) {
    await page.goto(`${app.baseUrl}/sign-in`);
    await waitForHeading(page, 'Sign in');
    await fill(page, '#email', email);
    await page.waitForSelector('[data-testid=sso-offer] a');
    await expectAccessible(page, 'sign-in page with the SSO offer');
    await screenshot(page, 'sso-offer');
    await Promise.all([page.waitForNavigation(), page.click('[data-testid=sso-offer] a')]);
    await waitForHeading(page, 'Test identity provider: sign in');
    expect(page.url().startsWith(idp.issuer)).toBe(true);
  }

  it(
    "signs in with the organisation's account through the provider's pages",
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await toProvider(page, 'alice@riverside.test');
      await fill(page, '#login', 'alice-sub');
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      // Signed in, on the home page: the person's roles, their organisation among them.
      await waitForHeading(page, 'What needs your attention');
      expect(page.url()).toBe(`${app.baseUrl}/`);
      expect(await textOf(page, 'main')).toContain(`Go to ${organisationName}`);
      await expectAccessible(page, 'the first page after SSO');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows the problem page, in words, when the sign-in is refused',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await toProvider(page, 'nobody@riverside.test');
      await fill(page, '#login', 'nobody-sub');
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      await waitForHeading(page, 'You could not be signed in');
      expect(page.url()).toBe(`${app.baseUrl}/sign-in/problem?reason=no-account`);
      expect(await textOf(page, '[data-testid=sign-in-problem]')).toContain(
        'no PIES Audit account or invitation',
      );
      await expectAccessible(page, 'the problem page (no account)');
      await screenshot(page, 'sso-problem');
      // A callback this browser did not start: the state is refused.
      await page.goto(`${app.baseUrl}/api/auth/sso/callback?code=x&state=not-one-we-sent`);
      await waitForHeading(page, 'You could not be signed in');
      expect(page.url()).toBe(`${app.baseUrl}/sign-in/problem?reason=state`);
      expect(await textOf(page, '[data-testid=sign-in-problem]')).toContain('Start again');
      await expectAccessible(page, 'the problem page (state)');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  /** Through the provider's page as `sub`, to the problem page; its words for `reason`. */
  async function refusedAs(email: string, sub: string, reason: string, before?: () => unknown) {
    const { page, problems, close } = await newPage(browser, app.baseUrl);
    await toProvider(page, email);
    await before?.();
    await fill(page, '#login', sub);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    await waitForHeading(page, 'You could not be signed in');
    expect(page.url()).toBe(`${app.baseUrl}/sign-in/problem?reason=${reason}`);
    await expectAccessible(page, `the problem page (${reason})`);
    const text = await textOf(page, '[data-testid=sign-in-problem]');
    expect(problems).toEqual([]);
    await close();
    return text;
  }

  it(
    'refuses a wrong nonce, a deactivated account and a domain another configuration claims, each with its page',
    async () => {
      // The ID token answers another sign-in than the one this browser started.
      expect(
        await refusedAs('alice@riverside.test', 'alice-sub', 'nonce', () =>
          app.db.query(`UPDATE sso_sign_ins SET nonce = 'not-the-nonce-sent'`),
        ),
      ).toContain('did not match the sign-in this browser started');

      const dora = await app.given.user({ email: 'dora@riverside.test' });
      await app.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [dora.id]);
      await idp.setAccounts({ 'dora-sub': { email: dora.email, email_verified: true } });
      expect(await refusedAs(dora.email, 'dora-sub', 'disabled')).toContain(
        'Your PIES Audit account has been deactivated',
      );

      // Eastvale's domain is served by Eastvale's own configuration: Riverside's provider
      // answering with an Eastvale address takes nobody's account.
      const platform = await app.as(await app.given.user({ role: 'platform_admin' }));
      const eastvale = await app.given.partnership({ name: 'Eastvale Partnership' });
      await platform
        .post(`/api/partnerships/${eastvale.id}/sso-configurations`, {
          name: 'Eastvale Council',
          issuer: 'https://login.eastvale.example',
          clientId: 'eastvale',
          clientSecret: 'eastvale secret',
          domains: ['eastvale.test'],
        })
        .expect(201);
      const carol = await app.given.user({ email: 'carol@eastvale.test' });
      await idp.setAccounts({ 'carol-sub': { email: carol.email, email_verified: true } });
      expect(await refusedAs('carol@riverside.test', 'carol-sub', 'organisation')).toContain(
        'another organisation’s sign-in serves it',
      );
      expect(
        await app.db.query('SELECT 1 FROM sso_identities WHERE user_id = $1', [carol.id]),
      ).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lets an invited person of an SSO domain answer their invitation by signing in with SSO',
    async () => {
      const admin = await app.as(
        await app.given.user({ role: 'partnership_admin', partnershipId }),
      );
      await admin
        .post(`/api/partnerships/${partnershipId}/users`, {
          email: 'erin@riverside.test',
          name: 'Erin Invited',
          memberships: [{ role: 'board_member' }],
        })
        .expect(202);
      await idp.setAccounts({ 'erin-sub': { email: 'erin@riverside.test' } });
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}${await linkFromMail(app, 'erin@riverside.test')}`);
      await waitForHeading(page, 'Set up your account');
      await page.waitForSelector('[data-testid=sso-offer] a');
      await expectAccessible(page, 'invitation page with the SSO offer');
      await Promise.all([page.waitForNavigation(), page.click('[data-testid=sso-offer] a')]);
      await waitForHeading(page, 'Test identity provider: sign in');
      await fill(page, '#login', 'erin-sub');
      await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
      await waitForHeading(page, 'Your invitations');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'refuses a password for an SSO-only domain, pointing to the SSO button',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}/sign-in`);
      await waitForHeading(page, 'Sign in');
      await fill(page, '#email', 'alice@riverside.test');
      // The offer appears a moment after typing stops and moves the Sign in button down: a click
      // aimed before it appears can land on nothing.
      await page.waitForSelector('[data-testid=sso-offer] a');
      await fill(page, '#password', 'correct horse battery staple');
      await page.click('button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Your organisation signs in with its own account',
      );
      await expectAccessible(page, 'sign-in page refusing a password');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lets a partnership admin propose a configuration and a platform admin approve it, then withdraw it',
    async () => {
      const admin = await app.given.user({ role: 'partnership_admin', partnershipId });
      const proposer = await signedInPage(browser, app, admin, 'Riverside Partnership');
      const p = proposer.page;
      await p.goto(`${app.baseUrl}/partnerships/${partnershipId}/sso/new`);
      await waitForHeading(p, 'Propose single sign-on');
      await expectAccessible(p, 'propose form');
      await fill(p, '#name', 'Eastfield School');
      await fill(p, '#issuer', 'https://login.microsoftonline.com/common/v2.0');
      await fill(p, '#clientId', 'eastfield');
      await fill(p, '#clientSecret', 'the eastfield secret');
      await fill(p, '#domains', 'eastfield.test');
      await p.click('form button[type=submit]');
      await p.waitForSelector('.govuk-error-summary');
      expect(await textOf(p, '.govuk-error-summary')).toContain('Microsoft Entra ID tenant');
      await expectAccessible(p, 'propose form with an error');
      await fill(p, '#issuer', 'https://idp.eastfield.test');
      await p.click('form button[type=submit]');
      await waitForHeading(p, 'Single sign-on');
      expect(await textOf(p, '.govuk-notification-banner')).toContain(
        'Eastfield School has been proposed',
      );
      expect(await textOf(p, 'table')).toContain('Awaiting approval');
      expect(await textOf(p, 'main')).not.toContain('the eastfield secret');
      await expectAccessible(p, 'partnership SSO list');
      expect(proposer.problems).toEqual([]);
      await proposer.close();

      const root = await app.given.user({ role: 'platform_admin' });
      const approver = await signedInPage(browser, app, root, 'Partnerships');
      const q = approver.page;
      await q.goto(`${app.baseUrl}/sso`);
      await waitForHeading(q, 'Single sign-on');
      await expectAccessible(q, 'platform SSO list');
      await q.click('button[aria-label="Approve Eastfield School"]');
      await q.waitForSelector('.govuk-notification-banner');
      expect(await textOf(q, '.govuk-notification-banner')).toContain(
        'Eastfield School has been approved',
      );
      await q.waitForFunction(
        () => !document.querySelector('table')?.innerText.includes('Awaiting approval'),
      );

      // Withdrawn from its edit page, after a page saying what that does to its people.
      const [{ id }] = await app.db.query(
        `SELECT id FROM sso_configurations WHERE name = 'Eastfield School'`,
      );
      await q.goto(`${app.baseUrl}/sso/${id}/edit`);
      await waitForHeading(q, 'Edit single sign-on');
      await q.click(`a[href="/sso/${id}/withdraw"]`);
      await waitForHeading(q, 'Withdraw Eastfield School?');
      expect(await textOf(q, 'main')).toContain(
        'People with an email address at eastfield.test will sign in with a password again.',
      );
      await expectAccessible(q, 'withdraw SSO');
      await screenshot(q, 'sso-withdraw', false);
      await q.click('main button.govuk-button--warning');
      await waitForHeading(q, 'Single sign-on');
      expect(await textOf(q, '.govuk-notification-banner')).toContain(
        'Eastfield School has been withdrawn',
      );
      expect(
        await q.$eval('main', (m) => m.querySelector('table')?.textContent ?? ''),
      ).not.toContain('Eastfield School');
      expect(
        await app.db.query(`SELECT id FROM sso_configurations WHERE name = 'Eastfield School'`),
      ).toEqual([]);
      expect(approver.problems).toEqual([]);
      await approver.close();
    },
    BROWSER_TIMEOUT,
  );
});
