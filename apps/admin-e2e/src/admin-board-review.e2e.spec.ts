import type { Browser } from 'puppeteer-core';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { stopBrowserApp } from './browser-app';
import { type BoardWorld, PARTNERSHIP, startBoardWorld } from './admin-board-fixture';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

/**
 * The board reviews a submitted audit: challenges an indicator, the agency lead replies through
 * the UI, the board resolves and accepts; another audit is returned with a reason; a draft is
 * explained.
 */
describe('admin app: board review and challenges', () => {
  let app: TestApp;
  let browser: Browser;
  let board: TestUser;
  let lead: TestUser;
  let toAccept: BoardWorld['toAccept'];
  let toReturn: BoardWorld['toReturn'];
  let draftId: string;

  beforeAll(async () => {
    ({ app, browser, board, lead, toAccept, toReturn, draftId } = await startBoardWorld());
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'reviews an audit, challenges an indicator, the agency replies, the board resolves and accepts',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
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
      const agency = await signedInPage(browser, app, lead, toAccept.name);
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
      // The agency's own dashboard is theirs to read too.
      await agency.page.goto(`${app.baseUrl}/organisations/${toAccept.organisationId}/dashboard`);
      await waitForHeading(agency.page, toAccept.name);
      await agency.page.waitForSelector('[data-chart-status="drawn"] svg');
      expect(await textOf(agency.page, '#org-scores-heading')).toContain('Scores');
      await expectAccessible(agency.page, 'organisation dashboard (agency lead)');
      expect(agency.problems).toEqual([]);
      await agency.close();

      // The board sees the reply and resolves.
      // A link to one challenge (as the dashboards give) brings it into view with focus.
      await page.goto('about:blank');
      await page.goto(`${app.baseUrl}/audits/${toAccept.id}/challenges#challenge-${raised.id}`);
      await waitForHeading(page, 'Challenges');
      await page.waitForFunction(
        (id: string) => document.activeElement?.id === `challenge-${id}-title`,
        {},
        raised.id,
      );
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
      const { page, problems, close } = await signedInPage(browser, app, board, PARTNERSHIP);
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
      // The title follows the form's errors in an effect after the summary renders.
      await page
        .waitForFunction(() => document.title.startsWith('Error: '), { timeout: 5000 })
        .catch(() => undefined);
      expect(await page.title()).toBe(`Error: Review: ${toReturn.name} – PIES Audit`);
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

      // On a phone: the returned audit's review fits the screen.
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      await page.reload();
      await waitForHeading(page, 'Review the audit');
      expect(await textOf(page, '.govuk-summary-list')).toContain(reason);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await expectAccessible(page, 'review (phone)');
      await screenshot(page, 'board-review-phone', false);

      // A draft: the API answers 403 to the board, and the page says why.
      await page.goto(`${app.baseUrl}/audits/${draftId}/review`);
      await waitForHeading(page, 'This audit has not been submitted yet');
      await expectAccessible(page, 'draft audit');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
