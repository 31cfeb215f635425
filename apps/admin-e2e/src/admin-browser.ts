import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchBrowser } from '@pies/browser';
import axe from 'axe-core';
import type { Browser, ConsoleMessage, KeyInput, Page } from 'puppeteer-core';
import type { PageDocument, PageElement, PageWindow } from './page-globals';

// The page's globals, inside page.evaluate() callbacks (see page-globals.ts).
declare const document: PageDocument;
declare const window: PageWindow;

export const ROOT = resolve(__dirname, '../../..');
const ADMIN_INDEX = join(
  process.env.PIES_ADMIN_DIST || join(ROOT, 'dist/apps/admin'),
  'index.html',
);
const SOURCES = [
  'apps/admin/src',
  'apps/admin/public',
  'apps/admin/index.html',
  'apps/admin/vite.config.mts',
  'libs/api-client/src',
  'libs/domain/src',
];

/** Browser tests take longer than the API's 30 s default. */
export const BROWSER_TIMEOUT = 120_000;

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * `npm test` builds the admin app first; when a browser test runs on its own (`npx jest
 * apps/admin-e2e`), this builds it if it is missing or older than its sources. One build
 * at a time across Jest workers (a lock directory).
 */
export async function ensureAdminBuilt(): Promise<void> {
  const stale = () => {
    try {
      const built = statSync(ADMIN_INDEX).mtimeMs;
      return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
    } catch {
      return true;
    }
  };
  if (!stale()) return;
  const lock = `${dirname(ADMIN_INDEX)}.build-lock`; // beside the folder Vite empties
  mkdirSync(dirname(dirname(ADMIN_INDEX)), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`admin build lock held for 3 minutes: ${lock}`);
      await sleep(250);
    }
  }
  try {
    if (stale())
      execFileSync('npm', ['run', 'build:admin', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

/** Headless Chromium, resolved by @pies/browser (CHROMIUM_PATH, system, bundled). */
export function startBrowser(): Promise<Browser> {
  return launchBrowser({ viewport: { width: 1280, height: 900 } });
}

/**
 * A page in a browser context of its own (its own cookies: signed out), that records what must
 * never happen: a script error, a failed request to the app, or a Content-Security-Policy
 * violation (Chromium reports those as console errors). `problems` is checked at the end of each
 * test; `close()` discards the context.
 */
export async function newPage(browser: Browser, baseUrl: string) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !/the server responded with a status of 4\d\d/.test(m.text()))
      problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    // A client that does not read an empty body (a 204) cancels it: the answer had arrived.
    const answered = r.response() !== null && r.failure()?.errorText === 'net::ERR_ABORTED';
    if (r.url().startsWith(baseUrl) && !answered)
      problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  return { page, problems, close: () => context.close() };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page (through DevTools, so the page's CSP does not apply) and fails with
 * a readable list of every violation.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags: string[]) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, AXE_TAGS);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} violation(s) on ${label}:\n${JSON.stringify(violations, null, 2)}`,
    );
  }
}

/** Waits until the page's h1 shows this text and no "Loading…" remains. */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  try {
    await page.waitForFunction(
      (t: string) =>
        [...document.querySelectorAll('h1')].some((h) => h.textContent?.includes(t)) &&
        !document.querySelector('.app-loading'),
      {},
      text,
    );
  } catch (error) {
    const seen = await page
      .evaluate(() => document.querySelector('main')?.innerText ?? '')
      .catch(() => '(page gone)');
    throw new Error(
      `no h1 with "${text}" at ${page.url()}: ${String(error)}\nThe page shows:\n${seen.slice(0, 1500)}`,
    );
  }
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => (e as PageElement).innerText.replace(/\s+/g, ' ').trim());
}

/** Fills a text input (clearing what is there). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.$eval(selector, (e) => (e as PageElement).select());
  await page.keyboard.press('Backspace');
  if (value) await page.type(selector, value);
}

/** The id (or tag) of the focused element. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e?.id || e?.className || e?.tagName || '';
  });
}

/** Presses Tab until the element with this id has focus (at most `limit` times). */
export async function tabTo(page: Page, id: string, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab' as KeyInput);
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} not reached with ${limit} presses of Tab (at ${await focused(page)})`);
}

/**
 * With PIES_SCREENSHOTS=1, saves a screenshot (of the whole page unless `fullPage` is false) as
 * docs/images/admin-<name>.png: run the browser tests that way to refresh the docs' pictures.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.PIES_SCREENSHOTS !== '1') return;
  const dir = join(ROOT, 'docs/images');
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({
    path: join(dir, `admin-${name}.png`) as `${string}.png`,
    fullPage,
  });
}

/**
 * With PIES_SCREENSHOTS=1, saves the viewport as docs/images/rough-edges/<name>.png: the
 * before and after pictures of the rough-edges issue (index: that folder's README.md).
 */
export async function roughEdgeShot(page: Page, name: string): Promise<void> {
  if (process.env.PIES_SCREENSHOTS !== '1') return;
  const dir = join(ROOT, 'docs/images/rough-edges');
  mkdirSync(dir, { recursive: true });
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: join(dir, `${name}.png`) as `${string}.png`, fullPage: false });
}

/** Signs in through the form and waits for the first signed-in page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  user: { email: string; password: string },
  landingHeading: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await waitForHeading(page, 'Sign in');
  await fill(page, '#email', user.email);
  await fill(page, '#password', user.password);
  await page.click('button[type=submit]');
  await waitForHeading(page, landingHeading);
}

/** A new page (see newPage) of the app at `baseUrl`, signed in as `user`, on their first page. */
export async function signedInPage(
  browser: Browser,
  { baseUrl }: { baseUrl: string },
  user: { email: string; password: string },
  landingHeading: string,
) {
  const opened = await newPage(browser, baseUrl);
  await signIn(opened.page, baseUrl, user, landingHeading);
  return opened;
}

/** The app path of the link in the newest mail to `email` (as the mail outbox holds it). */
export async function linkFromMail(
  app: { db: { query: (sql: string, params: unknown[]) => Promise<{ text_body: string }[]> } },
  email: string,
): Promise<string> {
  const [mail] = await app.db.query(
    `SELECT text_body FROM mail_outbox WHERE to_address = $1
      ORDER BY created_at DESC, xmin::text::bigint DESC LIMIT 1`,
    [email],
  );
  const link = mail && /https?:\/\/[^\s/]+(\/[^\s]*)/.exec(mail.text_body);
  if (!link) throw new Error(`no mail with a link to ${email}`);
  return link[1];
}

/**
 * A new person opens their invitation mail's link in a page of their own and sets their
 * password; they are then signed in, on their invitations.
 */
export async function acceptInvitationMail(
  browser: Browser,
  app: { baseUrl: string; db: Parameters<typeof linkFromMail>[0]['db'] },
  email: string,
  password: string,
) {
  const opened = await newPage(browser, app.baseUrl);
  await opened.page.goto(`${app.baseUrl}${await linkFromMail(app, email)}`);
  await waitForHeading(opened.page, 'Set up your account');
  await fill(opened.page, '#password', password);
  await fill(opened.page, '#confirm', password);
  await opened.page.click('button[type=submit]');
  await waitForHeading(opened.page, 'Your invitations');
  return opened;
}
