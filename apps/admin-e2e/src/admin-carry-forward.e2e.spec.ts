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
import { auditWorld, type Definition, task } from './audit-fixtures';
import type { PageDocument } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * Honest carry-forward in the browser: the next cycle's audit copies the last answers as
 * "Carried forward: confirm"; none counts as completed and submitting is refused, naming each,
 * until the lead confirms them (one on its page, a standard together), and the reworded one
 * needs a fresh answer.
 */
describe('admin app: carried-forward answers must be confirmed before submitting', () => {
  let app: TestApp;
  let browser: Browser;
  let org: { id: string; name: string };
  let lead: TestUser;
  let colleague: Client;
  let board: Client;
  let platform: Client;
  let admin: Client;
  let partnershipId: string;
  let yaml: string;
  let definition: Definition;
  let codes: string[];
  let lastAuditId: string;
  let auditId: string;

  const confirmedAt = async (code: string) =>
    (
      await app.db.query(
        'SELECT confirmed_at FROM responses WHERE audit_id = $1 AND indicator_code = $2',
        [auditId, code],
      )
    )[0]?.confirmed_at ?? null;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    ({
      org,
      lead,
      colleague,
      board,
      platform,
      admin,
      partnershipId,
      yaml,
      definition,
      codes,
      auditId: lastAuditId,
    } = await auditWorld(app));
    // The last cycle's audit, answered in full, submitted and accepted.
    for (const code of codes)
      await colleague
        .put(`/api/audits/${lastAuditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `In place last time (${code}).`,
        })
        .expect(200);
    // Its evidence on the indicator confirmed on its own page below: carried too, and asked about.
    const evidenced = definition.areas[0].standards[1].indicators[0].code;
    await colleague.agent
      .post(`/api/audits/${lastAuditId}/evidence`)
      .set('X-CSRF-Token', colleague.csrf)
      .field('indicatorCode', evidenced)
      .attach('file', Buffer.from('%PDF-1.4\n% filtering test log\n%%EOF\n'), {
        filename: 'Filtering test log.pdf',
      })
      .expect(201);
    await colleague.post(`/api/audits/${lastAuditId}/submit`).expect(200);
    await board.post(`/api/audits/${lastAuditId}/accept`).expect(200);
    // A new framework version rewords the first indicator; the next cycle uses it.
    const reworded = yaml
      .replace('version: "2026.1"', 'version: "2026.2"')
      .replace(
        'The agency has a written online safety policy',
        'The agency has a current, written online safety policy',
      );
    expect(reworded).not.toBe(yaml);
    const imported = await platform.post('/api/frameworks', { yaml: reworded }).expect(201);
    await admin
      .post(`/api/partnerships/${partnershipId}/cycles`, {
        name: '2028-30',
        frameworkVersionId: imported.body.id,
        opensOn: '2028-09-01',
        status: 'open',
      })
      .expect(201);
    [{ id: auditId }] = await app.db.query(
      `SELECT a.id FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE a.organisation_id = $1 AND c.name = '2028-30'`,
      [org.id],
    );
  }, BROWSER_TIMEOUT * 2);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'counts no copied answer as complete, refuses to submit until each is confirmed, then submits',
    async () => {
      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      const standard = definition.areas[0].standards[0];
      const standardCodes = standard.indicators.map((i) => i.code);
      const reworded = codes[0];
      expect(standardCodes[0]).toBe(reworded);
      // Confirmed on its own page: the first indicator of the next standard.
      const other = definition.areas[0].standards[1].indicators[0];
      const carried = other.code;

      // Starting copies every answer; none is completed until confirmed.
      await page.goto(`${app.baseUrl}/audits/${auditId}`);
      await waitForHeading(page, '2028-30 audit');
      await page.click('button.govuk-button--start');
      await page.waitForSelector(`a[href="/audits/${auditId}/indicators/${carried}"]`);
      const taskList = await textOf(page, 'main');
      expect(taskList).toContain('57 answers were carried forward from your last audit.');
      expect(taskList).toContain('0 of 57 indicators completed');
      expect(await textOf(page, task(carried, 'status'))).toBe('Carried forward: confirm');
      expect(await textOf(page, task(reworded, 'status'))).toBe('Wording changed: answer again');
      await expectAccessible(page, 'task list, carried forward');
      await screenshot(page, 'carry-forward-task-list', false);

      // Submitting is refused, naming each unconfirmed indicator by code and title.
      await page.goto(`${app.baseUrl}/audits/${auditId}/check-answers`);
      await waitForHeading(page, 'Check your answers before submitting');
      expect(await textOf(page, '.app-unconfirmed')).toContain(
        '57 answers copied from your last audit are not confirmed yet.',
      );
      await page.click('main button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      const summary = await textOf(page, '.govuk-error-summary');
      expect(summary).toContain('57 of 57 indicators still to do');
      expect(summary).toContain(`${carried} ${other.statement}`);
      expect(summary).toContain('Needs confirming (it was carried forward from your last audit)');
      // Its evidence, carried with it, needs the word that it is still current.
      expect(summary).toContain(
        'and its evidence confirmed as still current, or detached (it was carried forward from your last audit)',
      );
      expect(summary).toContain(
        `${reworded} The agency has a current, written online safety policy`,
      );
      expect(summary).toContain('Needs a new answer (its wording changed since your last audit)');
      // Not applicable is offered only where an answer is missing, not for a confirmation.
      expect(summary).not.toContain('not applicable');
      await expectAccessible(page, 'check answers, unconfirmed');
      await screenshot(page, 'carry-forward-refused', false);
      expect((await app.db.query('SELECT status FROM audits WHERE id = $1', [auditId]))[0]).toEqual(
        { status: 'in_progress' },
      );

      // One answer confirmed on its own page.
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${carried}`);
      await page.waitForSelector('#confirm-answer');
      expect(await textOf(page, '#carry-forward')).toContain(
        'Carried forward from your last audit',
      );
      await expectAccessible(page, 'indicator, carried forward');
      await page.click('#confirm-answer');
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('You have confirmed this answer'),
      );
      expect(await confirmedAt(carried)).not.toBeNull();
      // The answer is confirmed; its evidence still asks, until the lead says it is current.
      expect(
        await textOf(page, 'section[aria-labelledby="evidence-heading"] .govuk-tag--yellow'),
      ).toBe('Still current?');
      await page.click('::-p-text(Yes, still current)');
      await page.waitForFunction(
        () =>
          !document.querySelector('section[aria-labelledby="evidence-heading"] .govuk-tag--yellow'),
      );
      expect(
        (
          await app.db.query(
            'SELECT still_current_asked FROM evidence_attachments WHERE audit_id = $1',
            [auditId],
          )
        ).map((r: { still_current_asked: boolean }) => r.still_current_asked),
      ).toEqual([false]);

      // The reworded one cannot be confirmed as it is: a fresh answer clears it.
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${reworded}`);
      await page.waitForSelector('#carry-forward');
      expect(await textOf(page, '#carry-forward')).toContain('needs a fresh answer');
      expect(await page.$('#confirm-answer')).toBeNull();
      await expectAccessible(page, 'indicator, wording changed');
      await screenshot(page, 'carry-forward-reworded', false);
      await page.type('#commentary', ' Now reviewed against the new wording.');
      await page.waitForFunction(
        () =>
          /Saved at \d\d:\d\d/.test(document.querySelector('.app-save-status')?.textContent ?? ''),
        { timeout: 15_000 },
      );
      expect(await confirmedAt(reworded)).not.toBeNull();

      // The rest of the first standard, seen together and confirmed at once.
      await page.goto(`${app.baseUrl}/audits/${auditId}`);
      const link = `a[href="/audits/${auditId}/standards/${standard.code}"]`;
      await page.waitForSelector(link);
      await page.click(link);
      const rest = standardCodes.length - 1;
      expect(rest).toBeGreaterThan(1);
      await page.waitForSelector('#confirm-standard');
      expect(await textOf(page, '#confirm-standard')).toBe(
        `Confirm all ${rest} answers in this standard`,
      );
      const shown = await page.$$eval('main [id^="carried-"]', (els) => els.map((e) => e.id));
      expect(shown).toEqual(standardCodes.slice(1).map((c) => `carried-${c}`));
      await expectAccessible(page, 'standard, carried answers together');
      await screenshot(page, 'carry-forward-standard');
      await page.click('#confirm-standard');
      await page.waitForSelector('.govuk-notification-banner--success');
      for (const code of standardCodes) expect(await confirmedAt(code)).not.toBeNull();
      expect(await textOf(page, 'main')).toContain(
        `${standardCodes.length + 1} of 57 indicators completed`,
      );

      // Still refused while other standards wait; a colleague confirms them, then it submits.
      await page.goto(`${app.baseUrl}/audits/${auditId}/check-answers`);
      await waitForHeading(page, 'Check your answers before submitting');
      await page.click('main button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        `${57 - standardCodes.length - 1} of 57 indicators still to do`,
      );
      for (const area of definition.areas)
        for (const s of area.standards.filter((x) => x.code !== standard.code))
          await colleague
            .post(`/api/audits/${auditId}/standards/${s.code}/confirm`, {
              indicatorCodes: s.indicators.map((i) => i.code),
            })
            .expect(200);
      await page.goto(`${app.baseUrl}/audits/${auditId}/check-answers`);
      await waitForHeading(page, 'Check your answers before submitting');
      expect(await page.$('.app-unconfirmed')).toBeNull();
      await page.click('main button.govuk-button');
      await waitForHeading(page, 'Audit submitted');
      expect((await app.db.query('SELECT status FROM audits WHERE id = $1', [auditId]))[0]).toEqual(
        { status: 'submitted' },
      );
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT * 2,
  );
});
