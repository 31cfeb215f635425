import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sector } from '@pies/domain';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { DEFAULT_FRAMEWORK } from '../../api/src/demo/demo-seed.service';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  focused,
  screenshot,
  signedInPage,
  tabTo,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/** The PIES framework as the partnership's own (the shipped id is the platform's). */
const PIES = readFileSync(DEFAULT_FRAMEWORK, 'utf8').replace(
  /^id: online-safeguarding-pies$/m,
  'id: riverside-pies',
);

/** The PIES framework as a new version: P1.1 reworded with a higher benchmark and more evidence, S5.2 gone, S5.4 new. */
function nextVersion(): string {
  const s52 = PIES.indexOf('          - code: S5.2');
  const s53 = PIES.indexOf('          - code: S5.3');
  const s53Block = PIES.slice(s53);
  const s54Block = s53Block
    .replace('code: S5.3', 'code: S5.4')
    .replace(
      /statement: >-\n(?: {14}.*\n)+/,
      'statement: The agency tells children about Report Remove.\n',
    );
  return (
    (PIES.slice(0, s52) + s53Block)
      .replace('version: "2026.1"', 'version: "2027.1"')
      .replace(
        'policies and is reviewed at least annually.',
        'policies and is reviewed at least annually and after every serious incident.',
      )
      .replace(
        '            benchmark: 3\n            allowNotApplicable: false',
        '            benchmark: 4\n            allowNotApplicable: false',
      )
      .replace(
        '              - Intranet, staff handbook or website page where the policy is published\n',
        '              - Intranet, staff handbook or website page where the policy is published\n              - Staff survey results on awareness of the policy\n',
      ) + s54Block
  );
}

/** The PIES framework with two mistakes: a benchmark off the scale, and P1.2 coded as P1.1. */
const broken = () =>
  PIES.replace('version: "2026.1"', 'version: "2026.2"')
    .replace(
      '            benchmark: 3\n            allowNotApplicable: false',
      '            benchmark: 7\n            allowNotApplicable: false',
    )
    .replace('- code: P1.2', '- code: P1.1');

/** What reaches past the right edge of a phone's screen (nothing, when the page fits). */
const overflowing = (page: Page, width = 390) =>
  page.evaluate((w: number) => {
    type Box = { getBoundingClientRect(): { right: number } };
    return [...document.querySelectorAll('body *')]
      .map((e) => ({ e, right: (e as unknown as Box).getBoundingClientRect().right }))
      .filter(({ right }) => right > w + 0.5)
      .map(({ e, right }) => `${e.tagName}.${e.className} ${Math.round(right)}px`)
      .slice(0, 5);
  }, width);

const rowsOf = (page: Page) =>
  page.$$eval('main tbody tr', (rows) =>
    rows.map((r) => (r as PageElement).innerText.replace(/\s+/g, ' ').trim()),
  );

async function flash(page: Page): Promise<string> {
  await page.waitForSelector('.govuk-notification-banner--success');
  return textOf(page, '.govuk-notification-banner--success');
}

async function typeDate(page: Page, id: string, day: string, month: string, year: string) {
  await fill(page, `#${id}-day`, day);
  await fill(page, `#${id}-month`, month);
  await fill(page, `#${id}-year`, year);
}

/**
 * The partnership admin runs audit cycles and manages framework versions in the built admin app,
 * in headless Chromium against the real API and database; a board member sees cycles read-only.
 * Every page visited passes axe (WCAG 2.2 AA).
 */
describe('admin app: cycles and frameworks', () => {
  let app: TestApp;
  let browser: Browser;
  let partnership: { id: string; name: string };
  let admin: TestUser;
  let board: TestUser;
  let orgs: { id: string; name: string }[];
  let cycleId = '';
  let dir: string;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    dir = mkdtempSync(join(tmpdir(), 'pies-frameworks-'));
    partnership = await app.given.partnership({
      name: 'Riverside Safeguarding Children Partnership',
    });
    admin = await app.given.user({ role: 'partnership_admin', partnershipId: partnership.id });
    board = await app.given.user({ role: 'board_member', partnershipId: partnership.id });
    await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Alex Morgan', admin.id]);
    await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Priya Shah', board.id]);
    const kinds: [string, Sector][] = [
      ['Riverside Academy', 'education'],
      ['Riverside Medical Practice', 'health'],
      ['Riverside Youth Football Club', 'sport_leisure'],
      ['Riverside Day Nursery', 'early_years'],
    ];
    orgs = [];
    for (const [name, sector] of kinds) {
      orgs.push(await app.given.organisation({ partnershipId: partnership.id, sector, name }));
    }
    // The framework in use, and last round's cycle, already closed.
    const api = await app.as(admin);
    const v1 = await api.post('/api/frameworks', { yaml: PIES }).expect(201);
    const last = await api
      .post(`/api/partnerships/${partnership.id}/cycles`, {
        name: '2023-25',
        frameworkVersionId: v1.body.id,
        opensOn: '2023-09-01',
        dueOn: '2025-07-31',
        status: 'open',
      })
      .expect(201);
    await app.db.query(
      `UPDATE audits SET status = 'accepted', submitted_at = '2025-06-30', accepted_at = '2025-07-15'
        WHERE cycle_id = $1 AND organisation_id <> $2`,
      [last.body.id, orgs[2].id],
    );
    await api.patch(`/api/cycles/${last.body.id}`, { status: 'closed' }).expect(200);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await stopBrowserApp(app, browser);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'creates a cycle (errors first), opens it, changes its due date and closes it',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.click(`a[href="/partnerships/${partnership.id}/cycles"]`);
      await waitForHeading(page, 'Audit cycles');
      expect(await rowsOf(page)).toEqual([
        expect.stringMatching(/^2023-25 .*Closed.*3 of 4 audits received by the board/),
      ]);
      await page.click(`a[href="/partnerships/${partnership.id}/cycles/new"]`);
      await waitForHeading(page, 'Create an audit cycle');
      await expectAccessible(page, 'create a cycle');
      // One framework: its newest version is chosen already.
      expect(await textOf(page, '#frameworkVersionId option:checked')).toContain('version 2026.1');

      // No name and 31 February: both named in the error summary, each linking to its field.
      await typeDate(page, 'opensOn', '31', '2', '2025');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await focused(page)).toBe('govuk-error-summary');
      const summary = await page.$$eval('.govuk-error-summary__list a', (links) =>
        links.map((a) => [(a as PageElement).getAttribute('href'), (a as PageElement).innerText]),
      );
      expect(summary).toEqual([
        ['#name', 'Enter a name for the cycle'],
        ['#opensOn-day', 'Opening date must be a real date'],
      ]);
      expect(await page.title()).toMatch(/^Error: /);
      await expectAccessible(page, 'create a cycle with errors');
      await screenshot(page, 'cycle-new');
      await page.click('.govuk-error-summary__list a[href="#opensOn-day"]');
      expect(await focused(page)).toBe('opensOn-day');

      // Fixed with the keyboard alone; the due date follows the opening date, two years on.
      await page.click('.govuk-error-summary__list a[href="#name"]');
      expect(await focused(page)).toBe('name');
      await page.keyboard.type('2023-25');
      await tabTo(page, 'opensOn-day');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('1');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('9');
      expect(await page.$eval('#dueOn-year', (e) => (e as PageElement).value)).toBe('2027');
      expect(await page.$eval('#dueOn-month', (e) => (e as PageElement).value)).toBe('9');
      await page.keyboard.press('Enter');
      // Last round's name is taken.
      await page.waitForFunction(
        () =>
          document.querySelector('.govuk-error-summary')?.textContent?.includes('already') ?? false,
      );
      expect(await textOf(page, '#name-error')).toBe(
        'Error: The partnership already has a cycle with this name',
      );
      await page.click('.govuk-error-summary__list a[href="#name"]');
      await page.keyboard.press('End');
      for (let i = 0; i < '2023-25'.length; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('2025-27');
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Audit cycle 2025-27');
      expect(await flash(page)).toContain('The 2025-27 cycle has been created as a draft');
      cycleId = page.url().split('/cycles/')[1];
      const details = await textOf(page, '.govuk-summary-list');
      expect(details).toContain(
        'Draft: when the cycle is opened, each of the 4 member organisations gets an audit.',
      );
      expect(details).toContain('1 September 2025');
      expect(details).toContain('1 September 2027');
      expect(await page.$('#audits-heading')).toBeNull();
      await expectAccessible(page, 'draft cycle');

      // Open, after a confirmation: every member organisation gets an audit.
      await page.click(`a[href="/cycles/${cycleId}/open"]`);
      await waitForHeading(page, 'Open the 2025-27 cycle?');
      expect(await textOf(page, 'main')).toContain('Each of the 4 member organisations');
      await expectAccessible(page, 'open a cycle');
      await page.click('main button[type=submit]');
      await page.waitForSelector('#audits-heading');
      expect(await flash(page)).toContain(
        'The 2025-27 cycle is open: 4 organisations have an audit',
      );
      // The heading comes first, the table once the audits have loaded.
      await page.waitForSelector('main tbody tr');
      expect(await rowsOf(page)).toHaveLength(4);

      // One audit submitted and one under way: the table and the state filter show them.
      await app.db.query(
        `UPDATE audits SET status = 'submitted', started_at = now(), submitted_at = '2026-10-20' WHERE cycle_id = $1 AND organisation_id = $2`,
        [cycleId, orgs[0].id],
      );
      await app.db.query(
        `UPDATE audits SET status = 'in_progress', started_at = now() WHERE cycle_id = $1 AND organisation_id = $2`,
        [cycleId, orgs[1].id],
      );
      await page.reload();
      await page.waitForSelector('main tbody tr');
      const rows = await rowsOf(page);
      expect(rows).toEqual([
        'Riverside Academy Education Submitted 0 of 57 answered Submitted 20 October 2026',
        'Riverside Day Nursery Early years Not started 0 of 57 answered Not submitted yet',
        'Riverside Medical Practice Health In progress 0 of 57 answered Not submitted yet',
        'Riverside Youth Football Club Sport and leisure Not started 0 of 57 answered Not submitted yet',
      ]);
      await expectAccessible(page, 'open cycle');
      await screenshot(page, 'cycle');
      await page.select('#state', 'in_progress');
      await page.click('form[aria-label="Audits"] button');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 1);
      expect(page.url()).toContain('state=in_progress');
      expect(await rowsOf(page)).toEqual([expect.stringContaining('Riverside Medical Practice')]);
      expect(await textOf(page, '.app-result-count')).toContain('1 audit of 4 is in progress');
      await expectAccessible(page, 'cycle audits filtered');

      // Change the due date to one already past: the audits still with agencies are overdue.
      await page.click(`a[href="/cycles/${cycleId}/edit"]`);
      await waitForHeading(page, "Change the cycle's name and dates");
      await expectAccessible(page, 'change a cycle');
      await typeDate(page, 'dueOn', '1', '8', '2025');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Due date must be after the opening date',
      );
      await expectAccessible(page, 'change a cycle with errors');
      await typeDate(page, 'dueOn', '31', '10', '2026');
      await page.click('main button[type=submit]');
      await waitForHeading(page, 'Audit cycle 2025-27');
      expect(await flash(page)).toContain('The 2025-27 cycle has been changed');
      expect(await textOf(page, '.govuk-summary-list')).toContain('31 October 2026');
      await page.select('#state', 'overdue');
      await page.click('form[aria-label="Audits"] button');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 3);
      expect((await rowsOf(page)).every((r) => r.includes('Overdue'))).toBe(true);

      // Close, after a confirmation.
      await page.click(`a[href="/cycles/${cycleId}/close"]`);
      await waitForHeading(page, 'Close the 2025-27 cycle?');
      await expectAccessible(page, 'close a cycle');
      await page.click('main button[type=submit]');
      expect(await flash(page)).toContain('The 2025-27 cycle is closed');
      expect(await textOf(page, '.govuk-summary-list')).toContain('Closed');
      expect(await page.$(`a[href="/cycles/${cycleId}/open"]`)).not.toBeNull();
      const [row] = await app.db.query('SELECT status, due_on::text FROM cycles WHERE id = $1', [
        cycleId,
      ]);
      expect(row).toEqual({ status: 'closed', due_on: '2026-10-31' });

      await page.click(`a[href="/partnerships/${partnership.id}/cycles"]`);
      await waitForHeading(page, 'Audit cycles');
      expect(await rowsOf(page)).toEqual([
        expect.stringMatching(/^2025-27 .*Closed.*1 of 4 audits received by the board/),
        expect.stringMatching(/^2023-25 .*Closed/),
      ]);
      await expectAccessible(page, 'cycles');
      await screenshot(page, 'cycles');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows a board member the cycle read-only, and an agency lead their own audit in it',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, partnership.name);
      await page.click(`a[href="/partnerships/${partnership.id}/cycles"]`);
      await waitForHeading(page, 'Audit cycles');
      expect(await page.$(`a[href$="/cycles/new"]`)).toBeNull();
      await page.click(`a[href="/cycles/${cycleId}"]`);
      await waitForHeading(page, 'Audit cycle 2025-27');
      await page.waitForSelector('main tbody tr');
      expect(await page.$$('main a.govuk-button')).toHaveLength(0);
      expect(await page.$(`a[href="/cycles/${cycleId}/edit"]`)).toBeNull();
      // The submitted audit links to its review; the others are not the board's to read yet.
      const links = await page.$$eval('main tbody a', (as) =>
        as.map((a) => (a as PageElement).getAttribute('href')),
      );
      expect(links).toHaveLength(1);
      expect(links[0]).toMatch(/^\/audits\/[0-9a-f-]+\/review$/);
      expect(
        await page.$(`a[href="/partnerships/${partnership.id}/dashboard?cycleId=${cycleId}"]`),
      ).not.toBeNull();
      await expectAccessible(page, 'cycle, read-only');

      // A large partnership: the audits come 50 a page.
      for (let n = 1; n <= 60; n++) {
        await app.given.organisation({
          partnershipId: partnership.id,
          name: `Westbrook Children's Centre ${String(n).padStart(2, '0')}`,
        });
      }
      await app.db.query(
        `INSERT INTO audits (cycle_id, organisation_id)
         SELECT $1, id FROM organisations WHERE name LIKE 'Westbrook%'`,
        [cycleId],
      );
      await page.reload();
      await page.waitForSelector('.govuk-pagination');
      expect(await rowsOf(page)).toHaveLength(50);
      expect(await textOf(page, 'main')).toContain('Showing 1 to 50 of 64');
      await page.click('.govuk-pagination__next a');
      await page.waitForFunction(() => document.querySelectorAll('main tbody tr').length === 14);
      expect(page.url()).toContain('page=2');
      await expectAccessible(page, 'cycle audits, page 2');
      await page.goto(`${app.baseUrl}/cycles/${cycleId}/close`);
      await waitForHeading(page, 'You do not have access to this page');
      // Frameworks to read, not to import.
      await page.goto(`${app.baseUrl}/frameworks`);
      await waitForHeading(page, 'Audit frameworks');
      expect(await page.$('a[href="/frameworks/upload"]')).toBeNull();
      expect(problems).toEqual([]);
      await close();

      // An agency lead sees the cycle and their own organisation's audit, not everyone's.
      const lead = await app.given.user({ role: 'agency_lead', organisationId: orgs[1].id });
      const agency = await signedInPage(browser, app, lead, orgs[1].name);
      await agency.page.goto(`${app.baseUrl}/cycles/${cycleId}`);
      await waitForHeading(agency.page, 'Audit cycle 2025-27');
      await agency.page.waitForSelector('#own-audits-heading');
      const own = await agency.page.$$eval('main section a', (as) =>
        as.map((a) => [(a as PageElement).getAttribute('href'), (a as PageElement).innerText]),
      );
      expect(own).toEqual([[expect.stringMatching(/^\/audits\/[0-9a-f-]+$/), orgs[1].name]]);
      expect(await agency.page.$('#audits-heading')).toBeNull();
      expect(await agency.page.$$('main a.govuk-button')).toHaveLength(0);
      await expectAccessible(agency.page, 'cycle, agency lead');
      expect(agency.problems).toEqual([]);
      await agency.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "imports framework versions: a broken file's problems with their lines, then a new version to browse and compare",
    async () => {
      writeFileSync(join(dir, 'pies-broken.yaml'), broken());
      writeFileSync(join(dir, 'pies-2027.yaml'), nextVersion());
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);
      await page.click('a[href="/frameworks"]');
      await waitForHeading(page, 'Audit frameworks');
      expect(await rowsOf(page)).toEqual([
        expect.stringMatching(
          /^Version 2026.1 Newest Imported .* PIES Audit Used by the 2025-27 and 2023-25 cycles 57$/,
        ),
      ]);
      await expectAccessible(page, 'frameworks');
      await page.click('a[href="/frameworks/upload"]');
      await waitForHeading(page, 'Import a framework version');
      await expectAccessible(page, 'import a framework');
      const upload = async (name: string) => {
        const input = (await page.$('#file')) as unknown as {
          uploadFile(...paths: string[]): Promise<void>;
        };
        await input.uploadFile(join(dir, name));
        await page.click('main button[type=submit]');
      };

      // No file chosen.
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary__list')).toBe('Select a framework file');

      // The loader's problems, each with its line, and nothing stored.
      await upload('pies-broken.yaml');
      await page.waitForSelector('main table');
      const listed = await page.$$eval('.govuk-error-summary__list a', (links) =>
        links.map((a) => (a as PageElement).innerText),
      );
      expect(listed).toEqual([
        'Line 118: area 1, standard 1, indicator 1, benchmark: must be one of 1, 2, 3, 4',
        'Line 130: area 1, standard 1, indicator 2, code: duplicate code P1.1 (first used at area 1, standard 1, indicator 1)',
      ]);
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'found 2 problems in pies-broken.yaml. Nothing has been imported.',
      );
      expect(await textOf(page, '#file-error')).toContain('pies-broken.yaml has 2 problems');
      expect(await rowsOf(page)).toHaveLength(2);
      await expectAccessible(page, 'import with problems');
      await screenshot(page, 'framework-upload-errors');
      const [{ count }] = await app.db.query(
        'SELECT count(*)::int AS count FROM framework_versions',
      );
      expect(count).toBe(1);

      // A new version: imported, then browsed one area at a time.
      await upload('pies-2027.yaml');
      await waitForHeading(page, 'Version 2027.1');
      expect(await flash(page)).toContain(
        'Version 2027.1 of Online safeguarding self-audit (PIES) has been imported',
      );
      const p11 = await textOf(page, '#indicator-P1-1');
      expect(p11).toContain('reviewed at least annually and after every serious incident');
      expect(await textOf(page, 'main')).toContain('57 indicators in 4 areas');
      await expectAccessible(page, 'framework version');
      // The picture: the rating scale and the first indicators.
      await page.evaluate(() =>
        (
          document.querySelector('#rating-scale') as unknown as { scrollIntoView(): void } | null
        )?.scrollIntoView(),
      );
      await screenshot(page, 'framework-version', false);
      await page.click('summary');
      expect(await textOf(page, 'main details')).toContain('Examples of evidence');
      await expectAccessible(page, 'framework version, guidance open');
      await page.click('nav[aria-label="Areas"] a[rel="next"]');
      await page.waitForSelector('#indicator-I1-1');
      expect(page.url()).toContain('?area=I');
      await page.click('a[href$="?area=S"]');
      await page.waitForSelector('#indicator-S5-4');
      expect(await page.$('#indicator-S5-2')).toBeNull();
      expect(
        await page.$eval('a[href$="?area=S"]', (a) =>
          (a as PageElement).getAttribute('aria-current'),
        ),
      ).toBe('page');

      // The same file again changes nothing, and says so.
      await page.goto(`${app.baseUrl}/frameworks/upload`);
      await waitForHeading(page, 'Import a framework version');
      await upload('pies-2027.yaml');
      expect(await flash(page)).toContain('was already imported with exactly this content');

      // The same version with other content is refused: a published version never changes.
      writeFileSync(
        join(dir, 'pies-2027-changed.yaml'),
        nextVersion().replace('The agency tells children about Report Remove.', 'Changed.'),
      );
      await page.goto(`${app.baseUrl}/frameworks/upload`);
      await waitForHeading(page, 'Import a framework version');
      await upload('pies-2027-changed.yaml');
      await page.waitForSelector('#file-error');
      expect(await textOf(page, '#file-error')).toContain(
        'This version of the framework is published with other content: give the changed framework a new version',
      );
      await page.goBack();
      await waitForHeading(page, 'Version 2027.1');

      // What changed since the previous version.
      await page.click('a[href^="/frameworks/riverside-pies/diff"]');
      await waitForHeading(page, 'Compare framework versions');
      await page.waitForSelector('main table');
      const captions = await page.$$eval('main caption', (cs) =>
        cs.map((c) => (c as PageElement).innerText),
      );
      expect(captions).toEqual(['Added (1)', 'Removed (1)', 'Changed (1)']);
      const diffRows = await rowsOf(page);
      expect(diffRows[0]).toBe('S5.4 The agency tells children about Report Remove.');
      expect(diffRows[1]).toMatch(/^S5.2 /);
      expect(diffRows[2]).toContain('P1.1');
      expect(diffRows[2]).toContain('Statement Was:');
      expect(diffRows[2]).toContain('Benchmark: level 3 to level 4');
      expect(diffRows[2]).toContain('Examples of evidence: 1 added');
      await expectAccessible(page, 'framework diff');
      await screenshot(page, 'framework-diff');

      // The other way round, picked with the selects.
      await page.select('#from', '2027.1');
      await page.select('#to', '2026.1');
      await page.click('main form button');
      await page.waitForFunction(
        () => document.querySelector('main tbody tr')?.textContent?.startsWith('S5.2') ?? false,
      );
      expect(page.url()).toContain('from=2027.1&to=2026.1');

      // On a phone, every page fits the screen.
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      expect(await overflowing(page)).toEqual([]);
      for (const [path, ready] of [
        ['/frameworks', 'main tbody tr'],
        ['/frameworks/riverside-pies/versions/2027.1', '#indicator-P1-1'],
        [`/partnerships/${partnership.id}/cycles`, 'main tbody tr'],
        [`/cycles/${cycleId}`, 'main tbody tr'],
      ]) {
        await page.goto(`${app.baseUrl}${path}`);
        await page.waitForSelector(ready);
        expect([path, await overflowing(page)]).toEqual([path, []]);
        if (path.includes('/versions/')) {
          await page.evaluate(() =>
            (
              document.querySelector('#indicator-P1-1') as unknown as { scrollIntoView(): void }
            ).scrollIntoView(),
          );
          await screenshot(page, 'framework-version-phone', false);
        }
      }
      await expectAccessible(page, 'cycle (phone)');
      await screenshot(page, 'cycle-phone');
      await page.goto(`${app.baseUrl}/frameworks/upload`);
      await waitForHeading(page, 'Import a framework version');
      await upload('pies-broken.yaml');
      await page.waitForSelector('main table');
      expect(await overflowing(page)).toEqual([]);

      // An older version says which is newest.
      await page.goto(`${app.baseUrl}/frameworks/riverside-pies/versions/2026.1`);
      await waitForHeading(page, 'Version 2026.1');
      await page.waitForSelector('main .govuk-inset-text');
      expect(await textOf(page, 'main .govuk-inset-text')).toBe(
        'This is not the newest version. Version 2027.1 is newer.',
      );
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'schedules a cycle to open on its date, refuses one that would overlap it, and asks before opening early',
    async () => {
      const api = await app.as(admin);
      const [current] = (await api.get(`/api/partnerships/${partnership.id}/cycles`).expect(200))
        .body;
      const draft = (name: string, opensOn: string) =>
        api
          .post(`/api/partnerships/${partnership.id}/cycles`, {
            name,
            frameworkVersionId: current.frameworkVersionId,
            opensOn,
          })
          .expect(201);
      const next = (await draft('2027-29', '2027-09-01')).body;
      const clash = (await draft('2028-30', '2028-01-10')).body;
      const { page, problems, close } = await signedInPage(browser, app, admin, partnership.name);

      // The page shows once the partnership's member count has come too (held back here), so
      // the status sentence is whole from the start and nothing moves under a click (a click
      // once landed above the buttons, on nothing).
      await page.setRequestInterception(true);
      const slowPartnership = (request: HTTPRequest) => {
        if (request.url().endsWith(`/api/partnerships/${partnership.id}`))
          setTimeout(() => void request.continue(), 500);
        else void request.continue();
      };
      page.on('request', slowPartnership);
      await page.goto(`${app.baseUrl}/cycles/${next.id}`);
      await waitForHeading(page, 'Audit cycle 2027-29');
      expect(await textOf(page, '.govuk-summary-list')).toContain(
        'member organisations gets an audit',
      );
      page.off('request', slowPartnership);
      await page.setRequestInterception(false);
      await page.click(`a[href="/cycles/${next.id}/schedule"]`);
      await waitForHeading(page, 'Schedule the 2027-29 cycle?');
      expect(await textOf(page, 'main')).toContain('It opens by itself on 1 September 2027.');
      await expectAccessible(page, 'schedule a cycle');
      await page.click('main button[type=submit]');
      await waitForHeading(page, 'Audit cycle 2027-29');
      expect(await flash(page)).toContain(
        'The 2027-29 cycle is scheduled to open on 1 September 2027',
      );
      expect(await textOf(page, '.govuk-summary-list')).toContain(
        'Scheduled: opens by itself on 1 September 2027',
      );
      expect(await page.$('#audits-heading')).toBeNull();
      // The reminders its agencies will get, from the partnership's days.
      await page.waitForSelector('#reminders-heading');
      const reminderRows = () =>
        page.$$eval('.app-reminders .govuk-summary-list__row', (rows) =>
          rows.map((r) => (r as PageElement).innerText.replace(/\s+/g, ' ').trim()),
        );
      expect((await reminderRows()).slice(0, 4)).toEqual([
        '2 August 2029 30 days before the due date',
        '25 August 2029 7 days before the due date',
        '31 August 2029 1 day before the due date',
        '2 September 2029 1 day overdue',
      ]);
      await expectAccessible(page, 'scheduled cycle');
      await screenshot(page, 'cycle-scheduled');

      // The partnership's reminder days: a day out of range is named; then 14 and 2.
      await page.click(`a[href="/partnerships/${partnership.id}/reminders"]`);
      await waitForHeading(page, 'Reminder days');
      expect(await page.$eval('#reminderDays', (e) => (e as PageElement).value)).toBe('30, 7, 1');
      await page.$eval('#reminderDays', (e) => ((e as PageElement).value = ''));
      await page.type('#reminderDays', '14, 400');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Enter whole days from 1 to 365, separated by commas, at most 10, none twice',
      );
      await expectAccessible(page, 'reminder days with errors');
      await page.$eval('#reminderDays', (e) => ((e as PageElement).value = ''));
      await page.type('#reminderDays', '2, 14');
      await page.click('main button[type=submit]');
      await waitForHeading(page, 'Audit cycles');
      expect(await flash(page)).toContain('The reminder days have been saved');
      await page.goto(`${app.baseUrl}/cycles/${next.id}`);
      await page.waitForSelector('#reminders-heading');
      expect((await reminderRows()).slice(0, 2)).toEqual([
        '18 August 2029 14 days before the due date',
        '30 August 2029 2 days before the due date',
      ]);

      // A cycle opening before 2027-29 is due would run beside it: refused, naming it.
      await page.goto(`${app.baseUrl}/cycles/${clash.id}/schedule`);
      await waitForHeading(page, 'Schedule the 2028-30 cycle?');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'The cycle would run at the same time as the 2027-29 cycle (1 September 2027 to 1 September 2029)',
      );
      await expectAccessible(page, 'overlapping cycle refused');
      await screenshot(page, 'cycle-overlap');

      // Opening the scheduled cycle now names the date it was meant to open.
      await page.goto(`${app.baseUrl}/cycles/${next.id}`);
      await waitForHeading(page, 'Audit cycle 2027-29');
      await page.click(`a[href="/cycles/${next.id}/open"]`);
      await waitForHeading(page, 'Open the 2027-29 cycle before its opening date?');
      expect(await textOf(page, 'main .govuk-inset-text')).toContain(
        'The cycle was meant to open on 1 September 2027.',
      );
      await expectAccessible(page, 'open a cycle early');
      await page.click('main a[href="/cycles/' + next.id + '"]');
      await waitForHeading(page, 'Audit cycle 2027-29');

      // Cancelling the schedule makes it a draft again.
      await page.click(`a[href="/cycles/${next.id}/unschedule"]`);
      await waitForHeading(page, 'Cancel the schedule of the 2027-29 cycle?');
      await expectAccessible(page, 'cancel a schedule');
      await page.click('main button[type=submit]');
      await waitForHeading(page, 'Audit cycle 2027-29');
      expect(await flash(page)).toContain('The 2027-29 cycle is a draft again');
      const [row] = await app.db.query('SELECT status FROM cycles WHERE id = $1', [next.id]);
      expect(row).toEqual({ status: 'draft' });
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
