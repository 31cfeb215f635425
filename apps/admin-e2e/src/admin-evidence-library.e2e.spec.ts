import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { startBrowserApp, stopBrowserApp } from './browser-app';
import { auditWorld } from './audit-fixtures';
import type { PageDocument } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * The evidence library: a file uploaded once on one indicator, attached from the library to a
 * second, and listed once in the library with both places it is used.
 */
describe('admin app: the evidence library', () => {
  let app: TestApp;
  let browser: Browser;
  let otherOrg: { id: string; name: string };
  let otherLead: TestUser;
  let codes: string[];
  let otherAuditId: string;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    ({ otherOrg, otherLead, codes, otherAuditId } = await auditWorld(app));
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'attaches one file, and one link, to two indicators',
    async () => {
      const [{ status }] = await app.db.query('SELECT status FROM audits WHERE id = $1', [
        otherAuditId,
      ]);
      if (status === 'not_started')
        await (await app.as(otherLead)).post(`/api/audits/${otherAuditId}/start`).expect(200);
      const [first, second] = [codes[0], codes[1]];
      const { page, problems, close } = await signedInPage(browser, app, otherLead, otherOrg.name);

      // Uploaded on the first indicator.
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${first}`);
      await waitForHeading(page, first);
      const file = join(tmpdir(), 'online-safety-policy.txt');
      writeFileSync(file, 'Online safety policy, approved by governors in March.\n');
      const input = await page.$('#evidence-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await page.waitForSelector('#evidence-files'); // choosing the file uploads it
      expect(await textOf(page, '#evidence-files')).toContain('online-safety-policy.txt');

      // Attached from the library on the second, without uploading it again.
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${second}`);
      await waitForHeading(page, second);
      await page.waitForSelector('#library-file');
      expect(await textOf(page, '#attach-from-library')).toContain('Attach from your library');
      await page.click('::-p-text(Attach to this indicator)');
      expect(await textOf(page, '#library-file-error')).toContain(
        'Choose a file or link to attach',
      );
      await expectAccessible(page, 'attach from library, nothing chosen');
      const [{ id }] = await app.db.query('SELECT id FROM evidence_files');
      await page.select('#library-file', id);
      await screenshot(page, 'evidence-attach-from-library');
      await page.click('::-p-text(Attach to this indicator)');
      await page.waitForSelector('#evidence-files');
      expect(await textOf(page, '#evidence-files')).toContain('online-safety-policy.txt');
      // Attached here, it is no longer offered here.
      await page.waitForFunction(() => !document.querySelector('#attach-from-library'));
      await expectAccessible(page, 'indicator with a file from the library');
      await screenshot(page, 'evidence-attached-from-library');

      expect(
        await app.db.query(
          `SELECT evidence_id, indicator_code FROM evidence_attachments WHERE audit_id = $1 ORDER BY indicator_code`,
          [otherAuditId],
        ),
      ).toEqual([first, second].sort().map((code) => ({ evidence_id: id, indicator_code: code })));
      const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM evidence_files');
      expect(n).toBe(1);

      // A link added on the second indicator joins the library, and is attached on the first
      // from there, not typed again.
      await fill(page, '#evidence-url', 'https://intranet.example/filtering-log');
      await fill(page, '#evidence-title', 'Filtering log');
      await page.click('::-p-text(Add link)');
      await page.waitForFunction(() =>
        document.querySelector('#evidence-links')?.textContent?.includes('Filtering log'),
      );
      const [{ id: linkId }] = await app.db.query(
        `SELECT id FROM evidence_files WHERE kind = 'link'`,
      );
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${first}`);
      await waitForHeading(page, first);
      await page.waitForSelector('#library-file');
      expect(await textOf(page, '#library-file')).toContain('Filtering log (link)');
      await page.select('#library-file', linkId);
      await page.click('::-p-text(Attach to this indicator)');
      await page.waitForFunction(() =>
        document.querySelector('#evidence-links')?.textContent?.includes('Filtering log'),
      );
      expect(await page.$eval('#evidence-links a', (a) => a.getAttribute('href'))).toBe(
        'https://intranet.example/filtering-log',
      );
      await expectAccessible(page, 'indicator with a link from the library');
      await screenshot(page, 'evidence-link-from-library');
      expect(
        await app.db.query(
          `SELECT indicator_code FROM evidence_attachments WHERE evidence_id = $1 ORDER BY indicator_code`,
          [linkId],
        ),
      ).toEqual([first, second].sort().map((code) => ({ indicator_code: code })));

      // The library: one file and one link, each used twice.
      await page.goto(`${app.baseUrl}/organisations/${otherOrg.id}/evidence`);
      await waitForHeading(page, 'Evidence library');
      const table = await textOf(page, 'main table');
      expect(table).toContain('online-safety-policy.txt');
      expect(table).toContain('Filtering log');
      expect(table).toContain(first);
      expect(table).toContain(second);
      await expectAccessible(page, 'evidence library');
      await screenshot(page, 'evidence-library');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
