import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { DEFAULT_FRAMEWORK } from '../../src/demo/demo-seed.service';
import { seedScale } from '../../src/demo/scale-seeder';
import { FrameworksService } from '../../src/frameworks/frameworks.service';
import { startTestApp, type TestApp, type TestUser } from '../test-app';
import {
  BROWSER_TIMEOUT,
  ensureAdminBuilt,
  expectAccessible,
  fill,
  newPage,
  screenshot,
  signIn,
  startBrowser,
  textOf,
  waitForHeading,
} from './admin-browser';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow & { fetch: typeof fetch };

const PARTNERSHIP = 'Riverside Safeguarding Children Partnership';
const fmt = (n: number | null) =>
  n == null ? 'No score' : n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Waits until every chart on the page is drawn (an SVG inside it) and returns how many. */
async function chartsDrawn(page: Page, at_least: number): Promise<number> {
  await page.waitForFunction(
    (n: number) =>
      document.querySelectorAll('[data-chart-status="drawn"] svg').length >= n &&
      document.querySelectorAll('[data-chart-status="loading"]').length === 0,
    {},
    at_least,
  );
  return page.evaluate(() => document.querySelectorAll('[data-chart-status="drawn"] svg').length);
}

/** Waits until the dashboard has the data for its address (not "Updating the dashboard…"). */
const settled = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('.app-result-count')?.textContent?.includes('Updating'),
  );

const rowsOf = (page: Page, selector: string) =>
  page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) =>
      Array.from((r as unknown as { children: ArrayLike<PageElement> }).children).map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ),
  );

/**
 * The board's path in the built app against the real API: the partnership dashboard (charts,
 * heat map sorted, filtered and paged through the API), an audit's review, a challenge the
 * agency answers through the UI, accept and return, an agency's dashboard, and the reports.
 */
describe('admin app: board member', () => {
  let app: TestApp;
  let browser: Browser;
  let partnershipId: string;
  let cycleId: string;
  let board: TestUser;
  let lead: TestUser;
  let toAccept: { id: string; organisationId: string; name: string };
  let toReturn: { id: string; name: string };
  let draftId: string;

  beforeAll(async () => {
    await ensureAdminBuilt();
    [app, browser] = await Promise.all([startTestApp({}, { listen: true }), startBrowser()]);
    const frameworks = app.app.get(FrameworksService);
    const fw = await frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
    const definition = await frameworks.definitionById(fw.id);
    // Enough agencies for two pages of the heat map (50 a page), two cycles for the trend.
    ({ partnershipId } = await seedScale(app.db, {
      partnership: PARTNERSHIP,
      orgs: 110,
      cycles: 2,
      frameworkVersionId: fw.id,
      definition,
      seed: 11,
    }));
    [{ id: cycleId }] = await app.db.query(
      `SELECT id FROM cycles WHERE partnership_id = $1 AND status = 'open'`,
      [partnershipId],
    );
    const submitted = await app.db.query(
      `SELECT a.id, a.organisation_id AS "organisationId", o.name FROM audits a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND a.status = 'submitted' ORDER BY o.name LIMIT 2`,
      [cycleId],
    );
    [toAccept, toReturn] = submitted;
    [{ id: draftId }] = await app.db.query(
      `SELECT id FROM audits WHERE cycle_id = $1 AND status = 'in_progress' LIMIT 1`,
      [cycleId],
    );
    board = await app.given.user({ role: 'board_member', partnershipId });
    lead = await app.given.user({ role: 'agency_lead', organisationId: toAccept.organisationId });
    await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Jordan Board', board.id]);
    await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Robin Lead', lead.id]);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(
    'shows the dashboard: charts with their tables, a heat map sorted, filtered and paged',
    async () => {
      const api = await app.as(board);
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, board, PARTNERSHIP);
      await page.click('.govuk-service-navigation a[href$="/dashboard"]');
      await waitForHeading(page, 'Dashboard');
      expect(await chartsDrawn(page, 3)).toBeGreaterThanOrEqual(3);
      const d = (await api.get(`/api/partnerships/${partnershipId}/dashboard`).expect(200)).body;

      // Table alternatives carry the API's figures.
      const areaRows = await rowsOf(page, '.app-table--areas');
      expect(areaRows).toHaveLength(d.partnership.areas.length + 1);
      d.partnership.areas.forEach(
        (a: { code: string; score: number; benchmark: number }, i: number) => {
          expect(areaRows[i][0]).toContain(a.code);
          expect(areaRows[i][1]).toContain(fmt(a.score));
          expect(areaRows[i][2]).toBe(fmt(a.benchmark));
        },
      );
      const completion = await rowsOf(page, '.app-table--completion');
      expect(completion.map((r) => Number(r[1]))).toEqual(
        ['not_started', 'in_progress', 'submitted', 'returned', 'accepted'].map(
          (s) => d.completion[s],
        ),
      );
      expect(await textOf(page, '#overdue-count')).toBe(String(d.completion.overdue));
      // Charts have accessible names.
      const names = await page.$$eval('[data-chart-status] ', (els) =>
        els.map((e) => (e as PageElement).getAttribute('aria-labelledby')),
      );
      expect(names.every(Boolean)).toBe(true);

      // Heat map: first page of the API's order, then sorted by overall, both ways.
      expect(await textOf(page, '#heat-map-count')).toContain(
        `Showing 1 to 50 of ${d.heatMap.total} agencies`,
      );
      expect((await rowsOf(page, '#heat-map')).length).toBe(50);
      await expectAccessible(page, 'dashboard');
      await page.$eval('#completion-heading', (h) =>
        (h as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-dashboard', false);
      await page.$eval('#scores-heading', (h) =>
        (h as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-scores', false);
      await page.$eval('#heat-map-heading', (h) =>
        (h as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-heat-map', false);

      const sortedBy = async (sort: string) =>
        (await api.get(`/api/partnerships/${partnershipId}/dashboard?sort=${sort}`).expect(200))
          .body.heatMap.items;
      await page.click('#heat-map th:nth-child(4) a');
      await page.waitForFunction(
        () =>
          document.querySelector('#heat-map th:nth-child(4)')?.getAttribute('aria-sort') ===
          'ascending',
      );
      expect(page.url()).toContain('sort=overall');
      await settled(page);
      let rows = await rowsOf(page, '#heat-map');
      expect(rows[0][0]).toBe((await sortedBy('overall'))[0].organisation);
      await page.click('#heat-map th:nth-child(4) a');
      await page.waitForFunction(
        () =>
          document.querySelector('#heat-map th:nth-child(4)')?.getAttribute('aria-sort') ===
          'descending',
      );
      const top = (await sortedBy('-overall'))[0];
      await settled(page);
      rows = await rowsOf(page, '#heat-map');
      expect(rows[0][0]).toBe(top.organisation);
      expect(rows[0][3]).toBe(
        `${fmt(top.overall.score)} ${top.overall.rag[0].toUpperCase()}${top.overall.rag.slice(1)}`,
      );

      // By keyboard: a column heading is a link; Enter sorts by that area.
      await page.focus('#heat-map th:nth-child(5) a');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          document.querySelector('#heat-map th:nth-child(5)')?.getAttribute('aria-sort') ===
          'ascending',
      );
      await settled(page);
      expect((await rowsOf(page, '#heat-map'))[0][0]).toBe((await sortedBy('P'))[0].organisation);

      // Next page, through the API.
      await page.click('.govuk-pagination__next a');
      await page.waitForFunction(() =>
        document.querySelector('#heat-map-count')?.textContent?.includes('Showing 51 to'),
      );
      expect(page.url()).toContain('page=2');
      expect((await rowsOf(page, '#heat-map')).length).toBe(d.heatMap.total - 50);

      // Filter by sector and state: the counts are the API's.
      await page.select('#sector', 'education');
      await page.select('#state', 'submitted');
      await page.click('.app-filters button');
      const filtered = (
        await api
          .get(`/api/partnerships/${partnershipId}/dashboard?sector=education&state=submitted`)
          .expect(200)
      ).body;
      await page.waitForFunction(
        (n: number) =>
          document.querySelector('#heat-map-count')?.textContent?.includes(`of ${n} agenc`) ??
          false,
        {},
        filtered.heatMap.total,
      );
      expect(page.url()).toContain('sector=education&state=submitted');
      rows = await rowsOf(page, '#heat-map');
      expect(rows.every((r) => r[1] === 'Education' && r[2] === 'Submitted')).toBe(true);
      // Back returns to the unfiltered second page.
      await page.goBack();
      await page.waitForFunction(() =>
        document.querySelector('#heat-map-count')?.textContent?.includes('Showing 51 to'),
      );

      // A phone: the heat map scrolls in its own focusable region; the page does not.
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await chartsDrawn(page, 3);
      expect(
        await page.$eval('.app-scroll', (e) => (e as PageElement).getAttribute('tabindex')),
      ).toBe('0');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await expectAccessible(page, 'dashboard (phone)');
      await screenshot(page, 'board-dashboard-phone', false);
      await page.$eval('#heat-map-heading', (h) =>
        (h as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-heat-map-phone', false);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'reviews an audit, challenges an indicator, the agency replies, the board resolves and accepts',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/audits/${toAccept.id}/review`);
      await waitForHeading(page, 'Review the audit');
      expect(await textOf(page, '.govuk-caption-l')).toContain(toAccept.name);
      await expectAccessible(page, 'review');
      await screenshot(page, 'board-review', false);

      // Challenge one indicator from its card.
      await page.click('#indicator-P1\\.2 .govuk-summary-card__actions a');
      await page.waitForFunction(() => document.activeElement?.id === 'question');
      expect(await page.$eval('#challenge-indicator', (e) => (e as PageElement).value)).toBe(
        'P1.2',
      );
      // Empty question: the API's 400 names the field.
      await page.click('#raise-challenge-section button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '#raise-challenge-section .govuk-error-summary')).toContain(
        'Enter your question for the agency',
      );
      const question =
        'Which staff completed the online safety training this year, and how was it checked?';
      await fill(page, '#question', question);
      await page.click('#raise-challenge-section button');
      await waitForHeading(page, 'Challenges');
      expect(await textOf(page, '.govuk-notification-banner')).toContain('Challenge raised');
      const api = await app.as(board);
      const raised = (await api.get(`/api/audits/${toAccept.id}/challenges`).expect(200)).body.find(
        (c: { messages: { body: string }[] }) => c.messages[0].body === question,
      );
      expect(raised).toMatchObject({ indicatorCode: 'P1.2', status: 'open' });

      // The agency lead replies through the UI.
      const agency = await newPage(browser, app.baseUrl);
      await signIn(agency.page, app.baseUrl, lead, toAccept.name);
      await agency.page.goto(`${app.baseUrl}/audits/${toAccept.id}/challenges`);
      await waitForHeading(agency.page, 'Challenges');
      const reply = 'Twelve staff completed it in March; the training log is attached as evidence.';
      await fill(agency.page, `#reply-${raised.id}`, reply);
      await agency.page.click(`#challenge-${raised.id} form button`);
      await agency.page.waitForFunction(
        () =>
          document
            .querySelector('.govuk-notification-banner')
            ?.textContent?.includes('reply has been added') ?? false,
      );
      expect(await textOf(agency.page, `#challenge-${raised.id} .app-thread`)).toContain(reply);
      // The agency cannot resolve.
      expect(await agency.page.$(`#challenge-${raised.id} form:nth-of-type(2)`)).toBeNull();
      await expectAccessible(agency.page, 'challenges (agency)');
      expect(agency.problems).toEqual([]);
      await agency.close();

      // The board sees the reply and resolves.
      await page.reload();
      await waitForHeading(page, 'Challenges');
      expect(await textOf(page, `#challenge-${raised.id}`)).toContain(
        'Reply from the agency, Robin Lead',
      );
      const forms = await page.$$(`#challenge-${raised.id} form`);
      const resolve = await forms[forms.length - 1].$('button');
      expect(await resolve!.evaluate((b) => (b as unknown as PageElement).textContent)).toContain(
        'Mark as resolved',
      );
      await resolve!.click();
      await page.waitForFunction(
        () =>
          document.querySelector('.govuk-notification-banner')?.textContent?.includes('resolved') ??
          false,
      );
      expect(await textOf(page, `#challenge-${raised.id} h2`)).toContain('Resolved');
      await expectAccessible(page, 'challenges (board)');
      await screenshot(page, 'board-challenges');

      // Accept, with confirmation.
      await page.goto(`${app.baseUrl}/audits/${toAccept.id}/review`);
      await waitForHeading(page, 'Review the audit');
      await page.click('#decision');
      await page.click('#decision-heading ~ form button[type=submit]');
      await page.waitForSelector('#confirm-heading');
      await page.click('#decision-heading ~ form button[type=submit]');
      await page.waitForFunction(
        () =>
          document
            .querySelector('.govuk-notification-banner')
            ?.textContent?.includes('is accepted') ?? false,
      );
      expect((await api.get(`/api/audits/${toAccept.id}`).expect(200)).body.status).toBe(
        'accepted',
      );
      await page.waitForFunction(() => !document.querySelector('#decision-heading'));
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'returns an audit with a reason (an error summary without one); drafts are explained',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/audits/${toReturn.id}/review`);
      await waitForHeading(page, 'Review the audit');
      await page.click('#decision-2');
      await page.click('#decision-heading ~ form button[type=submit]');
      await page.waitForSelector('#decision-heading ~ form .govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Enter why you are returning the audit',
      );
      expect(
        await page.$eval('.govuk-error-summary a', (a) => (a as PageElement).getAttribute('href')),
      ).toBe('#reason');
      await expectAccessible(page, 'review with an error');
      const reason =
        'Please add evidence for the filtering indicators and dates for the action plan.';
      await fill(page, '#reason', reason);
      await page.click('#decision-heading ~ form button[type=submit]');
      await page.waitForSelector('#confirm-heading');
      expect(await textOf(page, '#decision-heading ~ form')).toContain(reason);
      await page.click('#decision-heading ~ form button[type=submit]');
      await page.waitForFunction(
        () =>
          document
            .querySelector('.govuk-notification-banner')
            ?.textContent?.includes('returned to the agency') ?? false,
      );
      const api = await app.as(board);
      expect((await api.get(`/api/audits/${toReturn.id}`).expect(200)).body).toMatchObject({
        status: 'returned',
        returnReason: reason,
      });

      // A draft: the API answers 403 to the board, and the page says why.
      await page.goto(`${app.baseUrl}/audits/${draftId}/review`);
      await waitForHeading(page, 'This audit has not been submitted yet');
      await expectAccessible(page, 'draft audit');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows an agency's dashboard: radar and history with their tables",
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/organisations/${toAccept.organisationId}/dashboard`);
      await waitForHeading(page, toAccept.name);
      expect(await chartsDrawn(page, 2)).toBe(2);
      const api = await app.as(board);
      const d = (
        await api.get(`/api/organisations/${toAccept.organisationId}/dashboard`).expect(200)
      ).body;
      const rows = await rowsOf(page, '.app-table--org-areas');
      d.radar.areas.forEach(
        (a: { score: number; partnershipAverage: number; benchmark: number }, i: number) => {
          expect(rows[i][1]).toContain(fmt(a.score));
          expect(rows[i][2]).toBe(fmt(a.partnershipAverage));
          expect(rows[i][3]).toBe(fmt(a.benchmark));
        },
      );
      expect((await rowsOf(page, '.app-table--history')).length).toBe(d.history.length);
      await expectAccessible(page, 'organisation dashboard');
      await screenshot(page, 'organisation-dashboard');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'downloads the board report, spreadsheet and CSV, and builds the report pack',
    async () => {
      // A small partnership of its own, so the pack has few reports to print.
      const frameworks = app.app.get(FrameworksService);
      const [{ id: versionId }] = await app.db.query('SELECT id FROM framework_versions LIMIT 1');
      const small = await seedScale(app.db, {
        partnership: 'Eastfield Safeguarding Children Partnership',
        orgs: 4,
        cycles: 1,
        frameworkVersionId: versionId,
        definition: await frameworks.definitionById(versionId),
        seed: 3,
      });
      const [{ id: smallCycle }] = await app.db.query(
        'SELECT id FROM cycles WHERE partnership_id = $1',
        [small.partnershipId],
      );
      await app.db.query(
        `UPDATE audits SET status = 'submitted', submitted_at = now() WHERE cycle_id = $1`,
        [smallCycle],
      );
      const member = await app.given.user({
        role: 'board_member',
        partnershipId: small.partnershipId,
      });
      await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Casey Board', member.id]);
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, member, 'Eastfield Safeguarding Children Partnership');
      await page.goto(`${app.baseUrl}/cycles/${smallCycle}/reports`);
      await waitForHeading(page, 'Reports and downloads');
      await expectAccessible(page, 'reports');
      const types = await page.evaluate(async () => {
        const links = ['#download-pdf', '#download-xlsx', '#download-csv'].map((s) =>
          document.querySelector(s)!.getAttribute('href')!,
        );
        return Promise.all(
          links.map(async (href) => {
            const r = await window.fetch(href);
            await r.arrayBuffer();
            return `${r.status} ${r.headers.get('content-type')}`;
          }),
        );
      });
      expect(types).toEqual([
        '200 application/pdf',
        '200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        '200 text/csv; charset=utf-8',
      ]);

      await page.click('form button[type=submit]');
      await page.waitForSelector('#pack-progress');
      expect(
        await page.$eval('#pack-status', (e) => (e as PageElement).getAttribute('aria-live')),
      ).toBe('polite');
      // Follow the status line until the download appears: it moves through the job's states.
      const seen = new Set<string>();
      for (let waited = 0; !(await page.$('#pack-download')); waited += 100) {
        if (waited > 90_000) throw new Error(`no download after 90 s: ${[...seen].join(' | ')}`);
        seen.add(await textOf(page, '#pack-status'));
        await new Promise((r) => setTimeout(r, 100));
      }
      expect([...seen].some((t) => /^(Waiting to start|Building the pack: \d of 4)/.test(t))).toBe(
        true,
      );
      expect(
        await page.$eval('#pack-progress', (e) => [
          (e as PageElement).getAttribute('value'),
          (e as PageElement).getAttribute('max'),
        ]),
      ).toEqual(['4', '4']);
      expect(await textOf(page, '#pack-status')).toBe('The pack is ready: 4 reports.');
      expect(page.url()).toMatch(/\?job=[0-9a-f-]{36}$/);
      const zip = await page.evaluate(async () => {
        const r = await window.fetch(
          document.querySelector('#pack-download')!.getAttribute('href')!,
        );
        const bytes = new Uint8Array(await r.arrayBuffer());
        return `${r.headers.get('content-type')} ${bytes[0]} ${bytes[1]}`;
      });
      expect(zip).toBe('application/zip 80 75'); // "PK"
      await expectAccessible(page, 'reports, pack ready');
      await screenshot(page, 'board-reports');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
