import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { DEFAULT_FRAMEWORK } from '../../api/src/demo/demo-seed.service';
import { seedScale } from '../../../bench/seed/scale-seeder';
import { FrameworksService } from '../../api/src/frameworks/frameworks.service';
import type { TestApp, TestUser } from '../../api/test/test-app';
import { startBrowserApp } from './browser-app';
import type { PageDocument, PageElement } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;

export const PARTNERSHIP = 'Riverside Safeguarding Children Partnership';
export const fmt = (n: number | null) =>
  n == null ? 'No score' : n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** Waits until every chart on the page is drawn (an SVG inside it) and returns how many. */
export async function chartsDrawn(page: Page, at_least: number): Promise<number> {
  await page.waitForFunction(
    (n: number) =>
      document.querySelectorAll('[data-chart-status="drawn"] svg').length >= n &&
      document.querySelectorAll('[data-chart-status="loading"]').length === 0,
    {},
    at_least,
  );
  return page.evaluate(() => document.querySelectorAll('[data-chart-status="drawn"] svg').length);
}

/** Waits until the dashboard has the data for its address (not "Updating the dashboard…"). */
export const settled = (page: Page) =>
  page.waitForFunction(
    () => !document.querySelector('.app-result-count')?.textContent?.includes('Updating'),
  );

export const rowsOf = (page: Page, selector: string) =>
  page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) =>
      Array.from((r as unknown as { children: ArrayLike<PageElement> }).children).map((c) =>
        c.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ),
  );

export interface BoardWorld {
  app: TestApp;
  browser: Browser;
  partnershipId: string;
  cycleId: string;
  frameworkVersionId: string;
  board: TestUser;
  lead: TestUser;
  /** Two submitted audits of the open cycle, and one in progress (a draft to the board). */
  toAccept: { id: string; organisationId: string; name: string };
  toReturn: { id: string; name: string };
  draftId: string;
}

/**
 * The app on a database of its own with a partnership at a realistic size: 110 agencies over
 * two cycles on the real PIES framework (two pages of the heat map, a trend), a board member and
 * the agency lead of one submitted audit.
 */
export async function startBoardWorld(): Promise<BoardWorld> {
  const { app, browser } = await startBrowserApp();
  const frameworks = app.app.get(FrameworksService);
  const fw = await frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
  const definition = await frameworks.definitionById(fw.id);
  const { partnershipId } = await seedScale(app.db, {
    partnership: PARTNERSHIP,
    orgs: 110,
    cycles: 2,
    frameworkVersionId: fw.id,
    definition,
    seed: 11,
  });
  const [{ id: cycleId }] = await app.db.query(
    `SELECT id FROM cycles WHERE partnership_id = $1 AND status = 'open'`,
    [partnershipId],
  );
  const [toAccept, toReturn] = await app.db.query(
    `SELECT a.id, a.organisation_id AS "organisationId", o.name FROM audits a JOIN organisations o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND a.status = 'submitted' ORDER BY o.name LIMIT 2`,
    [cycleId],
  );
  const [{ id: draftId }] = await app.db.query(
    `SELECT id FROM audits WHERE cycle_id = $1 AND status = 'in_progress' LIMIT 1`,
    [cycleId],
  );
  const board = await app.given.user({ role: 'board_member', partnershipId });
  const lead = await app.given.user({
    role: 'agency_lead',
    organisationId: toAccept.organisationId,
  });
  await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Jordan Board', board.id]);
  await app.db.query('UPDATE users SET name = $1 WHERE id = $2', ['Robin Lead', lead.id]);
  return {
    app,
    browser,
    partnershipId,
    cycleId,
    frameworkVersionId: fw.id,
    board,
    lead,
    toAccept,
    toReturn,
    draftId,
  };
}
