import type { Browser } from 'puppeteer-core';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import { auditWorld } from './audit-fixtures';

/**
 * Live action plans in the browser: an action the agency closes after its audit was accepted
 * shows on the board's dashboard, with what is still overdue.
 */
describe('admin app: the board sees action plans move after acceptance', () => {
  let app: TestApp;
  let browser: Browser;
  let partnershipId: string;
  let org: { id: string; name: string };
  let auditId: string;
  let colleague: Client;
  let boardUser: TestUser;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    const world = await auditWorld(app);
    ({ partnershipId, org, auditId, colleague } = world);
    boardUser = await app.given.user({ role: 'board_member', partnershipId });
    for (const code of world.codes)
      await colleague
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `In place (${code}).`,
        })
        .expect(200);
    const add = async (description: string, dueOn: string) =>
      (
        await colleague
          .post(`/api/audits/${auditId}/actions`, {
            indicatorCode: world.codes[0],
            description,
            owner: 'Designated safeguarding lead',
            dueOn,
          })
          .expect(201)
      ).body.id as string;
    const closed = await add('Review the online safety policy with governors.', '2026-01-31');
    await add('Run filtering checks each term.', '2026-02-28');
    await colleague.post(`/api/audits/${auditId}/submit`).expect(200);
    await world.board.post(`/api/audits/${auditId}/accept`).expect(200);
    // After acceptance the agency closes one; the other stays overdue.
    await colleague
      .patch(`/api/actions/${closed}`, {
        status: 'done',
        note: 'Governors approved the policy on 12 March.',
      })
      .expect(200);
  }, BROWSER_TIMEOUT * 2);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'shows the action done since acceptance and the one still overdue, by agency',
    async () => {
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        boardUser,
        'Eastfield Safeguarding Partnership',
      );
      await page.goto(`${app.baseUrl}/partnerships/${partnershipId}/dashboard`);
      await waitForHeading(page, 'Dashboard');
      await page.waitForSelector('#action-progress-done');
      const row = await textOf(page, '#action-progress-agencies tbody tr');
      // Agency, open, overdue, oldest overdue due date, done since acceptance.
      expect(row.replace(/\s+/g, ' ')).toBe(`${org.name} 1 1 28 February 2026 1`);
      const done = await textOf(page, '#action-progress-done');
      expect(done).toContain(`${org.name}`);
      expect(done).toContain('Review the online safety policy with governors.');
      expect(done).toContain('Governors approved the policy on 12 March.');
      expect(done).not.toContain('Run filtering checks each term.');
      await expectAccessible(page, 'dashboard with action plans');
      await page.$eval('#action-progress-heading', (h) =>
        (h as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-action-progress', false);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
