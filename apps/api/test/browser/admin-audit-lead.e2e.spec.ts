import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, KeyInput, Page } from 'puppeteer-core';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  BROWSER_TIMEOUT,
  ensureAdminBuilt,
  expectAccessible,
  fill,
  newPage,
  ROOT,
  screenshot,
  signIn,
  startBrowser,
  tabTo,
  textOf,
  waitForHeading,
} from './admin-browser';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow & { localStorage: { getItem(key: string): string | null } };

interface Definition {
  areas: { code: string; standards: { indicators: { code: string; statement: string }[] }[] }[];
}

/**
 * The agency's audit screens on the real PIES framework (57 indicators): the lead starts the
 * audit, answers indicators (a level, not applicable with a reason, commentary), a colleague's
 * concurrent save becomes a conflict the lead settles, a failed save is kept and sent on retry,
 * check answers lists what is missing, then the audit is submitted. A contributor sees their
 * assignment.
 */
describe('admin app: the agency lead completes an audit', () => {
  let app: TestApp;
  let browser: Browser;
  let org: { id: string; name: string };
  let otherOrg: { id: string; name: string };
  let lead: { id: string; email: string; password: string };
  let colleague: Client;
  let board: Client;
  let platform: Client;
  let admin: Client;
  let partnershipId: string;
  let yaml: string;
  let otherLead: { id: string; email: string; password: string };
  let definition: Definition;
  let codes: string[];
  let auditId: string;
  let otherAuditId: string;

  const responseRow = async (code: string, id = auditId) =>
    (
      await app.db.query(
        `SELECT level, not_applicable AS "notApplicable", not_applicable_reason AS "reason",
                commentary, version FROM responses WHERE audit_id = $1 AND indicator_code = $2`,
        [id, code],
      )
    )[0];
  /** The id of a task list item's part: `task-P1-P1-2-status`. */
  const task = (code: string, part: 'status' | 'hint') =>
    `#task-${code.split('.')[0]}-${code.replace('.', '-')}-${part}`;
  /** Waits until the database holds what the page sent (autosave is asynchronous). */
  const eventually = async (code: string, expected: Record<string, unknown>, id = auditId) => {
    for (let waited = 0; ; waited += 100) {
      const row = await responseRow(code, id);
      try {
        expect(row).toMatchObject(expected);
        return row;
      } catch (error) {
        if (waited > 10_000) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const saveStatus = (page: Page) => textOf(page, '.app-save-status');
  const waitForSaved = (page: Page) =>
    page.waitForFunction(
      () =>
        /Saved at \d\d:\d\d/.test(document.querySelector('.app-save-status')?.textContent ?? ''),
      { timeout: 15_000 },
    );

  beforeAll(async () => {
    await ensureAdminBuilt();
    [app, browser] = await Promise.all([startTestApp({}, { listen: true }), startBrowser()]);
    const partnership = await app.given.partnership({ name: 'Eastfield Safeguarding Partnership' });
    org = await app.given.organisation({
      partnershipId: partnership.id,
      sector: 'education',
      name: 'Meadowbank Primary School',
    });
    otherOrg = await app.given.organisation({
      partnershipId: partnership.id,
      sector: 'health',
      name: 'Eastfield Community Health',
    });
    lead = await app.given.user({
      role: 'agency_lead',
      organisationId: org.id,
      email: 'chris.taylor@meadowbank.example',
    });
    const jo = await app.given.user({
      role: 'agency_lead',
      organisationId: org.id,
      email: 'jo.patel@meadowbank.example',
    });
    await app.db.query(
      `UPDATE users SET name = CASE email WHEN $1 THEN 'Chris Taylor' ELSE 'Jo Patel' END
        WHERE email IN ($1, $2)`,
      [lead.email, jo.email],
    );
    colleague = await app.as(jo);

    partnershipId = partnership.id;
    platform = await app.as(await app.given.user({ role: 'platform_admin' }));
    yaml = readFileSync(join(ROOT, 'templates/frameworks/online-safeguarding-pies.yaml'), 'utf8');
    const imported = await platform.post('/api/frameworks', { yaml }).expect(201);
    const version = await platform
      .get(`/api/frameworks/${imported.body.frameworkId}/versions/${imported.body.version}`)
      .expect(200);
    definition = version.body.definition;
    codes = definition.areas.flatMap((a) =>
      a.standards.flatMap((s) => s.indicators.map((i) => i.code)),
    );
    expect(codes).toHaveLength(57);
    admin = await app.as(
      await app.given.user({ role: 'partnership_admin', partnershipId: partnership.id }),
    );
    board = await app.as(
      await app.given.user({ role: 'board_member', partnershipId: partnership.id }),
    );
    otherLead = await app.given.user({ role: 'agency_lead', organisationId: otherOrg.id });
    await admin
      .post(`/api/partnerships/${partnership.id}/cycles`, {
        name: '2026-28',
        frameworkVersionId: imported.body.id,
        opensOn: '2026-09-01',
        status: 'open',
      })
      .expect(201);
    const audits = await app.db.query('SELECT id, organisation_id FROM audits');
    auditId = audits.find((a: { organisation_id: string }) => a.organisation_id === org.id).id;
    otherAuditId = audits.find(
      (a: { organisation_id: string }) => a.organisation_id === otherOrg.id,
    ).id;
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it(
    'starts, answers, settles a conflict, keeps a failed save, and submits',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      page.on('dialog', (d) => void d.accept()); // "leave with unsaved changes?" on reload
      await signIn(page, app.baseUrl, lead, org.name);

      // The organisation lists its audit; the task list offers to start it.
      expect(await textOf(page, 'main table')).toContain('2026-28');
      await expectAccessible(page, 'organisation with its audits');
      await page.click(`main a[href="/audits/${auditId}"]`);
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, 'main')).toContain('Cannot start yet');
      expect(await page.$(`a[href^="/audits/${auditId}/indicators/"]`)).toBeNull();
      await expectAccessible(page, 'task list, not started');
      await page.click('button.govuk-button--start');
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'You have started the audit',
      );
      expect((await app.db.query('SELECT status FROM audits WHERE id = $1', [auditId]))[0]).toEqual(
        { status: 'in_progress' },
      );
      expect(await textOf(page, 'main')).toContain('0 of 57 indicators completed');

      // P1.1 by keyboard alone: to the first level, arrows to choose, then the commentary.
      const [first, second, third, fourth, fifth] = codes;
      await page.waitForSelector(`a[href="/audits/${auditId}/indicators/${first}"]`);
      await page.click(`a[href="/audits/${auditId}/indicators/${first}"]`);
      await waitForHeading(page, definition.areas[0].standards[0].indicators[0].statement);
      await expectAccessible(page, 'indicator, empty');
      await page.focus('.govuk-back-link');
      await tabTo(page, 'level', 40);
      await page.keyboard.press('ArrowDown' as KeyInput);
      await page.keyboard.press('ArrowDown' as KeyInput);
      expect(
        await page.$eval('#level-3', (e) => (e as PageElement & { checked: boolean }).checked),
      ).toBe(true);
      await tabTo(page, 'commentary', 10);
      await page.keyboard.type('Policy reviewed by governors in July; staff briefed in September.');
      await eventually(first, {
        level: 3,
        notApplicable: false,
        commentary: 'Policy reviewed by governors in July; staff briefed in September.',
      });
      await waitForSaved(page);
      expect(
        await textOf(
          page,
          '.govuk-character-count:has(#commentary) .govuk-character-count__message',
        ),
      ).toContain('You have 19,935 characters remaining');
      // Guidance opens from the keyboard too.
      await page.focus('.govuk-details__summary');
      await page.keyboard.press('Enter' as KeyInput);
      expect(await page.$eval('.govuk-details', (e) => e.hasAttribute('open'))).toBe(true);
      await expectAccessible(page, 'indicator, answered');
      await screenshot(page, 'audit-indicator');

      // The next indicator applies to every agency: no "not applicable" choice.
      await page.click('a[rel=next]');
      await waitForHeading(page, second);
      expect(page.url()).toBe(`${app.baseUrl}/audits/${auditId}/indicators/${second}`);
      expect(await page.$$('input[name=level]')).toHaveLength(4);
      await page.click('a[rel=next]');
      await waitForHeading(page, third);

      // Not applicable, with the reason revealed under it.
      expect(await page.$eval('#conditional-level-5', (e) => e.className)).toContain('hidden');
      await page.click('label[for=level-5]');
      await fill(page, '#na-reason', 'We do not run residential provision.');
      await eventually(third, {
        level: null,
        notApplicable: true,
        reason: 'We do not run residential provision.',
      });
      await waitForSaved(page);
      await expectAccessible(page, 'indicator, not applicable');

      // A colleague saves the same answer meanwhile: the next save is a 409, both versions show.
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${fourth}`);
      await waitForHeading(page, fourth);
      await page.click('label[for=level-2]');
      await fill(page, '#commentary', 'Filtering in place at the main site');
      const before = await eventually(fourth, {
        level: 2,
        commentary: 'Filtering in place at the main site',
      });
      await waitForSaved(page);
      await colleague
        .put(`/api/audits/${auditId}/responses/${fourth}`, {
          version: before.version,
          level: 4,
          commentary: 'Jo: filtering tested termly and reported to governors.',
        })
        .expect(200);
      await page.type('#commentary', ' and the annexe.');
      await page.waitForSelector('.app-conflict');
      expect(await saveStatus(page)).toContain('Not saved: someone else changed this answer');
      expect(await textOf(page, '#conflict-theirs')).toContain(
        'Jo: filtering tested termly and reported to governors.',
      );
      expect(await textOf(page, '#conflict-theirs')).toContain('4: Embedded');
      expect(await textOf(page, '#conflict-yours')).toContain(
        'Filtering in place at the main site and the annexe.',
      );
      expect(await textOf(page, '.app-conflict h2')).toContain('Jo Patel changed this answer');
      // Nothing of the user's was written over the colleague's answer.
      expect(await responseRow(fourth)).toMatchObject({ level: 4, version: before.version + 1 });
      await expectAccessible(page, 'indicator, conflict');
      await screenshot(page, 'audit-conflict');
      await page.click('.app-conflict button.govuk-button:not(.govuk-button--secondary)');
      await eventually(fourth, {
        level: 2,
        commentary: 'Filtering in place at the main site and the annexe.',
        version: before.version + 2,
      });
      await waitForSaved(page);
      expect(await page.$('.app-conflict')).toBeNull();

      // A save that fails (the network drops once) is kept in this browser and sent on retry.
      await page.goto(`${app.baseUrl}/audits/${auditId}/indicators/${fifth}`);
      await waitForHeading(page, fifth);
      const draftKey = `pies-audit-draft:${auditId}:${fifth}`;
      const storedDraft = async () =>
        JSON.parse(
          (await page.evaluate((key: string) => window.localStorage.getItem(key), draftKey)) ??
            'null',
        );
      let failures = 0;
      let failing = 1; // how many more PUTs of this indicator to fail (Infinity: all)
      const failSaves = (request: HTTPRequest) => {
        if (request.isInterceptResolutionHandled()) return;
        if (request.method() === 'PUT' && request.url().endsWith(`/responses/${fifth}`)) {
          if (failing > 0) {
            failing--;
            failures++;
            return void request.abort('internetdisconnected');
          }
        }
        void request.continue();
      };
      await page.setRequestInterception(true);
      page.on('request', failSaves);
      await page.click('label[for=level]');
      await page.waitForFunction(() =>
        document.querySelector('.app-save-status')?.textContent?.includes('Not saved yet'),
      );
      expect(await saveStatus(page)).toContain('Not saved yet — trying again');
      expect(await storedDraft()).toMatchObject({ answer: { level: 1 }, version: 0 });
      expect(await responseRow(fifth)).toBeUndefined();
      await eventually(fifth, { level: 1, version: 1 }); // the retry, a second later
      await waitForSaved(page);
      expect(failures).toBe(1);
      expect(await storedDraft()).toBeNull();

      // Saves keep failing, and the page is reloaded: the change is still there, and is sent
      // once the API can be reached again.
      failing = Infinity;
      await fill(page, '#commentary', 'Written on the train.');
      await page.waitForFunction(() =>
        document.querySelector('.app-save-status')?.textContent?.includes('trying again'),
      );
      expect(await storedDraft()).toMatchObject({
        answer: { level: 1, commentary: 'Written on the train.' },
        version: 1,
      });
      await page.reload();
      await waitForHeading(page, fifth);
      expect(await page.$eval('#commentary', (e) => (e as PageElement).value)).toBe(
        'Written on the train.',
      );
      await page.waitForFunction(() =>
        document.querySelector('.app-save-status')?.textContent?.includes('trying again'),
      );
      expect((await responseRow(fifth)).commentary).toBeNull();
      failing = 0;
      await eventually(fifth, { level: 1, commentary: 'Written on the train.', version: 2 });
      await waitForSaved(page);
      expect(await storedDraft()).toBeNull();
      page.off('request', failSaves);
      await page.setRequestInterception(false);
      // The aborted requests are the failures this test causes on purpose: nothing else failed.
      const caused = problems.filter((p) => /ERR_INTERNET_DISCONNECTED/.test(p));
      expect(caused.length).toBeGreaterThanOrEqual(failures);
      for (const p of caused) {
        expect(p).toMatch(
          new RegExp(`(PUT \\S+/responses/${fifth.replace('.', '\\.')} |Failed to load resource)`),
        );
        problems.splice(problems.indexOf(p), 1);
      }

      // The task list shows progress, per area and overall.
      await page.click('.govuk-back-link');
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, 'main')).toContain('4 of 57 indicators completed');
      expect(await textOf(page, task(first, 'status'))).toBe('Completed');
      expect(await textOf(page, task(fifth, 'status'))).toBe('Completed');
      expect(await textOf(page, task(second, 'status'))).toBe('Not started');
      await expectAccessible(page, 'task list, in progress');
      await screenshot(page, 'audit-task-list');

      // Everything else but two indicators is answered through the API.
      const left = [codes[20], codes[50]];
      for (const code of codes.slice(1)) {
        if (left.includes(code)) continue;
        const current = await responseRow(code);
        await colleague
          .put(`/api/audits/${auditId}/responses/${code}`, {
            version: current?.version ?? 0,
            level: 3,
            commentary: `In place for ${code}.`,
          })
          .expect(200);
      }

      // Check answers: submitting says which indicators still need answers, linking to each.
      await page.goto(`${app.baseUrl}/audits/${auditId}/check-answers`);
      await waitForHeading(page, 'Check your answers before submitting');
      await expectAccessible(page, 'check answers');
      await page.click('main button.govuk-button');
      await page.waitForSelector('.govuk-error-summary');
      const links = await page.$$eval('.govuk-error-summary__list a', (l) =>
        l.map((a) => [a.getAttribute('href'), (a as PageElement).innerText]),
      );
      expect(links).toEqual([
        [`/audits/${auditId}/indicators/${left[0]}`, `${left[0]} needs a level and commentary`],
        [`/audits/${auditId}/indicators/${left[1]}`, `${left[1]} needs a level and commentary`],
      ]);
      expect(await page.title()).toBe('Error: Check your answers before submitting – PIES Audit');
      await expectAccessible(page, 'check answers, missing');
      await screenshot(page, 'audit-check-answers');

      await page.click('.govuk-error-summary__list a');
      await waitForHeading(page, left[0]);
      expect(page.url()).toBe(`${app.baseUrl}/audits/${auditId}/indicators/${left[0]}`);
      await page.click('label[for=level-4]');
      await fill(page, '#commentary', 'Reviewed each year with the board.');
      await page.click('#save-and-return');
      await waitForHeading(page, '2026-28 audit');
      expect(await responseRow(left[0])).toMatchObject({ level: 4 });
      await colleague
        .put(`/api/audits/${auditId}/responses/${left[1]}`, {
          version: 0,
          notApplicable: true,
          notApplicableReason: 'No such service here.',
        })
        .expect(200);

      await page.click(`a[href="/audits/${auditId}/check-answers"]`);
      await waitForHeading(page, 'Check your answers before submitting');
      await page.click('main button.govuk-button');
      await waitForHeading(page, 'Audit submitted');
      expect(await textOf(page, '.govuk-panel')).toContain(org.name);
      expect((await app.db.query('SELECT status FROM audits WHERE id = $1', [auditId]))[0]).toEqual(
        { status: 'submitted' },
      );
      await expectAccessible(page, 'submitted');

      // Submitted: the task list and indicator pages are read only.
      await page.click(`main a[href="/audits/${auditId}"]`);
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, 'main')).toContain('It can no longer be changed');
      expect(await page.$(`a[href="/audits/${auditId}/check-answers"]`)).toBeNull();
      await page.click(`a[href="/audits/${auditId}/indicators/${first}"]`);
      await waitForHeading(page, definition.areas[0].standards[0].indicators[0].statement);
      expect(await page.$('#commentary')).toBeNull();
      expect(await textOf(page, 'main')).toContain('This audit has been submitted');

      // The board returns it with a reason: the task list shows it, and answers change again.
      await board
        .post(`/api/audits/${auditId}/return`, {
          reason: 'Please add evidence for the filtering tests in I1.',
        })
        .expect(200);
      await page.click('.govuk-back-link');
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, '.govuk-notification-banner')).toContain(
        'Please add evidence for the filtering tests in I1.',
      );
      expect(await textOf(page, 'main')).toContain('Returned');
      expect(await page.$(`a[href="/audits/${auditId}/check-answers"]`)).not.toBeNull();
      await expectAccessible(page, 'task list, returned');
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT * 2,
  );

  it(
    'lets the lead assign an area, and the contributor sees what is theirs (on a phone too)',
    async () => {
      const contributor = await app.given.user({
        role: 'agency_contributor',
        organisationId: otherOrg.id,
        email: 'priya.shah@eastfield-health.example',
      });
      await app.db.query(`UPDATE users SET name = 'Priya Shah' WHERE id = $1`, [contributor.id]);
      const lead2 = await newPage(browser, app.baseUrl);
      await signIn(lead2.page, app.baseUrl, otherLead, otherOrg.name);
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
      expect(lead2.problems).toEqual([]);
      await lead2.close();

      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true });
      await signIn(page, app.baseUrl, contributor, otherOrg.name);
      await page.waitForNetworkIdle();
      await page.click(`main a[href="/audits/${otherAuditId}"]`);
      await waitForHeading(page, '2026-28 audit');
      const iCodes = definition.areas[1].standards.flatMap((s) => s.indicators.map((i) => i.code));
      expect(await textOf(page, 'main')).toContain(
        `${iCodes.length} indicators are assigned to you`,
      );
      expect(await textOf(page, 'main')).toContain('Your agency lead has not started this audit');
      const fits = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await fits()).toBe(true);
      await expectAccessible(page, 'task list (contributor, phone)');
      await screenshot(page, 'audit-task-list-phone');

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
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, otherLead, otherOrg.name);
      await page.goto(`${app.baseUrl}/audits/${otherAuditId}/indicators/${code}`);
      await waitForHeading(page, code);

      // A link: checked before it is added, then saved with the answer.
      await fill(page, '#evidence-url', 'intranet policy');
      await page.click('::-p-text(Add link)');
      expect(await textOf(page, '#evidence-url-error')).toContain('Enter a web address');
      await fill(page, '#evidence-url', 'https://intranet.example/policies/online-safety.pdf');
      await fill(page, '#evidence-title', 'Online safety policy 2026');
      await page.click('::-p-text(Add link)');
      await eventually(code, { version: 1 }, otherAuditId);
      const [links] = await app.db.query(
        'SELECT evidence_links FROM responses WHERE audit_id = $1 AND indicator_code = $2',
        [otherAuditId, code],
      );
      expect(links.evidence_links).toEqual([
        {
          url: 'https://intranet.example/policies/online-safety.pdf',
          title: 'Online safety policy 2026',
        },
      ]);
      expect(await textOf(page, '#evidence-links')).toContain('Online safety policy 2026');

      // A file: uploaded, listed, then removed.
      const file = join(tmpdir(), 'filtering-test-log.txt');
      writeFileSync(file, 'Filtering checked against the test categories on 3 March.\n');
      const input = await page.$('#evidence-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await page.click('::-p-text(Upload file)');
      await page.waitForSelector('#evidence-files');
      expect(await textOf(page, '#evidence-files')).toContain('filtering-test-log.txt');
      const [stored] = await app.db.query(
        'SELECT file_name, indicator_code FROM evidence_files WHERE audit_id = $1',
        [otherAuditId],
      );
      expect(stored).toEqual({ file_name: 'filtering-test-log.txt', indicator_code: code });
      await expectAccessible(page, 'indicator with evidence');
      await page.click('#evidence-files button');
      await page.waitForFunction(() => !document.querySelector('#evidence-files'));
      expect(
        await app.db.query('SELECT id FROM evidence_files WHERE audit_id = $1', [otherAuditId]),
      ).toEqual([]);

      // An improvement action, then its status and owner changed.
      await page.click('#add-action summary');
      await fill(page, '#action-description', 'Test the filtering each term');
      await fill(page, '#action-owner', 'Network manager');
      await fill(page, '#action-due', '31');
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
           FROM actions WHERE audit_id = $1`,
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
      await expectAccessible(page, 'indicator with an error');
      await fill(page, '#commentary', 'Short again.');
      await eventually(code, { commentary: 'Short again.' }, otherAuditId);
      await page.waitForFunction(() => !document.querySelector('.govuk-error-summary'));
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
  it(
    'pre-fills the next cycle from the accepted audit, flags changed wording, and shows compliance at home',
    async () => {
      // The first audit (returned by the board above) is submitted again and accepted.
      const [{ status }] = await app.db.query('SELECT status FROM audits WHERE id = $1', [auditId]);
      expect(['returned', 'submitted']).toContain(status);
      if (status === 'returned') await colleague.post(`/api/audits/${auditId}/submit`).expect(200);
      await board.post(`/api/audits/${auditId}/accept`).expect(200);

      // A new framework version rewords P1.1; the next cycle uses it.
      const changed = yaml
        .replace('version: "2026.1"', 'version: "2026.2"')
        .replace(
          'The agency has a written online safety policy',
          'The agency has a current, written online safety policy',
        );
      expect(changed).not.toBe(yaml);
      const imported = await platform.post('/api/frameworks', { yaml: changed }).expect(201);
      await admin
        .post(`/api/partnerships/${partnershipId}/cycles`, {
          name: '2028-30',
          frameworkVersionId: imported.body.id,
          opensOn: '2028-09-01',
          status: 'open',
        })
        .expect(201);
      const [next] = await app.db.query(
        `SELECT a.id FROM audits a JOIN cycles c ON c.id = a.cycle_id
          WHERE a.organisation_id = $1 AND c.name = '2028-30'`,
        [org.id],
      );

      const { page, problems, close } = await newPage(browser, app.baseUrl);
      await signIn(page, app.baseUrl, lead, org.name);
      await page.goto(`${app.baseUrl}/`);
      await waitForHeading(page, 'Your roles');
      await page.waitForSelector('main table');
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('Open improvement actions'),
      );
      const home = await textOf(page, 'main');
      expect(home).toContain('Compliant');
      expect(home).toContain('2026-28');
      expect(home).toContain('2028-30');
      await expectAccessible(page, 'home (agency lead)');
      await screenshot(page, 'audit-home');

      await page.click(`main a[href="/audits/${next.id}"]`);
      await waitForHeading(page, '2028-30 audit');
      await page.click('button.govuk-button--start');
      await page.waitForSelector(`a[href="/audits/${next.id}/indicators/${codes[0]}"]`);
      expect(await textOf(page, 'main')).toContain(
        'Answers were copied from your last audit. 1 indicator has changed wording since',
      );
      expect(await textOf(page, task(codes[0], 'hint'))).toContain('Changed since your last audit');
      expect(await textOf(page, task(codes[0], 'status'))).toBe('Completed');
      expect(await page.$(task(codes[1], 'hint'))).toBeNull();
      await expectAccessible(page, 'task list, pre-filled');
      await page.click(`a[href="/audits/${next.id}/indicators/${codes[0]}"]`);
      await waitForHeading(page, 'current, written online safety policy');
      expect(await textOf(page, '.govuk-warning-text')).toContain('Changed since your last audit');
      expect(
        await page.$eval('#level-3', (e) => (e as PageElement & { checked: boolean }).checked),
      ).toBe(true);
      expect(problems).toEqual([]);
      await close();
    },
    BROWSER_TIMEOUT,
  );
});
