import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  roughEdgeShot,
  fill,
  newPage,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import { type AuditWorld, auditWorld, responseRow, waitForSaved } from './audit-fixtures';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true };
const KCSIE = 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2';

/** The h1 shown once the page has loaded, whatever it is. */
async function landed(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      !!document.querySelector('h1') &&
      !document.querySelector('.app-loading') &&
      !/Sign in/.test(document.querySelector('h1')?.textContent ?? ''),
  );
  return textOf(page, 'h1');
}

/**
 * The rough edges users hit on the agency's audit screens: what submitting still needs, a
 * contributor's own work, the indicator page's layout, evidence and sources, and error summaries
 * that outlive what they complained about.
 */
describe('admin app: rough edges of the audit screens', () => {
  let app: TestApp;
  let browser: Browser;
  let world: AuditWorld;
  let contributor: TestUser;
  /** Indicators still without an answer: every other one, 29 of the 57. */
  let missing: string[];

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    world = await auditWorld(app);
    const { colleague, auditId, codes, org } = world;
    await colleague.post(`/api/audits/${auditId}/start`).expect(200);
    missing = codes.filter((_, i) => i % 2 === 0);
    for (const code of codes.filter((c) => !missing.includes(c))) {
      const current = await responseRow(app, auditId, code);
      await colleague
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: current?.version ?? 0,
          level: 3,
          commentary: `In place for ${code}.`,
        })
        .expect(200);
    }
    contributor = await app.given.user({
      role: 'agency_contributor',
      organisationId: org.id,
      email: 'sam.okafor@meadowbank.example',
    });
    await app.db.query(`UPDATE users SET name = 'Sam Okafor' WHERE id = $1`, [contributor.id]);
    await colleague
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [{ userId: contributor.id, areaCode: 'E' }],
      })
      .expect(200);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'check answers: says how many are still to do and names each by code and title, with a link',
    async () => {
      const { auditId, definition, codes, org, lead } = world;
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      await page.goto(`${app.baseUrl}/audits/${auditId}/check-answers`);
      await waitForHeading(page, 'Check your answers before submitting');
      await page.click('::-p-text(Submit the audit)');
      await page.waitForSelector('.govuk-error-summary');
      await page.evaluate(() => document.querySelector('.govuk-error-summary')?.scrollIntoView());
      await roughEdgeShot(page, 'check-answers-after');

      expect(await textOf(page, '.govuk-error-summary__title')).toBe(
        `${missing.length} of ${codes.length} indicators still to do`,
      );
      // The framework says which may be marked not applicable (allowNotApplicable, resolved).
      const indicators = new Map(
        definition.areas.flatMap((a) =>
          a.standards.flatMap((s) =>
            s.indicators.map(
              (i) => [i.code, i as typeof i & { allowNotApplicable: boolean }] as const,
            ),
          ),
        ),
      );
      const items = await page.$$eval('.govuk-error-summary__list > li', (lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          link: (li.querySelector('a') as PageElement | null)?.innerText ?? '',
          text: (li as PageElement).innerText.replace(/\s+/g, ' '),
        })),
      );
      expect(items.map((i) => i.href)).toEqual(
        missing.map((c) => `/audits/${auditId}/indicators/${c}?from=check-answers`),
      );
      for (const [n, code] of missing.entries()) {
        const indicator = indicators.get(code)!;
        expect(items[n].link).toContain(`${code} ${indicator.statement}`);
        if (indicator.allowNotApplicable)
          expect(items[n].text).toContain('or mark it not applicable');
        else expect(items[n].text).not.toContain('not applicable');
      }
      expect(items.some((i) => !i.text.includes('not applicable'))).toBe(true);
      await expectAccessible(page, 'check answers, refused');
      await page.setViewport(PHONE);
      await expectAccessible(page, 'check answers, refused (phone)');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'contributors: land on their assigned work, marked, with an "assigned to me" filter',
    async () => {
      const { auditId, codes } = world;
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.setViewport(PHONE);
      await page.goto(`${app.baseUrl}/sign-in`);
      await waitForHeading(page, 'Sign in');
      await fill(page, '#email', contributor.email);
      await fill(page, '#password', contributor.password);
      await page.click('button[type=submit]');
      const heading = await landed(page);
      await page.$eval('#assigned-to-me', (e) => e.scrollIntoView({ block: 'center' }));
      await roughEdgeShot(page, 'contributor-landing-after');
      expect(heading).toContain('2026-28 audit');
      expect(new URL(page.url()).pathname).toBe(`/audits/${auditId}`);

      const eCodes = world.definition.areas
        .find((a) => a.code === 'E')!
        .standards.flatMap((s) => s.indicators.map((i) => i.code));
      expect(eCodes).toHaveLength(14);
      const rows = () =>
        page.$$eval('.govuk-task-list__item', (items) =>
          items.map((i) => ({
            title: (i.querySelector('.govuk-task-list__name-and-hint') as PageElement).innerText,
            mine: !!i.querySelector('.app-assigned-tag'),
          })),
        );
      // Landing, only theirs is shown, each marked.
      expect(await page.$eval('#assigned-to-me', (e) => (e as { checked?: boolean }).checked)).toBe(
        true,
      );
      expect(await textOf(page, 'main')).toContain('14 indicators are assigned to you');
      let shown = await rows();
      expect(shown.map((r) => r.title.split(' ')[0])).toEqual(eCodes);
      expect(shown.every((r) => r.mine)).toBe(true);
      await expectAccessible(page, 'task list, assigned to me (phone)');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);

      // Everything, theirs marked.
      await page.click('label[for=assigned-to-me]');
      await page.waitForFunction(
        (n: number) => document.querySelectorAll('.govuk-task-list__item').length === n,
        {},
        codes.length,
      );
      shown = await rows();
      expect(shown.filter((r) => r.mine).map((r) => r.title.split(' ')[0])).toEqual(eCodes);
      expect(new URL(page.url()).search).toBe('');
      await page.setViewport({ width: 1280, height: 900 }); // reloads the page
      await waitForHeading(page, '2026-28 audit');
      await page.evaluate(() => document.querySelector('#area-E')?.scrollIntoView());
      await roughEdgeShot(page, 'assigned-marked-after');
      await expectAccessible(page, 'task list, everything');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'indicator page: guidance beside the answer, sticky save status, sources, one-step upload',
    async () => {
      const { auditId, org, lead } = world;
      const code = missing[0]; // P1.1: its sources include a link
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${code}`);
      await waitForHeading(page, code);
      await roughEdgeShot(page, 'indicator-wide-after');

      // Beside each other on a wide screen.
      const box = (selector: string) =>
        page.$eval(selector, (e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
      const guidance = await box('#indicator-guidance');
      const answer = await box('#indicator-answer');
      expect(guidance.left).toBeGreaterThanOrEqual(answer.right);
      expect(guidance.top).toBeLessThan(answer.bottom);

      // The framework's sources, with their links.
      expect(await textOf(page, '#indicator-sources')).toContain(
        'Keeping children safe in education (DfE)',
      );
      expect(await page.$(`#indicator-sources a[href="${KCSIE}"]`)).not.toBeNull();

      // The save status stays in view while the page scrolls.
      await page.type('#commentary', 'Policy reviewed in March.');
      await waitForSaved(page);
      await page.evaluate(() => document.querySelector('#evidence-heading')?.scrollIntoView());
      await roughEdgeShot(page, 'indicator-scrolled-after');
      const status = await box('.app-save-status');
      const height = await page.evaluate(() => window.innerHeight);
      expect(status.top).toBeGreaterThanOrEqual(0);
      expect(status.bottom).toBeLessThanOrEqual(height);

      // Choosing a file uploads it: no second button; what happens is announced.
      expect(await page.$('::-p-text(Upload file)')).toBeNull();
      const file = join(tmpdir(), 'filtering-report.txt');
      writeFileSync(file, 'Filtering report for the spring term.\n');
      const input = await page.$('#evidence-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await page.waitForSelector('#evidence-files');
      expect(await textOf(page, '#evidence-files')).toContain('filtering-report.txt');
      await page.waitForFunction(() =>
        /filtering-report\.txt uploaded/.test(
          document.querySelector('#evidence-file-status')?.textContent ?? '',
        ),
      );
      expect(await page.$eval('#evidence-file-status', (e) => e.getAttribute('role'))).toBe(
        'status',
      );
      // A file the API refuses: the error is shown with the field.
      const bad = join(tmpdir(), 'setup.exe');
      writeFileSync(bad, Buffer.from('MZ\x90\x00\x03binary\x00\x00'));
      const again = await page.$('#evidence-file');
      await (again as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(bad);
      await page.waitForSelector('#evidence-file-error');
      expect(await textOf(page, '#evidence-file-error')).toContain('The file must be a PDF');
      expect(await textOf(page, '#evidence-file-status')).toContain('setup.exe was not uploaded');
      await page.evaluate(() => document.querySelector('#evidence-heading')?.scrollIntoView());
      await roughEdgeShot(page, 'indicator-upload-after');
      await expectAccessible(page, 'indicator, upload refused');

      // Stacked on a phone.
      await page.setViewport(PHONE); // reloads the page (a mobile viewport)
      await waitForHeading(page, code);
      await page.evaluate(() => window.scrollTo(0, 0));
      const g = await box('#indicator-guidance');
      const a = await box('#indicator-answer');
      expect(g.bottom <= a.top || a.bottom <= g.top).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await roughEdgeShot(page, 'indicator-phone-after');
      await expectAccessible(page, 'indicator (phone)');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'error summaries clear once what they complained about succeeds',
    async () => {
      const { auditId, org, lead } = world;
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);

      // Contributors: "Select a person", then a person saved.
      await page.goto(`${app.baseUrl}/audits/${auditId}/contributors`);
      await waitForHeading(page, 'Assign contributors');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain('Select a person');
      await page.select('#person', contributor.id);
      await page.click('label[for=areas-2]');
      await page.click('main button[type=submit]');
      await page.waitForSelector('.govuk-notification-banner--success');
      await roughEdgeShot(page, 'stale-error-contributors-after');
      expect(await page.$('.govuk-error-summary')).toBeNull();
      expect(await page.$('#person-error')).toBeNull();
      await expectAccessible(page, 'contributors, saved after an error');

      // An improvement action: a date that is not real, then a real one.
      const code = missing[1];
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${code}`);
      await waitForHeading(page, code);
      await page.click('#add-action summary');
      await fill(page, '#action-description', 'Review the filtering categories');
      await page.waitForSelector('#action-owner-id option[value=named]');
      await page.select('#action-owner-id', 'named');
      await fill(page, '#action-owner', 'Network manager');
      await fill(page, '#action-due-day', '31');
      await fill(page, '#action-due-month', '2');
      await fill(page, '#action-due-year', '2027');
      await page.click('::-p-text(Add action)');
      await page.waitForSelector('#add-action .govuk-error-summary');
      expect(await textOf(page, '#add-action .govuk-error-summary')).toContain(
        'Due date must be a real date',
      );
      await fill(page, '#action-due-month', '3');
      await page.click('::-p-text(Add action)');
      await page.waitForSelector('.govuk-summary-card');
      expect(await textOf(page, '.govuk-summary-card')).toContain('31 March 2027');
      await page.evaluate(() => document.querySelector('#actions-heading')?.scrollIntoView());
      await roughEdgeShot(page, 'stale-error-action-after');
      expect(await page.$('#add-action .govuk-error-summary')).toBeNull();
      expect(await page.$('#action-due-day-error')).toBeNull();
      await expectAccessible(page, 'action added after an error');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
