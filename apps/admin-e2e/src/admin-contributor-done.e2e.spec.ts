import type { Browser } from 'puppeteer-core';
import type { TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  screenshot,
  signedInPage,
  textOf,
  waitForHeading,
} from './admin-browser';
import { startBrowserApp, stopBrowserApp } from './browser-app';
import { auditWorld, type Definition } from './audit-fixtures';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

/**
 * A contributor says their part is done: the button on their task list, its confirmation and
 * the done state; the leads are told, and the lead sees who said done on the contributors page.
 */
describe('admin app: a contributor says their part is done', () => {
  let app: TestApp;
  let browser: Browser;
  let otherOrg: { id: string; name: string };
  let otherLead: TestUser;
  let definition: Definition;
  let otherAuditId: string;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    ({ otherOrg, otherLead, definition, otherAuditId } = await auditWorld(app));
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'confirms, shows the done state, tells the leads, and the lead sees it',
    async () => {
      const contributor = await app.given.user({
        role: 'agency_contributor',
        organisationId: otherOrg.id,
        email: 'sam.green@eastfield-health.example',
      });
      await app.db.query(`UPDATE users SET name = 'Sam Green' WHERE id = $1`, [contributor.id]);
      const lead = await app.as(otherLead);
      await lead.post(`/api/audits/${otherAuditId}/start`).expect(200);
      await lead
        .put(`/api/audits/${otherAuditId}/assignments`, {
          assignments: [{ userId: contributor.id, areaCode: 'I' }],
        })
        .expect(200);
      const iCount = definition.areas[1].standards.flatMap((s) => s.indicators).length;
      const told = await app.db.query(
        `SELECT kind, title, detail FROM notifications WHERE user_id = $1`,
        [contributor.id],
      );
      expect(told).toEqual([
        expect.objectContaining({
          kind: 'contributor_assigned',
          detail: expect.stringContaining(`${iCount} indicators in Infrastructure and technology`),
        }),
      ]);

      // Signing in lands on their assigned work.
      const c = await signedInPage(browser, app, contributor, '2026-28 audit');
      expect(new URL(c.page.url()).pathname).toBe(`/audits/${otherAuditId}`);
      await c.page.click('::-p-text(My part is done)');
      await c.page.waitForSelector('#my-part-done-heading');
      expect(await textOf(c.page, 'form[aria-labelledby=my-part-done-heading]')).toContain(
        `${iCount} of your indicators are not completed yet`,
      );
      await expectAccessible(c.page, 'my part is done: confirm');
      // Going back leaves nothing said.
      await c.page.click('::-p-text(Go back)');
      await c.page.waitForFunction(() => !document.querySelector('#my-part-done-heading'));
      expect(await app.db.query('SELECT 1 FROM parts_done')).toEqual([]);
      await c.page.click('::-p-text(My part is done)');
      await c.page.click('::-p-text(Yes, my part is done)');
      await c.page.waitForSelector('#my-part-done');
      expect(await textOf(c.page, '.govuk-notification-banner--success')).toContain(
        'Your agency lead has been told your part is done',
      );
      expect(await textOf(c.page, '#my-part-done')).toContain('You said your part is done');
      await expectAccessible(c.page, 'my part is done: done');
      await c.page.$eval('#my-part-done', (e) =>
        (e as PageElement & { scrollIntoView(): void }).scrollIntoView(),
      );
      await screenshot(c.page, 'audit-my-part-done', false);
      // Still done after a reload: it comes from the API.
      await c.page.reload();
      await c.page.waitForSelector('#my-part-done');
      expect(await c.page.$('::-p-text(Yes, my part is done)')).toBeNull();
      expect(c.problems).toEqual([]);
      await c.close();

      const leadsTold = await app.db.query(
        `SELECT n.title FROM notifications n JOIN memberships m ON m.user_id = n.user_id
          WHERE n.kind = 'contributor_done' AND m.organisation_id = $1 AND m.role = 'agency_lead'`,
        [otherOrg.id],
      );
      expect(leadsTold).toEqual([
        { title: 'Sam Green says their part of the 2026-28 audit is done' },
      ]);

      const l = await signedInPage(browser, app, otherLead, otherOrg.name);
      await l.page.goto(`${app.baseUrl}/audits/${otherAuditId}/contributors`);
      await waitForHeading(l.page, 'Assign contributors');
      const table = await textOf(l.page, 'main table');
      expect(table).toContain('Sam Green');
      expect(table).toContain('Their part');
      expect(table).toMatch(/Done They said so on \d{1,2} \w+ \d{4}/);
      await expectAccessible(l.page, 'contributors: part done');
      await screenshot(l.page, 'audit-contributors-part-done');
      expect(l.problems).toEqual([]);
      await l.close();
    },
    BROWSER_TIMEOUT,
  );
});
