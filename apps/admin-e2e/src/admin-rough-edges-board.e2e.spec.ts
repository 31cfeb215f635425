import type { Browser, Page } from 'puppeteer-core';
import { allText, inspectPdf } from '@pies/reports/testing';
import { seedScale } from '../../../bench/seed/scale-seeder';
import { FrameworksService } from '../../api/src/frameworks/frameworks.service';
import { binary, type TestApp, type TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  roughEdgeShot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { chartsDrawn, PARTNERSHIP, rowsOf, startBoardWorld } from './admin-board-fixture';
import { stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

/** The viewport as rough-edges/<item>-<PIES_SCREENSHOT_PHASE or "after">.png (roughEdgeShot). */
const shot = (page: Page, item: string) =>
  roughEdgeShot(page, `${item}-${process.env.PIES_SCREENSHOT_PHASE ?? 'after'}`);

const scrollTo = (page: Page, selector: string) =>
  page.$eval(selector, (h) => (h as unknown as { scrollIntoView(): void }).scrollIntoView());

/**
 * The rough edges board members met, each on screen: the dashboard reflows at 320 CSS pixels,
 * its strongest indicators meet their benchmark and say how they are ranked, the counts of
 * audits agree on every page and in the board report, scores are explained, and a board member
 * lands on the review queue and the dashboard.
 */
describe('admin app: rough edges of the board pages', () => {
  let app: TestApp;
  let browser: Browser;
  let partnershipId: string;
  let board: TestUser;

  beforeAll(async () => {
    ({ app, browser, partnershipId, board } = await startBoardWorld());
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'reflows the dashboard at 320 CSS pixels: no page scroll, chart labels inside their charts',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.setViewport({ width: 320, height: 720, deviceScaleFactor: 1, isMobile: true });
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await chartsDrawn(page, 3);
      await scrollTo(page, '#scores-heading');
      await shot(page, 'reflow');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      // Every chart's text is inside its chart, and no two labels of a chart overlap.
      const cut = await page.evaluate(() => {
        type Box = { left: number; right: number; top: number; bottom: number };
        type Boxed = PageElement & {
          getBoundingClientRect(): Box;
          querySelectorAll(selector: string): ArrayLike<Boxed>;
        };
        const charts = Array.from(
          document.querySelectorAll('[data-chart-status="drawn"] svg'),
        ) as unknown as Boxed[];
        return charts.flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          const boxes = Array.from(svg.querySelectorAll('text'))
            .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
            .filter((t) => t.text.trim() !== '');
          const outside = boxes
            .filter(
              ({ box }) =>
                box.left < frame.left - 1 ||
                box.right > frame.right + 1 ||
                box.top < frame.top - 1 ||
                box.bottom > frame.bottom + 1,
            )
            .map((t) => `cut: ${t.text}`);
          // Two lines of one label may touch (a font's box is taller than its line): an overlap
          // counts when it is over half the height of the smaller and 2 px wide.
          const overlapping = boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter((b) => {
                const across =
                  Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
                const lower = Math.min(a.box.bottom - a.box.top, b.box.bottom - b.box.top);
                return across > 2 && down > lower / 2;
              })
              .map((b) => `overlap: ${a.text} / ${b.text}`),
          );
          return [...outside, ...overlapping];
        });
      });
      expect(cut).toEqual([]);
      await expectAccessible(page, 'dashboard at 320 px');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'shows one colour per RAG band: a heat map cell and a score tag of a band match',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await chartsDrawn(page, 3);
      await scrollTo(page, '#heat-map-heading');
      await shot(page, 'rag-colours');
      const colours = await page.evaluate(() => {
        const style = window as unknown as {
          getComputedStyle(e: PageElement): { backgroundColor: string };
        };
        const bg = (selector: string) => {
          const e = document.querySelector(selector);
          return e ? style.getComputedStyle(e).backgroundColor : null;
        };
        return ['red', 'amber', 'green'].map((rag) => ({
          rag,
          cell: bg(`.app-heat--${rag}`),
          tag: bg(`.app-rag-tag--${rag}`),
        }));
      });
      for (const c of colours.filter((x) => x.cell && x.tag)) expect(c.cell).toBe(c.tag);
      expect(colours.filter((x) => x.cell && x.tag).length).toBeGreaterThan(0);
      await expectAccessible(page, 'dashboard, RAG colours');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lists as strongest only indicators most agencies meet, and says how it ranks',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await scrollTo(page, '#indicators-heading');
      await shot(page, 'strongest-indicators');
      const strongest = await rowsOf(page, '.app-table--strongest');
      expect(strongest.length).toBeGreaterThan(0);
      // "Below benchmark" is the share of agencies below it: under half on every strongest row.
      for (const row of strongest) expect(Number.parseFloat(row[2])).toBeLessThan(50);
      expect(await textOf(page, '#indicators-ranking')).toContain('ranked by the share');
      await expectAccessible(page, 'dashboard, indicators');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'counts received audits the same on the dashboard, the cycle page and the board report',
    async () => {
      const frameworks = app.app.get(FrameworksService);
      const [{ id: versionId }] = await app.db.query(
        'SELECT framework_version_id AS id FROM cycles WHERE partnership_id = $1 LIMIT 1',
        [partnershipId],
      );
      const small = await seedScale(app.db, {
        partnership: 'Westbrook Safeguarding Children Partnership',
        orgs: 15,
        cycles: 1,
        frameworkVersionId: versionId,
        definition: await frameworks.definitionById(versionId),
        seed: 5,
      });
      const [{ id: cycleId }] = await app.db.query(
        'SELECT id FROM cycles WHERE partnership_id = $1',
        [small.partnershipId],
      );
      const states: { status: string; n: number }[] = await app.db.query(
        'SELECT status, count(*)::int AS n FROM audits WHERE cycle_id = $1 GROUP BY status',
        [cycleId],
      );
      const n = (s: string) => states.find((x) => x.status === s)?.n ?? 0;
      // A cycle with audits in every state the rule tells apart.
      for (const s of ['submitted', 'returned', 'accepted', 'in_progress'])
        expect(n(s)).toBeGreaterThan(0);
      const received = n('submitted') + n('returned') + n('accepted');
      const member = await app.given.user({
        role: 'board_member',
        partnershipId: small.partnershipId,
      });
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        member,
        'Westbrook Safeguarding Children Partnership',
      );
      const said = `${received} of 15 audits received by the board`;
      await page.goto(`${app.baseUrl}/partnerships/${small.partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await scrollTo(page, '#completion-heading');
      await shot(page, 'counts-dashboard');
      const onDashboard = await page.$eval(
        '#completion-heading',
        (h) => h.parentElement!.textContent,
      );
      await page.goto(`${app.baseUrl}/cycles/${cycleId}`);
      await page.waitForSelector('.govuk-summary-list');
      await shot(page, 'counts-cycle');
      const onCycle = await textOf(page, 'main');

      // The board report says the same, and names every agency of the cycle with its state.
      const api = await app.as(member);
      const pdf = await api
        .get(`/api/cycles/${cycleId}/report.pdf`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = allText(await inspectPdf(pdf.body as Buffer));
      expect(onDashboard).toContain(said);
      expect(onCycle).toContain(said);
      expect(text).toContain(said);
      await expectAccessible(page, 'cycle page');
      const agencies: { name: string; status: string }[] = await app.db.query(
        `SELECT o.name, a.status FROM audits a JOIN organisations o ON o.id = a.organisation_id WHERE a.cycle_id = $1`,
        [cycleId],
      );
      expect(text).toContain('Every agency in the cycle');
      const named = text.slice(text.indexOf('Every agency in the cycle'));
      for (const a of agencies) expect(named).toContain(a.name);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'explains how scores work, linked from the dashboard and an agency’s scores',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await scrollTo(page, '#scores-heading');
      await shot(page, 'how-scores-work-link');
      await page.click('a[href*="how-scores-work"]');
      await waitForHeading(page, 'How scores work');
      await shot(page, 'how-scores-work');
      const body = await textOf(page, 'main');
      // The real framework's levels, scores, benchmark rule and bands.
      for (const words of ['Level', 'benchmark', 'Red', 'Amber', 'Green', 'not applicable'])
        expect(body).toContain(words);
      await expectAccessible(page, 'how scores work');
      await page.setViewport({ width: 320, height: 720, deviceScaleFactor: 1, isMobile: true });
      await waitForHeading(page, 'How scores work');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      // From an agency's scores too.
      const [{ id: orgId }] = await app.db.query(
        `SELECT a.organisation_id AS id FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE c.partnership_id = $1 AND c.status = 'open' AND a.status = 'accepted' LIMIT 1`,
        [partnershipId],
      );
      await page.goto(`${app.baseUrl}/organisations/${orgId}/dashboard`);
      await page.waitForSelector('a[href*="how-scores-work"]');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'lands a board member on the review queue and the dashboard',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
      await page.waitForSelector('main h2');
      await shot(page, 'board-landing');
      // A phone (changing to a mobile viewport reloads the page).
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      await waitForHeading(page, PARTNERSHIP);
      await page.waitForSelector('main h2');
      await shot(page, 'board-landing-phone');
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE c.partnership_id = $1 AND a.status = 'submitted'`,
        [partnershipId],
      );
      const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent ?? ''));
      // The review queue first, then the dashboard, then the rest.
      expect(headings[0]).toBe(`Audits awaiting a decision (${n})`);
      expect(headings.findIndex((h) => h.startsWith('Dashboard'))).toBeLessThan(
        headings.indexOf('About the partnership'),
      );
      expect(headings.findIndex((h) => h.startsWith('Dashboard'))).toBeGreaterThan(0);
      expect(await page.$('main a[href$="/review"]')).not.toBeNull();
      expect(await textOf(page, '#landing-received')).toMatch(/audits received by the board/);
      await expectAccessible(page, 'board landing');
      // The queue lists the first 10, each on two lines, and leads to all of them: the cycle's
      // audits, filtered to those submitted.
      const rows = await page.$$(
        `#attention-decision-${partnershipId} ~ dl .govuk-summary-list__row`,
      );
      expect(rows).toHaveLength(10);
      const byCycle = await app.db.query(
        `SELECT c.id, c.name, count(*)::int AS n FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE c.partnership_id = $1 AND a.status = 'submitted' GROUP BY c.id ORDER BY c.opens_on DESC`,
        [partnershipId],
      );
      expect(n).toBeGreaterThan(10);
      const all = await page.$$eval(`#attention-decision-all-${partnershipId} a`, (as) =>
        as.map((a) => [a.textContent, a.getAttribute('href')]),
      );
      expect(all).toEqual(
        byCycle.map((c: { id: string; name: string; n: number }) => [
          `${c.name}: all ${c.n} audits awaiting a decision`,
          `/cycles/${c.id}?state=submitted`,
        ]),
      );
      // Back at a desktop width: the way to all of them, under the first 10.
      await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
      await waitForHeading(page, PARTNERSHIP);
      await page.waitForSelector(`#attention-decision-all-${partnershipId} a`);
      await scrollTo(page, `#attention-decision-all-${partnershipId}`);
      await shot(page, 'board-landing-all');
      await page.click(`#attention-decision-all-${partnershipId} a`);
      await page.waitForSelector('table tbody tr');
      const states = await page.$$eval('table tbody tr', (trs) =>
        trs.map((tr) => tr.textContent ?? ''),
      );
      expect(states).toHaveLength(byCycle[0].n);
      expect(states.every((s) => s.includes('Submitted'))).toBe(true);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
