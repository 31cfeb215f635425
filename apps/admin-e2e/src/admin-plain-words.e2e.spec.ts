import { parseFramework } from '@pies/framework';
import { Clock } from '../../api/src/clock/clock';
import type { TestUser } from '../../api/test/test-app';
import { PARTNERSHIP, startBoardWorld, type BoardWorld } from './admin-board-fixture';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  roughEdgeShot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { stopBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * Plain words where the app used jargon or the wrong tense: a short submission reference (the
 * full SHA-256 one click away), "Not started" on a task list, a due date in the tense the app's
 * clock says, and a framework version to download as YAML to edit and import again.
 */
describe('admin app: plain words', () => {
  let w: BoardWorld;

  beforeAll(async () => {
    w = await startBoardWorld();
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(w?.app, w?.browser));

  it(
    'the task list of an audit not started says each indicator is "Not started"',
    async () => {
      const [audit] = await w.app.db.query(
        `SELECT a.id, a.organisation_id AS "organisationId", o.name FROM audits a
           JOIN organisations o ON o.id = a.organisation_id
          WHERE a.cycle_id = $1 AND a.status = 'not_started' ORDER BY o.name LIMIT 1`,
        [w.cycleId],
      );
      const lead: TestUser = await w.app.given.user({
        role: 'agency_lead',
        organisationId: audit.organisationId,
      });
      const { page, problems, close } = await signedInPage(w.browser, w.app, lead, audit.name);
      await page.goto(`${w.app.baseUrl}/audits/${audit.id}`);
      await waitForHeading(page, '2025-27 audit');
      await page.evaluate(() =>
        (
          document.querySelector('.govuk-task-list') as unknown as { scrollIntoView(): void } | null
        )?.scrollIntoView(),
      );
      await roughEdgeShot(page, 'not-started-after');
      const statuses = await page.$$eval('.govuk-task-list__status', (s) =>
        s.map((e) => (e as PageElement).innerText.trim()),
      );
      expect(statuses.length).toBe(57);
      expect(new Set(statuses)).toEqual(new Set(['Not started']));
      await expectAccessible(page, 'task list of an audit not started');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the board sees a short submission reference, with the full SHA-256 to check it',
    async () => {
      const [{ sha256 }] = await w.app.db.query(
        `SELECT sha256 FROM submissions WHERE audit_id = $1 ORDER BY submitted_at DESC LIMIT 1`,
        [w.toAccept.id],
      );
      const { page, problems, close } = await signedInPage(w.browser, w.app, w.board, PARTNERSHIP);
      await page.goto(`${w.app.baseUrl}/audits/${w.toAccept.id}/review`);
      await waitForHeading(page, 'Review the audit');
      await roughEdgeShot(page, 'reference-after');
      const summary = await textOf(page, 'main .govuk-summary-list');
      expect(summary).not.toContain('Fingerprint');
      expect(summary).toContain(`Reference ${String(sha256).slice(0, 8).toUpperCase()}`);
      // The full fingerprint is there to check, folded away until asked for.
      const full = () =>
        page.$eval('#submission-sha256', (e) => (e as PageElement).innerText.trim());
      expect(await full()).toBe('');
      await page.click('#submission-reference summary');
      expect(await full()).toBe(sha256);
      await expectAccessible(page, 'review with the reference opened');
      await roughEdgeShot(page, 'reference-opened-after');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'the reports page says a cycle due yesterday was due, and one due today is due',
    async () => {
      const { page, problems, close } = await signedInPage(w.browser, w.app, w.board, PARTNERSHIP);
      const [{ dueOn }] = await w.app.db.query(
        `SELECT due_on::text AS "dueOn" FROM cycles WHERE id = $1`,
        [w.cycleId],
      );
      // Due yesterday, then today, by the app's clock.
      const today = w.app.app.get(Clock).today();
      const dayBefore = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const inWords = (iso: string) =>
        new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
      const dueOnDay = (day: string) =>
        w.app.db.query('UPDATE cycles SET due_on = $2 WHERE id = $1', [w.cycleId, day]);
      try {
        await dueOnDay(dayBefore);
        await page.goto(`${w.app.baseUrl}/cycles/${w.cycleId}/reports`);
        await waitForHeading(page, 'Reports and downloads');
        await roughEdgeShot(page, 'due-date-web-after');
        expect(await textOf(page, 'main')).toContain(
          `the cycle was due on ${inWords(dayBefore)}. Reports count`,
        );
        await dueOnDay(today);
        await page.reload();
        await waitForHeading(page, 'Reports and downloads');
        expect(await textOf(page, 'main')).toContain(
          `the cycle is due on ${inWords(today)}. Reports count`,
        );
        await expectAccessible(page, 'reports page on the due date');
      } finally {
        await dueOnDay(dueOn);
      }
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'a framework version downloads as YAML that imports as the same version',
    async () => {
      const { page, problems, close } = await signedInPage(w.browser, w.app, w.board, PARTNERSHIP);
      const [v] = await w.app.db.query(
        `SELECT framework_id AS "frameworkId", version, definition FROM framework_versions WHERE id = $1`,
        [w.frameworkVersionId],
      );
      await page.goto(`${w.app.baseUrl}/frameworks/${v.frameworkId}/versions/${v.version}`);
      await waitForHeading(page, `Version ${v.version}`);
      await page.evaluate(() =>
        (
          document.querySelector('main .govuk-summary-list') as unknown as {
            scrollIntoView(): void;
          } | null
        )?.scrollIntoView(),
      );
      await roughEdgeShot(page, 'framework-yaml-after');
      const link = await page.$eval('#download-yaml', (a) => ({
        text: (a as PageElement).innerText,
        href: (a as unknown as { href: string }).href,
      }));
      expect(link.text).toBe('Download as YAML');
      const yaml = await page.evaluate(
        (href: string) => fetch(href).then((r) => r.text()),
        link.href,
      );
      const parsed = parseFramework(yaml);
      expect(parsed.ok && parsed.framework).toEqual(v.definition);
      await expectAccessible(page, 'framework version');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
