import type { Browser } from 'puppeteer-core';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  newPage,
  screenshot,
  signIn,
  textOf,
  waitForHeading,
} from './admin-browser';
import { auditWorld, type AuditWorld } from './audit-fixtures';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PARTNERSHIP = 'Eastfield Safeguarding Partnership';
const QUESTION = 'Who checked the filtering this year, and how?';
const NEW_COMMENTARY = 'The IT lead tests the filter every half term and logs each test.';

/**
 * The board reviews an audit the agency resubmitted after it was returned: what changed since,
 * indicator by indicator with the challenge thread beside it, and a board member takes the
 * review from the queue and from the page ("Assign to me").
 */
describe('admin app: what changed since an audit was returned, and its reviewer', () => {
  let app: TestApp;
  let browser: Browser;
  let w: AuditWorld;
  let lead: Client;
  let jordan: TestUser, sam: TestUser;
  let codes: string[];
  let keptFile: string;

  async function upload(code: string, filename: string): Promise<string> {
    const res = await lead.agent
      .post(`/api/audits/${w.auditId}/evidence`)
      .set('X-CSRF-Token', lead.csrf)
      .field('indicatorCode', code)
      .attach('file', PDF, { filename })
      .expect(201);
    return res.body.id;
  }
  async function save(code: string, version: number, level: number, commentary: string) {
    await lead
      .put(`/api/audits/${w.auditId}/responses/${code}`, { version, level, commentary })
      .expect(200);
  }

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    w = await auditWorld(app);
    codes = w.codes;
    lead = await app.as(w.lead);
    jordan = await app.given.user({ role: 'board_member', partnershipId: w.partnershipId });
    sam = await app.given.user({ role: 'board_member', partnershipId: w.partnershipId });
    await app.db.query(
      `UPDATE users SET name = CASE id WHEN $1 THEN 'Jordan Board' ELSE 'Sam Reviewer' END WHERE id IN ($1, $2)`,
      [jordan.id, sam.id],
    );
    // The agency submits; the board challenges one indicator and returns the audit.
    await lead.post(`/api/audits/${w.auditId}/start`).expect(200);
    for (const code of codes) await save(code, 0, 2, `How we meet ${code}.`);
    keptFile = await upload(codes[0], 'online-safety-policy.pdf');
    const dropped = await upload(codes[1], 'old-training-log.pdf');
    const action = await lead
      .post(`/api/audits/${w.auditId}/actions`, {
        indicatorCode: codes[1],
        description: 'Train every member of staff.',
        owner: 'DSL',
        dueOn: '2027-01-31',
      })
      .expect(201);
    await lead.post(`/api/audits/${w.auditId}/submit`).expect(200);
    const challenge = await w.board
      .post(`/api/audits/${w.auditId}/challenges`, { indicatorCode: codes[2], question: QUESTION })
      .expect(201);
    await lead
      .post(`/api/challenges/${challenge.body.id}/replies`, {
        body: 'We have added the test log to the commentary.',
      })
      .expect(201);
    await w.board
      .post(`/api/audits/${w.auditId}/return`, { reason: 'Say who tests the filtering.' })
      .expect(200);
    // The agency changes a level, commentary, evidence and an action, and resubmits.
    await save(codes[0], 1, 3, `How we meet ${codes[0]}.`);
    await save(codes[2], 1, 2, NEW_COMMENTARY);
    // A submitted file stays in the library: it is taken off its indicator.
    await lead
      .post(`/api/audits/${w.auditId}/evidence/detach`, {
        evidenceId: dropped,
        indicatorCode: codes[1],
      })
      .expect(204);
    await upload(codes[2], 'filter-test-log.pdf');
    await lead
      .patch(`/api/actions/${action.body.id}`, {
        dueOn: '2027-04-30',
        status: 'in_progress',
        note: 'Training moved to the spring term.',
      })
      .expect(200);
    await lead.post(`/api/audits/${w.auditId}/submit`).expect(200);
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'a board member takes the audit from the queue, then reads what changed beside the challenge',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, jordan, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/`);
      await waitForHeading(page, 'What needs your attention');
      await page.waitForSelector(`[data-reviewer="${w.auditId}"]`);
      expect(await textOf(page, `[data-reviewer="${w.auditId}"]`)).toBe('No reviewer yet');
      await expectAccessible(page, 'queue');
      const take = await page.$('.app-attention-list button');
      expect(await take!.evaluate((b) => (b as unknown as PageElement).textContent)).toBe(
        `Assign to me: ${w.org.name}`,
      );
      await take!.click();
      await page.waitForFunction(
        (id: string) =>
          document.querySelector(`[data-reviewer="${id}"]`)?.textContent ===
          'Reviewer: Jordan Board (you)',
        {},
        w.auditId,
      );
      // Theirs now: no button to take it again.
      expect(await page.$('.app-attention-list button')).toBeNull();

      await page.goto(`${app.baseUrl}/audits/${w.auditId}/review`);
      await waitForHeading(page, 'Review the audit');
      await page.waitForSelector('#changes-since-return');
      const summary = await textOf(page, '.govuk-summary-list');
      expect(summary).toContain('Jordan Board (you)');
      expect(summary).toContain('3 indicators changed.');
      const section = await textOf(page, '#changes-since-return');
      expect(section).toContain('Changed since it was returned');
      // In the framework's order, only what changed.
      const cards = await page.$$eval('#changes-since-return .govuk-summary-card', (els) =>
        els.map((e) => (e as unknown as { id: string }).id),
      );
      expect(cards).toEqual(codes.slice(0, 3).map((c) => `change-${c}`));
      const card = (code: string) => textOf(page, `#change-${code.replace('.', '\\.')}`);
      const first = await card(codes[0]);
      expect(first).toMatch(/Level\s*Before\s*Level 2: .+After\s*Level 3: /);
      expect(first).not.toContain('online-safety-policy.pdf');
      const second = await card(codes[1]);
      expect(second).toContain('Removed old-training-log.pdf');
      expect(second).toContain('Changed Train every member of staff.');
      expect(second).toContain('Due: 31 January 2027 → 30 April 2027');
      expect(second).toContain('Status: Not started → In progress');
      const third = await card(codes[2]);
      expect(third).toContain(`Before How we meet ${codes[2]}.`);
      expect(third).toContain(`After ${NEW_COMMENTARY}`);
      expect(third).toContain('Added filter-test-log.pdf');
      // The challenge thread on that indicator sits beside its changes.
      const thread = await textOf(
        page,
        `#change-${codes[2].replace('.', '\\.')} .app-change-threads`,
      );
      expect(thread).toContain('Open');
      expect(thread).toContain(QUESTION);
      expect(thread).toContain('We have added the test log to the commentary.');
      expect(await textOf(page, `#change-${codes[0].replace('.', '\\.')}`)).toContain(
        'No challenge raised on this indicator.',
      );
      // Among the answers, changed indicators carry the tag and link to their changes.
      expect(
        await page.$eval(
          `#indicator-${codes[2].replace('.', '\\.')} .govuk-summary-card__title-wrapper a[href^="#change-"]`,
          (a) => (a as unknown as { textContent: string }).textContent,
        ),
      ).toContain('Changed since it was returned');
      expect(
        await page.$(`#indicator-${codes[3].replace('.', '\\.')} a[href^="#change-"]`),
      ).toBeNull();
      await expectAccessible(page, 'changes since return');
      await page.$eval('#changes-since-return', (e) =>
        (e as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-review-changes', false);
      await page.$eval(`#change-${codes[2].replace('.', '\\.')}`, (e) =>
        (e as unknown as { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(page, 'board-review-changes-thread', false);
      expect(problems).toEqual([]);
      await close();
      // Nothing of the file kept throughout shows as a change.
      expect(section).not.toContain(keptFile);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'another board member takes the review over from the page ("Assign to me"), then unassigns; the trail records each',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, sam, PARTNERSHIP);
      await page.goto(`${app.baseUrl}/audits/${w.auditId}/review`);
      await waitForHeading(page, 'Review the audit');
      expect(await textOf(page, '#reviewer-name')).toBe('Jordan Board');
      await page.click('.app-reviewer button');
      await page.waitForSelector('.govuk-notification-banner');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        `You are now reviewing the audit of ${w.org.name}`,
      );
      await page.waitForFunction(
        () => document.querySelector('#reviewer-name')?.textContent === 'Sam Reviewer (you)',
      );
      // Theirs now: only Unassign is left.
      expect(await textOf(page, '.app-reviewer')).not.toContain('Assign to me');
      await expectAccessible(page, 'review after taking it');
      await page.click('.app-reviewer button');
      await page.waitForFunction(
        () => document.querySelector('#reviewer-name')?.textContent === 'Nobody yet',
      );
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        `Nobody is reviewing the audit of ${w.org.name} now`,
      );
      expect(problems).toEqual([]);
      await close();
      const events = await app.db.query(
        `SELECT kind, after FROM audit_events WHERE audit_id = $1 AND kind LIKE 'reviewer.%' ORDER BY at, id`,
        [w.auditId],
      );
      expect(events).toEqual([
        { kind: 'reviewer.assigned', after: { reviewerId: jordan.id } },
        { kind: 'reviewer.assigned', after: { reviewerId: sam.id } },
        { kind: 'reviewer.unassigned', after: { reviewerId: null } },
      ]);
    },
    BROWSER_TIMEOUT,
  );
});
