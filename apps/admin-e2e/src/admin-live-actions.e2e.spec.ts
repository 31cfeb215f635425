import type { Browser } from 'puppeteer-core';
import { allText, inspectPdf } from '@pies/reports/testing';
import { binary, type Client, type TestApp, type TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import { auditWorld } from './audit-fixtures';
import type { PageDocument, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

/**
 * Live action plans in the browser: an action the agency closes after its audit was accepted
 * shows on the board's dashboard, with what is still overdue; the whole plan and each action's
 * page with its history.
 */
describe('admin app: the board sees action plans move after acceptance', () => {
  let app: TestApp;
  let browser: Browser;
  let partnershipId: string;
  let org: { id: string; name: string };
  let auditId: string;
  let colleague: Client;
  let boardUser: TestUser;
  let lead: TestUser;
  let otherLead: TestUser;
  let otherOrg: { id: string; name: string };
  let otherAuditId: string;
  let suggestions: string[];
  let code: string;

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
    await add('Review the online safety policy with governors.', '2026-01-31');
    await add('Run filtering checks each term.', '2026-02-28');
    // One on the audit as a whole, done before the audit went to the board.
    await colleague
      .post(`/api/audits/${auditId}/actions`, {
        description: 'Hold an online safety week for parents.',
        owner: 'Headteacher',
        status: 'done',
      })
      .expect(201);
    await colleague.post(`/api/audits/${auditId}/submit`).expect(200);
    await world.board.post(`/api/audits/${auditId}/accept`).expect(200);
    code = world.codes[0];
    lead = world.lead;
    otherLead = world.otherLead;
    otherOrg = world.otherOrg;
    otherAuditId = world.otherAuditId;
    // The framework's suggested improvement actions for the first indicator, as the API gives it.
    const first = (
      world.definition.areas[0].standards[0].indicators[0] as unknown as {
        improvementActions?: string[];
      }
    ).improvementActions;
    suggestions = first ?? [];
  }, BROWSER_TIMEOUT * 2);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'lets the lead mark an action done after acceptance, with a note; dropping needs a reason',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${code}`);
      const cards = '[aria-labelledby="actions-heading"] .govuk-summary-card';
      await page.waitForSelector(cards); // the plan loads after the page's heading
      expect(await textOf(page, cards)).toContain(
        'Review the online safety policy with governors.',
      );
      await page.click(`${cards} button`);
      await page.waitForSelector('#action-note');
      // Description and owner are as the board accepted them: not offered.
      expect(await page.$('#action-description')).toBeNull();
      await page.click('input[name="action-status"][value="dropped"]');
      await page.click('form[aria-label^="Change action"] button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Note is needed to drop an action: say why',
      );
      await expectAccessible(page, 'action update, reason missing');
      await page.click('input[name="action-status"][value="done"]');
      await page.type('#action-note', 'Governors approved the policy on 12 March.');
      await page.click('form[aria-label^="Change action"] button.govuk-button');
      await page.waitForFunction(() => !document.querySelector('#action-note'), {
        timeout: 10_000,
      });
      // The form closes as the save is answered; the plan then shows what was saved.
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent?.includes('Done'),
        { timeout: 10_000 },
        cards,
      );
      const first = await textOf(page, cards);
      expect(first).toContain('Done');
      expect(first).not.toContain('Overdue');
      await expectAccessible(page, 'indicator, action done after acceptance');
      await screenshot(page, 'action-done-after-acceptance', false);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

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
      // Agency (a link to its plan), open, overdue, oldest overdue due date, done since acceptance.
      expect(row.replace(/\s+/g, ' ')).toBe(`${org.name} action plan 1 1 28 February 2026 1`);
      expect(
        await page.$(`#action-progress-agencies a[href="/audits/${auditId}/actions"]`),
      ).not.toBeNull();
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

      // The board report says the same: done since acceptance, not among the overdue.
      const [{ cycleId }] = await app.db.query(
        'SELECT cycle_id AS "cycleId" FROM audits WHERE id = $1',
        [auditId],
      );
      const pdf = await (
        await app.as(boardUser)
      )
        .get(`/api/cycles/${cycleId}/report.pdf`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = allText(await inspectPdf(pdf.body as Buffer));
      const doneInReport = text.slice(text.indexOf('Actions done since acceptance'));
      expect(doneInReport).toContain('Review the online safety policy with governors.');
      expect(doneInReport).toContain('Governors approved the policy on 12 March.');
      const overdueInReport = text.slice(
        text.indexOf('Overdue actions'),
        text.indexOf('Actions done since acceptance'),
      );
      expect(overdueInReport).toContain('Run filtering checks each term.');
      expect(overdueInReport).not.toContain('Review the online safety policy with governors.');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "turns the framework's suggested action into an action in one click",
    async () => {
      expect(suggestions.length).toBeGreaterThan(0);
      const { page, problems, close } = await signedInPage(browser, app, otherLead, otherOrg.name);
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${code}`);
      await page.waitForSelector('#add-action summary');
      await page.click('#add-action summary');
      await page.click('#suggested-actions li button');
      await page.waitForFunction(
        () =>
          document
            .querySelector('#suggested-actions li')
            ?.textContent?.includes('Added as an action'),
        { timeout: 10_000 },
      );
      const cards = await textOf(page, '[aria-labelledby="actions-heading"] .govuk-summary-card');
      expect(cards).toContain(suggestions[0]);
      expect(cards).toContain('Not started');
      const [{ name }] = await app.db.query('SELECT name FROM users WHERE id = $1', [otherLead.id]);
      expect(cards).toContain(name);
      // The one who adds it owns it, as a person of the organisation (reminded by mail).
      const rows = await app.db.query(
        'SELECT description, owner, owner_id AS "ownerId", status FROM actions WHERE raised_in_audit_id = $1',
        [otherAuditId],
      );
      expect(rows).toEqual([
        { description: suggestions[0], owner: null, ownerId: otherLead.id, status: 'not_started' },
      ]);
      await expectAccessible(page, 'indicator, suggestion added as an action');

      // A new action's owner: chosen from the organisation's people, or typed for someone
      // without an account; nothing chosen is an error naming the field.
      await page.type('#action-description', 'Check the filtering logs weekly.');
      await page.click('form[aria-label="Add an improvement action"] button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain('Choose who owns the action');
      const people = await page.$$eval('#action-owner-id option', (options) =>
        options.map((o) => (o as unknown as { textContent: string }).textContent),
      );
      expect(people[0]).toBe('Choose who owns it');
      expect(people).toContain(name);
      expect(people.at(-1)).toBe('Someone without an account');
      await page.select('#action-owner-id', otherLead.id);
      await page.click('form[aria-label="Add an improvement action"] button.govuk-button');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[aria-labelledby="actions-heading"] .govuk-summary-card')
            .length === 2,
        { timeout: 10_000 },
      );
      expect(await page.$('.govuk-error-summary')).toBeNull();
      await page.type('#action-description', 'Brief the caretaker on reporting routes.');
      await page.select('#action-owner-id', 'named');
      await page.type('#action-owner', 'Site manager');
      await expectAccessible(page, 'action form, owner without an account');
      await screenshot(page, 'action-owner-choice', false);
      await page.click('form[aria-label="Add an improvement action"] button.govuk-button');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[aria-labelledby="actions-heading"] .govuk-summary-card')
            .length === 3,
        { timeout: 10_000 },
      );
      const owners = await app.db.query(
        `SELECT description, owner, owner_id AS "ownerId" FROM actions
          WHERE raised_in_audit_id = $1 AND description <> $2 ORDER BY description`,
        [otherAuditId, suggestions[0]],
      );
      expect(owners).toEqual([
        {
          description: 'Brief the caretaker on reporting routes.',
          owner: 'Site manager',
          ownerId: null,
        },
        { description: 'Check the filtering logs weekly.', owner: null, ownerId: otherLead.id },
      ]);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'follows an overdue action from the audits list to its page: a moved due date needs a reason and joins the history',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      await page.goto(`${app.baseUrl}/organisations/${org.id}`);
      await page.waitForSelector(`a[href="/audits/${auditId}/actions?show=overdue"]`);
      await page.click(`a[href="/audits/${auditId}/actions?show=overdue"]`);
      await waitForHeading(page, 'Action plan');
      expect(await textOf(page, '.app-plan-views')).toBe(
        'Open (1) Overdue (1) Done or dropped (2) All (3)',
      );
      const plan = await textOf(page, '.app-plan-table tbody');
      expect(plan).toContain('Run filtering checks each term.');
      expect(plan).toContain(`Indicator ${code}`);
      expect(plan).toContain('28 February 2026 Overdue');
      expect(plan).not.toContain('Review the online safety policy with governors.');
      await expectAccessible(page, 'action plan, overdue');
      await screenshot(page, 'action-plan', false);

      await page.click('.app-plan-table tbody a');
      await waitForHeading(page, 'Improvement action');
      await page.waitForSelector('.app-action-history');
      // The audit is accepted: the progress changes, not what the board accepted.
      expect(await page.$('#action-description')).toBeNull();
      await fill(page, '#action-due-year', '2030');
      await page.click('form[aria-label^="Change action"] button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Note is needed to move the due date: say why',
      );
      await page.type('#action-note', 'The new filter arrives in the spring term.');
      await page.click('form[aria-label^="Change action"] button.govuk-button');
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain('Action updated');
      await page.waitForFunction(
        () => document.querySelector('.app-action-history')?.textContent?.includes('spring term'),
        { timeout: 10_000 },
      );
      const history = await textOf(page, '.app-action-history');
      expect(history).toContain('Due date moved from 28 February 2026 to 28 February 2030');
      expect(history).toContain('The new filter arrives in the spring term.');
      expect(history).toMatch(/Action added to the plan$/);
      expect(await textOf(page, '.govuk-summary-list')).not.toContain('Overdue');
      await expectAccessible(page, 'action page, due date moved');
      await screenshot(page, 'action-page');
      await page.click('.govuk-back-link');
      await waitForHeading(page, 'Action plan');
      expect(await textOf(page, '.app-plan-views')).toContain('Overdue (0)');
      // On a phone the plan's table scrolls in its own region; the page does not widen.
      await page.setViewport({ width: 320, height: 800 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      expect(problems).toEqual([]);
      await close();

      // The board reads the plan and each action's history, with nothing to change.
      const board = await signedInPage(
        browser,
        app,
        boardUser,
        'Eastfield Safeguarding Partnership',
      );
      await board.page.goto(`${app.baseUrl}/audits/${auditId}/actions?show=closed`);
      await waitForHeading(board.page, 'Action plan');
      await board.page.click('.app-plan-table tbody a');
      await waitForHeading(board.page, 'Improvement action');
      await board.page.waitForSelector('.app-action-history');
      expect(await textOf(board.page, '.app-action-history')).toContain(
        'Status changed from Not started to Done',
      );
      expect(await board.page.$('form')).toBeNull();
      // The review shows the action on the audit as a whole, which is on no indicator.
      await board.page.goto(`${app.baseUrl}/audits/${auditId}/review`);
      await board.page.waitForSelector('#whole-audit-actions');
      expect(await textOf(board.page, '#whole-audit-actions')).toContain(
        'Hold an online safety week for parents. Headteacher (done)',
      );
      expect(board.problems).toEqual([]);
      await board.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'adds an action on the audit as a whole on the plan, and removes it from its page',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, otherLead, otherOrg.name);
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/actions`);
      await waitForHeading(page, 'Action plan');
      await page.click('#add-action summary');
      await page.type('#action-description', 'Agree a yearly online safety week.');
      await page.select('#action-owner-id', otherLead.id);
      await page.click('form[aria-label="Add an improvement action"] button.govuk-button');
      await page.waitForFunction(
        () =>
          document
            .querySelector('.app-plan-table')
            ?.textContent?.includes('Agree a yearly online safety week.'),
        { timeout: 10_000 },
      );
      const [added] = await app.db.query(
        `SELECT id, indicator_code AS "indicatorCode" FROM actions
          WHERE raised_in_audit_id = $1 AND description = 'Agree a yearly online safety week.'`,
        [otherAuditId],
      );
      expect(added.indicatorCode).toBeNull();
      expect(await textOf(page, '.app-plan-table tbody')).toContain('The audit as a whole');
      // The lead owns three of the four open actions (one is a site manager's): "Yours".
      expect(await textOf(page, '.app-plan-views')).toBe(
        'Open (4) Overdue (0) Yours (3) Done or dropped (0) All (4)',
      );
      await page.click('.app-plan-views a[href$="?show=mine"]');
      await page.waitForFunction(
        () => document.querySelectorAll('.app-plan-table tbody tr').length === 3,
        { timeout: 10_000 },
      );
      expect(await textOf(page, '.app-plan-table tbody')).not.toContain('Site manager');
      await page.click(`a[href="/audits/${otherAuditId}/actions/${added.id}"]`);
      await waitForHeading(page, 'Improvement action');
      await page.click('.app-remove-action button');
      await page.click('.app-remove-action button.govuk-button--warning');
      await waitForHeading(page, 'Action plan');
      expect(await textOf(page, '.govuk-notification-banner--success')).toContain('Action removed');
      expect(await app.db.query('SELECT 1 FROM actions WHERE id = $1', [added.id])).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "lets a contributor who owns an action update its progress, and nothing of another's",
    async () => {
      // A contributor with nothing assigned, made owner of one action on the other agency's plan.
      const contributor = await app.given.user({
        role: 'agency_contributor',
        organisationId: otherOrg.id,
      });
      const leadApi = await app.as(otherLead);
      const add = async (description: string, owner: object) =>
        (
          await leadApi
            .post(`/api/audits/${otherAuditId}/actions`, {
              indicatorCode: code,
              description,
              ...owner,
            })
            .expect(201)
        ).body.id as string;
      const theirs = await add('Run a parents’ evening on online safety.', {
        ownerId: contributor.id,
      });
      const notTheirs = await add('Renew the filtering contract.', { owner: 'Bursar' });
      const { page, problems, close } = await signedInPage(
        browser,
        app,
        contributor,
        otherOrg.name,
      );
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/actions/${theirs}`);
      await waitForHeading(page, 'Improvement action');
      expect(await textOf(page, 'main')).toContain('Update progress');
      expect(await page.$('#action-description')).toBeNull();
      await page.click('input[name="action-status"][value="in_progress"]');
      await page.click('form[aria-label^="Change action"] button.govuk-button');
      await page.waitForSelector('.govuk-notification-banner--success');
      const [row] = await app.db.query('SELECT status FROM actions WHERE id = $1', [theirs]);
      expect(row.status).toBe('in_progress');
      await expectAccessible(page, 'action page, the owner updates progress');

      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/actions/${notTheirs}`);
      await waitForHeading(page, 'Improvement action');
      await page.waitForSelector('.app-action-history');
      expect(await page.$('form')).toBeNull();
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
