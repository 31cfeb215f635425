import type { Sector } from '@pies/domain';
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
  tabTo,
  textOf,
  waitForHeading,
  acceptInvitationMail,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow & { fetch: typeof fetch };

const PLACES = [
  'Ashford',
  'Brookside',
  'Castleton',
  'Dunmore',
  'Elmwood',
  'Fairfield',
  'Greenhill',
  'Hartley',
  'Ivybridge',
  'Kingsmead',
  'Larkfield',
];
const KINDS: [string, Sector][] = [
  ['Primary School', 'education'],
  ['Medical Practice', 'health'],
  ['Youth Football Club', 'sport_leisure'],
  ['Day Nursery', 'early_years'],
  ['Community Church', 'voluntary_community_faith'],
];

/**
 * The partnership admin's path in the built admin app, in headless Chromium against the real
 * API and database: sign in, add an organisation, find it, change it, add a person with roles.
 * Every page visited passes axe (WCAG 2.2 AA); the main path also works with the keyboard only.
 */
describe('admin app: partnership admin', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  let admin: { email: string; password: string };
  let school: { id: string; name: string };

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    partnership = await app.given.partnership({
      name: 'Riverside Safeguarding Children Partnership',
    });
    admin = await app.given.user({
      role: 'partnership_admin',
      partnershipId: partnership.id,
      email: 'alex.morgan@riverside-scp.example',
    });
    school = await app.given.organisation({
      partnershipId: partnership.id,
      sector: 'education',
      name: 'Riverside Academy',
    });
    // Enough organisations for more than one page of the list (50 a page).
    for (const place of PLACES) {
      for (const [kind, sector] of KINDS) {
        await app.given.organisation({
          partnershipId: partnership.id,
          sector,
          name: `${place} ${kind}`,
        });
      }
    }
    await app.db.query(
      `UPDATE organisations SET contact_email = 'dsl@' || lower(regexp_replace(name, '\\s+', '-', 'g')) || '.example'
        WHERE sector <> 'sport_leisure'`,
    );
    await app.db.query('UPDATE users SET name = $1 WHERE email = $2', ['Alex Morgan', admin.email]);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'signs in with the keyboard, adds an organisation and finds it in the list',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.goto(`${app.baseUrl}/`);
      // Signed out: sent to sign in.
      await waitForHeading(page, 'Sign in to PIES Audit');
      expect(page.url()).toBe(`${app.baseUrl}/sign-in`);
      await expectAccessible(page, 'sign in');
      await screenshot(page, 'sign-in');

      // Keyboard only: Tab to the fields, type, Enter submits.
      await tabTo(page, 'email');
      await page.keyboard.type(admin.email);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('password');
      await page.keyboard.type(admin.password);
      await page.keyboard.press('Enter');

      // One partnership role: lands on the partnership.
      await waitForHeading(page, partnership.name);
      expect(page.url()).toBe(`${app.baseUrl}/partnerships/${partnership.id}`);
      expect(await textOf(page, '.govuk-summary-list')).toContain('56 organisations');
      await expectAccessible(page, 'partnership');
      await screenshot(page, 'partnership');

      // Organisations: a page of 50 with pagination.
      await page.click(`a[href="/partnerships/${partnership.id}/organisations"]`);
      await waitForHeading(page, 'Organisations');
      expect(await textOf(page, '.app-result-count')).toBe('Showing 1 to 50 of 56 organisations');
      expect(await page.$$eval('tbody tr', (rows) => rows.length)).toBe(50);
      await expectAccessible(page, 'organisations list');
      await screenshot(page, 'organisations', false);
      await page.click('.govuk-pagination__next a');
      await page.waitForFunction(() =>
        document.querySelector('.app-result-count')?.textContent?.startsWith('Showing 51 to 56'),
      );
      expect(page.url()).toContain('page=2');
      await expectAccessible(page, 'organisations list, page 2');

      // Add an organisation, with the keyboard only.
      await page.click('a[href$="/organisations/new"]');
      await waitForHeading(page, 'Add an organisation');
      await expectAccessible(page, 'add an organisation');
      await tabTo(page, 'name');
      await page.keyboard.type('Eastfield Community Health Trust');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('sector');
      await page.keyboard.type('Health'); // a closed select picks the option typed
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('contactEmail');
      await page.keyboard.type('safeguarding@eastfield-health.example');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Add organisation',
      );
      await page.keyboard.press('Enter');

      // Back on the list with a success banner that has focus.
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain(
        'Eastfield Community Health Trust has been added',
      );
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        'govuk-notification-banner',
      );
      await expectAccessible(page, 'organisations list after adding');

      // Search finds it, and the sector filter narrows the list.
      await fill(page, '#search', 'eastfield');
      await page.click('.app-filters button');
      await page.waitForFunction(() =>
        document.querySelector('.app-result-count')?.textContent?.includes('matching your search'),
      );
      expect(await textOf(page, '.app-result-count')).toContain(
        'Showing 1 to 1 of 1 organisation matching your search',
      );
      expect(await textOf(page, 'tbody')).toContain('Eastfield Community Health Trust');
      expect(await textOf(page, 'tbody')).toContain('Health');
      expect(page.url()).toContain('search=eastfield');
      await expectAccessible(page, 'organisations search results');
      await fill(page, '#search', '');
      await page.select('#sector', 'health');
      await page.click('.app-filters button');
      await page.waitForFunction(() =>
        document.querySelector('.app-result-count')?.textContent?.includes('of 12 organisations'),
      );
      await screenshot(page, 'organisations-filtered');

      // The organisation's page, then change its details.
      await fill(page, '#search', 'eastfield');
      await page.click('.app-filters button');
      await page.waitForFunction(() =>
        document.querySelector('.app-result-count')?.textContent?.includes('1 organisation'),
      );
      await page.click('tbody a');
      await waitForHeading(page, 'Eastfield Community Health Trust');
      expect(await textOf(page, '.govuk-summary-list')).toContain(
        'safeguarding@eastfield-health.example',
      );
      expect(await textOf(page, '.govuk-summary-list')).toContain(partnership.name);
      await expectAccessible(page, 'organisation');
      await page.click('.govuk-summary-list a[href$="/edit"]');
      await waitForHeading(page, 'Change organisation details');
      await expectAccessible(page, 'change organisation');
      await fill(page, '#name', 'Eastfield Health Trust');
      await fill(page, '#contactEmail', '');
      await page.click('button[type=submit]');
      await waitForHeading(page, 'Eastfield Health Trust');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'Your changes have been saved',
      );
      expect(await textOf(page, '.govuk-summary-list')).toContain('Contact email Not given');
      const [row] = await app.db.query(
        'SELECT name, contact_email FROM organisations WHERE name = $1',
        ['Eastfield Health Trust'],
      );
      expect(row).toEqual({ name: 'Eastfield Health Trust', contact_email: null });
      await expectAccessible(page, 'organisation after change');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows the API's validation errors in the error summary and beside each field",
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}/organisations/new`);
      await waitForHeading(page, 'Add an organisation');

      // Nothing entered and a malformed email: the API names each field.
      await fill(page, '#contactEmail', 'not-an-email');
      await page.click('button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        'govuk-error-summary',
      );
      const summary = await page.$$eval('.govuk-error-summary__list a', (links) =>
        links.map((a) => [a.getAttribute('href'), a.textContent]),
      );
      expect(summary).toEqual([
        ['#name', 'Enter organisation name'],
        ['#sector', 'Select the sector the organisation works in'],
        ['#contactEmail', 'Enter an email address in the correct format, like name@example.com'],
      ]);
      expect(await textOf(page, '#name-error')).toBe('Error: Enter organisation name');
      expect(await textOf(page, '#contactEmail-error')).toContain('Enter an email address');
      expect(await page.$eval('#contactEmail', (e) => e.getAttribute('aria-describedby'))).toBe(
        'contactEmail-hint contactEmail-error',
      );
      expect(await page.title()).toBe('Error: Add an organisation – PIES Audit');
      await expectAccessible(page, 'add an organisation with errors');
      await screenshot(page, 'add-organisation-errors');

      // A summary link moves focus to its field.
      await page.click('.govuk-error-summary__list a[href="#sector"]');
      expect(await focused(page)).toBe('sector');

      // Nothing was saved.
      const [{ count }] = await app.db.query(
        `SELECT count(*)::int AS count FROM organisations WHERE contact_email = 'not-an-email'`,
      );
      expect(count).toBe(0);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'adds a person with a partnership role and an agency role at an organisation',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.click(`a[href="/partnerships/${partnership.id}/people"]`);
      await waitForHeading(page, 'People and roles');
      expect(await textOf(page, 'tbody')).toContain(admin.email);
      await expectAccessible(page, 'people');

      await page.click('a[href$="/people/new"]');
      await waitForHeading(page, 'Add a person');
      await expectAccessible(page, 'add a person');
      await fill(page, '#name', 'Sam Okafor');
      await fill(page, '#email', 'sam.okafor@riverside.example');
      // Board member, and agency lead at Riverside Academy (revealed when ticked).
      expect(
        await page.$eval(
          '#conditional-roles-3',
          (e) => window.getComputedStyle(e as PageElement).display,
        ),
      ).toBe('none');
      await page.click('#roles-2');
      await page.click('#roles-3');
      expect(
        await page.$eval(
          '#conditional-roles-3',
          (e) => window.getComputedStyle(e as PageElement).display,
        ),
      ).not.toBe('none');
      await expectAccessible(page, 'add a person with a revealed organisation choice');

      // No organisation chosen for the lead role: the API's problem, in the user's terms, on
      // the field. There is no password to type: they choose their own from the mail.
      expect(await page.$('#password')).toBeNull();
      await page.click('button[type=submit]');
      await page.waitForSelector('#org-agency_lead-error');
      expect(await textOf(page, '#org-agency_lead-error')).toBe(
        'Error: Select the organisation they lead the audit for',
      );
      await expectAccessible(page, 'add a person with errors');
      await screenshot(page, 'add-person-errors');

      await page.select('#org-agency_lead', school.id);
      await page.click('button[type=submit]');
      await waitForHeading(page, 'People and roles');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'The roles have been given to sam.okafor@riverside.example',
      );
      // Listed once they accept the roles, at their next sign-in.
      expect(await textOf(page, 'tbody')).not.toContain('Sam Okafor');
      await expectAccessible(page, 'people after adding');
      await screenshot(page, 'people');

      const roles = await app.db.query(
        `SELECT m.role, m.partnership_id, m.organisation_id, m.status FROM memberships m
           JOIN users u ON u.id = m.user_id WHERE u.email = $1 ORDER BY m.role`,
        ['sam.okafor@riverside.example'],
      );
      expect(roles).toEqual([
        {
          role: 'agency_lead',
          partnership_id: null,
          organisation_id: school.id,
          status: 'pending',
        },
        {
          role: 'board_member',
          partnership_id: partnership.id,
          organisation_id: null,
          status: 'pending',
        },
      ]);
      expect(problems).toEqual([]);
      await close();

      // The new person sets a password from the mail, is signed in and is asked about the roles
      // first: what, where, who offered them.
      const second = await acceptInvitationMail(
        browser,
        app,
        'sam.okafor@riverside.example',
        'a long enough first password',
      );
      expect(second.page.url()).toBe(`${app.baseUrl}/invitations`);
      const offered = await second.page.$$eval('.govuk-summary-card', (c) =>
        c.map((e) => (e as PageElement).innerText.replace(/\s+/g, ' ')),
      );
      expect(offered).toHaveLength(2);
      expect(offered.join(' | ')).toContain('Agency lead');
      expect(offered.join(' | ')).toContain('Riverside Academy');
      expect(offered.join(' | ')).toContain(partnership.name);
      expect(offered.join(' | ')).toContain('Invited by Alex Morgan');
      await expectAccessible(second.page, 'invitations');
      await screenshot(second.page, 'invitations');
      // Until accepted, a role gives nothing: the organisation is not found.
      await second.page.goto(`${app.baseUrl}/organisations/${school.id}`);
      await waitForHeading(second.page, 'Page not found');
      await second.page.goto(`${app.baseUrl}/invitations`);
      await waitForHeading(second.page, 'Your invitations');
      // Decline the board role, accept the lead role.
      const board = (await second.page.$$('.govuk-summary-card'))[
        offered[0].includes('Board member') ? 0 : 1
      ];
      await (await board.$('button.govuk-button--secondary'))!.click();
      await second.page.waitForFunction(
        () =>
          document.querySelectorAll('.govuk-notification-banner').length === 1 &&
          document.querySelectorAll('.govuk-summary-card').length === 1,
      );
      expect(await textOf(second.page, '.govuk-notification-banner')).toContain(
        'You have declined the board member role',
      );
      await second.page.click('.govuk-summary-card button:not(.govuk-button--secondary)');
      await second.page.waitForFunction(
        () => document.querySelectorAll('.govuk-summary-card').length === 0,
      );
      expect(await textOf(second.page, '.govuk-notification-banner')).toContain(
        'You have accepted the agency lead role',
      );
      await expectAccessible(second.page, 'invitations answered');
      const answered = await app.db.query(
        `SELECT m.role, m.status FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE u.email = $1 ORDER BY m.role`,
        ['sam.okafor@riverside.example'],
      );
      expect(answered).toEqual([
        { role: 'agency_lead', status: 'active' },
        { role: 'board_member', status: 'declined' },
      ]);
      // One role now: continuing lands on the organisation.
      await second.page.click('main p a.govuk-link');
      await waitForHeading(second.page, 'Riverside Academy');
      expect(second.page.url()).toBe(`${app.baseUrl}/organisations/${school.id}`);
      expect(second.problems).toEqual([]);
      await second.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lets a platform admin create a partnership',
    async () => {
      const platform = await app.given.user({
        role: 'platform_admin',
        email: 'jordan.ellis@pies-audit.example',
      });
      await app.db.query('UPDATE users SET name = $1 WHERE email = $2', [
        'Jordan Ellis',
        platform.email,
      ]);
      const { page, problems, close } = await signedInPage(browser, app, platform, 'Partnerships');
      expect(await textOf(page, 'tbody')).toContain(partnership.name);
      await expectAccessible(page, 'partnerships');
      await screenshot(page, 'partnerships');
      await page.click('a[href="/partnerships/new"]');
      await waitForHeading(page, 'Create a partnership');
      // The name is taken: a 409 shown against the name.
      await fill(page, '#name', partnership.name);
      await page.click('button[type=submit]');
      await page.waitForSelector('#name-error');
      expect(await textOf(page, '#name-error')).toContain('already exists');
      await expectAccessible(page, 'create a partnership with errors');
      await fill(page, '#name', 'Northvale Safeguarding Children Partnership');
      await fill(page, '#area', 'Northvale');
      await page.click('button[type=submit]');
      await waitForHeading(page, 'Northvale Safeguarding Children Partnership');
      expect(await textOf(page, '.govuk-notification-banner')).toContain('has been created');
      await expectAccessible(page, 'new partnership');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "exports the partnership's data from its page and downloads the ZIP",
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.goto(`${app.baseUrl}/partnerships/${partnership.id}`);
      await waitForHeading(page, partnership.name);
      await page.click(`a[href="/partnerships/${partnership.id}/export"]`);
      await waitForHeading(page, 'Export the partnership’s data');
      await expectAccessible(page, 'export');
      await page.click('form button[type=submit]');
      await page.waitForSelector('#export-progress');
      expect(
        await page.$eval('#export-status', (e) => (e as PageElement).getAttribute('aria-live')),
      ).toBe('polite');
      for (let waited = 0; !(await page.$('#export-download')); waited += 100) {
        if (waited > 60_000) throw new Error(`no download after 60 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await textOf(page, '#export-status')).toMatch(
        /^The export is ready: [\d,]+ rows and files\.$/,
      );
      expect(page.url()).toMatch(/\?job=[0-9a-f-]{36}$/);
      const zip = await page.evaluate(async () => {
        const r = await window.fetch(
          document.querySelector('#export-download')!.getAttribute('href')!,
        );
        const bytes = new Uint8Array(await r.arrayBuffer());
        return `${r.headers.get('content-type')} ${bytes[0]} ${bytes[1]}`;
      });
      expect(zip).toBe('application/zip 80 75'); // "PK"
      await expectAccessible(page, 'export ready');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
