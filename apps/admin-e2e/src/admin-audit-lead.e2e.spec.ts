import type { Browser, HTTPRequest, KeyInput } from 'puppeteer-core';
import type { Client, TestApp, TestUser } from '../../api/test/test-app';
import {
  BROWSER_TIMEOUT,
  expectAccessible,
  fill,
  newPage,
  screenshot,
  signedInPage,
  signIn,
  tabTo,
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
  waitForSaved,
} from './audit-fixtures';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow & { localStorage: { getItem(key: string): string | null } };

/**
 * The agency lead completes an audit on the real PIES framework (57 indicators): starts it,
 * answers indicators through the page (a level by keyboard, not applicable with a reason,
 * commentary), settles the conflict a colleague's concurrent save causes, loses nothing when a
 * save fails or the page is reloaded offline, is told by check answers what is missing, submits,
 * sees the board's reason when it is returned; the next cycle is pre-filled with changed wording
 * flagged, and the home page shows compliance and the audits.
 */
describe('admin app: the agency lead completes an audit', () => {
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
  let auditId: string;

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
      auditId,
    } = await auditWorld(app));
  }, BROWSER_TIMEOUT);

  afterAll(() => stopBrowserApp(app, browser));

  it(
    'starts, answers, settles a conflict, keeps a failed save, and submits',
    async () => {
      const { page, problems, close } = await newPage(browser, app.baseUrl);
      const dialogs: string[] = []; // "leave with unsaved changes?" on reload
      page.on('dialog', (d) => {
        dialogs.push(d.type());
        void d.accept();
      });
      await signIn(page, app.baseUrl, lead, org.name);

      // The organisation lists its audit; the task list offers to start it.
      expect(await textOf(page, 'main table')).toContain('2026-28');
      await expectAccessible(page, 'organisation with its audits');
      await page.click(`main a[href="/audits/${auditId}"]`);
      await waitForHeading(page, '2026-28 audit');
      expect(await textOf(page, '.govuk-task-list__status')).toBe('Not started');
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
      await eventually(app, auditId, first, {
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
      // Beside the answer on a wide screen the guidance is open; the examples open from the keyboard.
      expect(await page.$eval('#indicator-guidance details', (e) => e.hasAttribute('open'))).toBe(
        true,
      );
      await page.focus('#indicator-guidance details:not([open]) .govuk-details__summary');
      await page.keyboard.press('Enter' as KeyInput);
      expect(
        await page.$$eval('#indicator-guidance details', (all) =>
          all.every((e) => e.hasAttribute('open')),
        ),
      ).toBe(true);
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
      await eventually(app, auditId, third, {
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
      const before = await eventually(app, auditId, fourth, {
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
      expect(await responseRow(app, auditId, fourth)).toMatchObject({
        level: 4,
        version: before.version + 1,
      });
      await expectAccessible(page, 'indicator, conflict');
      await screenshot(page, 'audit-conflict');
      await page.click('.app-conflict button.govuk-button:not(.govuk-button--secondary)');
      await eventually(app, auditId, fourth, {
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
      expect(await responseRow(app, auditId, fifth)).toBeUndefined();
      await eventually(app, auditId, fifth, { level: 1, version: 1 }); // the retry, a second later
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
      expect(dialogs).toEqual([]);
      await page.reload();
      expect(dialogs).toEqual(['beforeunload']); // the browser asked before leaving
      await waitForHeading(page, fifth);
      expect(await page.$eval('#commentary', (e) => (e as PageElement).value)).toBe(
        'Written on the train.',
      );
      await page.waitForFunction(() =>
        document.querySelector('.app-save-status')?.textContent?.includes('trying again'),
      );
      expect((await responseRow(app, auditId, fifth)).commentary).toBeNull();
      failing = 0;
      await eventually(app, auditId, fifth, {
        level: 1,
        commentary: 'Written on the train.',
        version: 2,
      });
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
      await screenshot(page, 'audit-task-list', false);

      // Everything else but two indicators is answered through the API.
      const left = [codes[20], codes[50]];
      for (const code of codes.slice(1)) {
        if (left.includes(code)) continue;
        const current = await responseRow(app, auditId, code);
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
      // Each named by its code and statement (its title), linked to its page (back to here).
      const statementOf = (code: string) =>
        definition.areas
          .flatMap((a) => a.standards.flatMap((s) => s.indicators))
          .find((i) => i.code === code)!.statement;
      expect(links).toEqual(
        left.map((code) => [
          `/audits/${auditId}/indicators/${code}?from=check-answers`,
          `${code} ${statementOf(code)}`,
        ]),
      );
      expect(await textOf(page, '.govuk-error-summary__title')).toBe(
        '2 of 57 indicators still to do',
      );
      expect(await page.title()).toBe('Error: Check your answers before submitting – PIES Audit');
      await expectAccessible(page, 'check answers, missing');
      await screenshot(page, 'audit-check-answers', false);
      // Phone width (isMobile would reload the page): the summary stacks, nothing scrolls sideways.
      await page.setViewport({ width: 390, height: 844 });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await screenshot(page, 'audit-check-answers-phone', false);
      await page.setViewport({ width: 1280, height: 900 });

      await page.click('.govuk-error-summary__list a');
      await waitForHeading(page, left[0]);
      expect(page.url()).toBe(
        `${app.baseUrl}/audits/${auditId}/indicators/${left[0]}?from=check-answers`,
      );
      await page.click('label[for=level-4]');
      await fill(page, '#commentary', 'Reviewed each year with the board.');
      await page.click('#save-and-return');
      await waitForHeading(page, 'Check your answers before submitting');
      await page.click(`a[href="/audits/${auditId}"]`); // back to the task list
      await waitForHeading(page, '2026-28 audit');
      expect(await responseRow(app, auditId, left[0])).toMatchObject({ level: 4 });
      await colleague
        .put(`/api/audits/${auditId}/responses/${left[1]}`, {
          version: 0,
          notApplicable: true,
          notApplicableReason: 'No such service here.',
        })
        .expect(200);

      await page.click(`a[href="/audits/${auditId}/check-answers"]`);
      await waitForHeading(page, 'Check your answers before submitting');
      // "Change" comes back here after saving.
      await page.click(`a[href="/audits/${auditId}/indicators/${first}?from=check-answers"]`);
      await waitForHeading(page, first);
      expect(await textOf(page, '#save-and-return')).toBe('Save and return to check your answers');
      await page.click('#save-and-return');
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
    'pre-fills the next cycle from the accepted audit for confirming, flags changed wording, and shows compliance at home',
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

      const { page, problems, close } = await signedInPage(browser, app, lead, org.name);
      await page.goto(`${app.baseUrl}/`);
      await waitForHeading(page, 'What needs your attention');
      await page.waitForSelector('main table');
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('Open improvement actions'),
      );
      // The compliance line comes with the organisation, a request of its own.
      await page.waitForFunction(() =>
        document.querySelector('main')?.textContent?.includes('Two-yearly audit'),
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
      // Copied answers wait for confirmation (admin-carry-forward.e2e.spec.ts confirms them).
      expect(await textOf(page, 'main')).toContain(
        '57 answers were carried forward from your last audit.',
      );
      expect(await textOf(page, 'main')).toContain('0 of 57 indicators completed');
      expect(await textOf(page, task(codes[0], 'hint'))).toContain('Changed since your last audit');
      expect(await textOf(page, task(codes[0], 'status'))).toBe('Wording changed: answer again');
      expect(await textOf(page, task(codes[1], 'status'))).toBe('Carried forward: confirm');
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
