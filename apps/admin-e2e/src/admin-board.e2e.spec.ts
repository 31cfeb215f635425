import type { Browser } from 'puppeteer-core';
import { FrameworksService } from '../../api/src/frameworks/frameworks.service';
import { seedScale } from '../../../bench/seed/scale-seeder';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { stopBrowserApp } from './browser-app';
import {
  type BoardWorld,
  chartsDrawn,
  fmt,
  PARTNERSHIP,
  rowsOf,
  settled,
  startBoardWorld,
} from './admin-board-fixture';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow & { fetch: typeof fetch };

/**
 * The board's dashboards and reports in the built app against the real API: the partnership
 * dashboard (charts with their tables, the heat map sorted, filtered and paged through the API,
 * on a phone too), an agency's dashboard, and the downloads with the bulk pack's progress.
 */
describe('admin app: board dashboards and reports', () => {
  let app: TestApp;
  let browser: Browser;
  let partnershipId: string;
  let board: TestUser;
  let toAccept: BoardWorld['toAccept'];
  let frameworkVersionId: string;

  beforeAll(async () => {
    ({ app, browser, partnershipId, board, toAccept, frameworkVersionId } =
      await startBoardWorld());
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'shows the dashboard: charts with their tables, a heat map sorted, filtered and paged',
    async () => {
      const api = await app.as(board);
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
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
    'lists every overdue agency a page at a time, the page in the address',
    async () => {
      const api = await app.as(board);
      const route = `/api/partnerships/${partnershipId}/dashboard/overdue-agencies`;
      const first = (await api.get(route).expect(200)).body;
      expect(first.total).toBeGreaterThan(50);
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      expect(await textOf(page, '#all-overdue-agencies summary')).toBe(
        `Show all ${first.total} overdue agencies`,
      );
      await page.click('#all-overdue-agencies summary');
      await page.waitForSelector('#all-overdue table');
      const names = async () => (await rowsOf(page, '#all-overdue table')).map((r) => r[0]);
      expect(await names()).toEqual(
        first.items.map((o: { organisation: string }) => o.organisation),
      );
      await page.click('#all-overdue .govuk-pagination__next a');
      const second = (await api.get(`${route}?page=2`).expect(200)).body;
      await page.waitForFunction(
        (name: string) => document.querySelector('#all-overdue tbody tr > *')?.textContent === name,
        {},
        second.items[0].organisation,
      );
      expect(page.url()).toContain('overduePage=2');
      expect(await names()).toEqual(
        second.items.map((o: { organisation: string }) => o.organisation),
      );
      // The open page survives a reload.
      await page.reload();
      await page.waitForSelector('#all-overdue table');
      expect((await names())[0]).toBe(second.items[0].organisation);
      await page.$eval('#all-overdue-agencies', (e) =>
        (e as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-overdue-agencies', false);
      await expectAccessible(page, 'dashboard with every overdue agency');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows an agency's dashboard: radar and history with their tables",
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
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
      const versionId = frameworkVersionId;
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
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        member,
        'Eastfield Safeguarding Children Partnership',
      );
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
