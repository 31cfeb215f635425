import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  newPage,
  screenshot,
  signedInPage,
  signIn,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import {
  auditWorld,
  type Definition,
  eventually,
  responseRow,
  saveStatus,
  task,
} from './audit-fixtures';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

/**
 * The agency's audit shared out: the lead assigns a PIES area to a contributor, who sees what
 * is theirs (on a phone-sized screen) and cannot change the rest; evidence links and files,
 * improvement actions, and an answer the API refuses, named in the error summary.
 */
describe('admin app: contributors, evidence and actions on an audit', () => {
  let app: TestApp;
  let browser: Browser;
  let otherOrg: { id: string; name: string };
  let otherLead: TestUser;
  let definition: Definition;
  let codes: string[];
  let otherAuditId: string;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    ({ otherOrg, otherLead, definition, codes, otherAuditId } = await auditWorld(app));
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'lets the lead assign an area, and the contributor sees what is theirs (on a phone too)',
    async () => {
      const contributor = await app.given.user({
        role: 'agency_contributor',
        organisationId: otherOrg.id,
        email: 'priya.shah@eastfield-health.example',
      });
      await app.db.query(`UPDATE users SET name = 'Priya Shah' WHERE id = $1`, [contributor.id]);
      const lead2 = await signedInPage(browser, app, otherLead, otherOrg.name);
      await lead2.page.goto(`${app.baseUrl}/audits/${otherAuditId}/contributors`);
      await waitForHeading(lead2.page, 'Assign contributors');
      await expectAccessible(lead2.page, 'contributors');
      await lead2.page.select('#person', contributor.id);
      await lead2.page.click('label[for=areas-2]'); // I: Infrastructure and technology
      await lead2.page.click('main button[type=submit]');
      await lead2.page.waitForSelector('.govuk-notification-banner--success');
      expect(await textOf(lead2.page, '.govuk-notification-banner')).toContain(
        "Priya Shah's assignments have been saved",
      );
      expect(await textOf(lead2.page, 'main table')).toContain('I. Infrastructure');
      expect(
        await app.db.query('SELECT user_id, area_code FROM assignments WHERE audit_id = $1', [
          otherAuditId,
        ]),
      ).toEqual([{ user_id: contributor.id, area_code: 'I' }]);
      await expectAccessible(lead2.page, 'contributors, saved');
      await screenshot(lead2.page, 'audit-contributors');
      expect(lead2.problems).toEqual([]);
      await lead2.close();

      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      // Signing in lands on the audit they have work in, showing only theirs.
      await signIn(page, app.baseUrl, contributor, '2026-28 audit');
      expect(new URL(page.url()).pathname).toBe(`/audits/${otherAuditId}`);
      const iCodes = definition.areas[1].standards.flatMap((s) => s.indicators.map((i) => i.code));
      expect(await textOf(page, 'main')).toContain(
        `${iCodes.length} indicators are assigned to you`,
      );
      expect(await textOf(page, 'main')).toContain('Your agency lead has not started this audit');
      const fits = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await fits()).toBe(true);
      await expectAccessible(page, 'task list (contributor, phone)');
      await screenshot(page, 'audit-task-list-phone', false);

      // Once started, the contributor's indicators say so, and others are read only to them.
      await app.as(otherLead).then((c) => c.post(`/api/audits/${otherAuditId}/start`).expect(200));
      await page.reload();
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, task(iCodes[0], 'hint'))).toContain('Assigned to you');
      await page.click(`a[href="/audits/${otherAuditId}/indicators/${iCodes[0]}"]`);
      await waitForHeading(page, iCodes[0]);
      expect(await textOf(page, 'main')).toContain('Assigned to you');
      expect(await page.$('#commentary')).not.toBeNull();
      expect(await fits()).toBe(true);
      await expectAccessible(page, 'indicator (contributor, phone)');
      await screenshot(page, 'audit-indicator-phone');
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${codes[0]}`);
      await waitForHeading(page, codes[0]);
      expect(await textOf(page, 'main')).toContain('This indicator is not assigned to you');
      expect(await page.$('#commentary')).toBeNull();
      // The lead's pages are not theirs.
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/contributors`);
      await waitForHeading(page, 'You do not have access to this page');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    'adds evidence links and files, plans actions, and names the field the API refuses',
    async () => {
      const [{ status }] = await app.db.query('SELECT status FROM audits WHERE id = $1', [
        otherAuditId,
      ]);
      if (status === 'not_started')
        await (await app.as(otherLead)).post(`/api/audits/${otherAuditId}/start`).expect(200);
      const code = codes[5];
      const { page, problems, close } = await signedInPage(browser, app, otherLead, otherOrg.name);
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${code}`);
      await waitForHeading(page, code);

      // A link: checked before it is added, then added to the organisation's library and
      // attached here.
      await fill(page, '#evidence-url', 'intranet policy');
      await page.click('::-p-text(Add link)');
      expect(await textOf(page, '#evidence-url-error')).toContain('Enter a web address');
      await fill(page, '#evidence-url', 'https://intranet.example/policies/online-safety.pdf');
      await fill(page, '#evidence-title', 'Online safety policy 2026');
      await page.click('::-p-text(Add link)');
      await page.waitForFunction(() =>
        document.querySelector('#evidence-links')?.textContent?.includes('Online safety'),
      );
      const links = await app.db.query(
        `SELECT e.kind, e.url, e.file_name AS title FROM evidence_attachments ea
           JOIN evidence_files e ON e.id = ea.evidence_id
          WHERE ea.audit_id = $1 AND ea.indicator_code = $2 AND e.kind = 'link'`,
        [otherAuditId, code],
      );
      expect(links).toEqual([
        {
          kind: 'link',
          url: 'https://intranet.example/policies/online-safety.pdf',
          title: 'Online safety policy 2026',
        },
      ]);
      expect(await textOf(page, '#evidence-link-status')).toContain('Link added');
      expect(await page.$('#evidence-url-error')).toBeNull();

      // A file: uploaded, listed, then removed.
      const file = join(tmpdir(), 'filtering-test-log.txt');
      writeFileSync(file, 'Filtering checked against the test categories on 3 March.\n');
      const input = await page.$('#evidence-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await page.waitForSelector('#evidence-files'); // choosing the file uploads it
      expect(await textOf(page, '#evidence-files')).toContain('filtering-test-log.txt');
      const [stored] = await app.db.query(
        `SELECT file_name, indicator_code FROM evidence_files WHERE audit_id = $1 AND kind = 'file'`,
        [otherAuditId],
      );
      expect(stored).toEqual({ file_name: 'filtering-test-log.txt', indicator_code: code });
      await expectAccessible(page, 'indicator with evidence');
      await page.click('#evidence-files button');
      await page.waitForFunction(() => !document.querySelector('#evidence-files'));
      // Taken off the indicator (the link stays); kept in the organisation's library.
      expect(
        await app.db.query(
          `SELECT e.kind FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id
            WHERE ea.audit_id = $1`,
          [otherAuditId],
        ),
      ).toEqual([{ kind: 'link' }]);
      expect(
        await app.db.query(
          `SELECT file_name FROM evidence_files WHERE audit_id = $1 AND kind = 'file'`,
          [otherAuditId],
        ),
      ).toEqual([{ file_name: 'filtering-test-log.txt' }]);

      // An improvement action, then its status and owner changed.
      await page.click('#add-action summary');
      await fill(page, '#action-description', 'Test the filtering each term');
      await page.select('#action-owner-id', 'named');
      await fill(page, '#action-owner', 'Network manager');
      await fill(page, '#action-due-day', '31');
      await fill(page, '#action-due-month', '3');
      await fill(page, '#action-due-year', '2027');
      await page.click('::-p-text(Add action)');
      await page.waitForSelector('.govuk-summary-card');
      expect(await textOf(page, '.govuk-summary-card')).toContain('31 March 2027');
      await page.click('.govuk-summary-card .app-link-button');
      await page.click('label[for=action-status-2]');
      await fill(page, '#action-owner', 'Designated safeguarding lead');
      await page.click('::-p-text(Save action)');
      await page.waitForFunction(() =>
        document.querySelector('.govuk-summary-card')?.textContent?.includes('In progress'),
      );
      const actions = await app.db.query(
        `SELECT description, owner, status, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", indicator_code AS "indicatorCode"
           FROM actions WHERE raised_in_audit_id = $1`,
        [otherAuditId],
      );
      expect(actions).toEqual([
        {
          description: 'Test the filtering each term',
          owner: 'Designated safeguarding lead',
          status: 'in_progress',
          dueOn: '2027-03-31',
          indicatorCode: code,
        },
      ]);
      await expectAccessible(page, 'indicator with an action');
      await screenshot(page, 'audit-indicator-evidence');

      // The API refuses an answer (commentary too long): the error summary names the field.
      await page.evaluate(`(() => {
        const box = document.querySelector('#commentary');
        const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
        set.call(box, 'x'.repeat(20001));
        box.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
      await page.waitForSelector('.govuk-error-summary a[href="#commentary"]');
      expect(await textOf(page, '.govuk-error-summary')).toContain(
        'Commentary must be 20000 characters or fewer',
      );
      expect(await textOf(page, '#commentary-error')).toContain('Commentary must be');
      expect(
        await textOf(
          page,
          '.govuk-character-count:has(#commentary) .govuk-character-count__message',
        ),
      ).toContain('You have 1 character too many');
      expect(await saveStatus(page)).toContain('Not saved: there is a problem with your answer');
      expect(await page.title()).toMatch(/^Error: /);
      await expectAccessible(page, 'indicator with an error');
      await fill(page, '#commentary', 'Short again.');
      await eventually(app, otherAuditId, code, { commentary: 'Short again.' });
      await page.waitForFunction(() => !document.querySelector('.govuk-error-summary'));

      // Another conflict, settled the other way: their answer replaces what was typed.
      const saved = await eventually(app, otherAuditId, code, { commentary: 'Short again.' });
      await (
        await app.as(otherLead)
      )
        .put(`/api/audits/${otherAuditId}/responses/${code}`, {
          version: saved.version,
          commentary: 'Their version, from another tab.',
        })
        .expect(200);
      await page.type('#commentary', ' More.');
      await page.waitForSelector('.app-conflict');
      await page.click('.app-conflict .govuk-button--secondary');
      await page.waitForFunction(() => !document.querySelector('.app-conflict'));
      expect(await page.$eval('#commentary', (e) => (e as PageElement).value)).toBe(
        'Their version, from another tab.',
      );
      expect(await saveStatus(page)).toMatch(/Saved at/);
      await page.waitForNetworkIdle({ idleTime: 1500 }); // longer than the autosave's pause
      expect(await responseRow(app, otherAuditId, code)).toMatchObject({
        commentary: 'Their version, from another tab.',
        version: saved.version + 1,
      });
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
