import type { Browser } from 'puppeteer-core';
import { startTestApp, type TestApp } from '../../api/test/test-app';
import { ensureAdminBuilt, startBrowser } from './admin-browser';

/**
 * What every browser test starts with: the built admin app (built first if out of date), served
 * by the API on a database of its own, and headless Chromium. `env` overrides the API's settings.
 */
export async function startBrowserApp(
  env: Record<string, string> = {},
  options: { port?: number } = {},
): Promise<{ app: TestApp; browser: Browser }> {
  await ensureAdminBuilt();
  const [app, browser] = await Promise.all([
    startTestApp(env, { listen: true, port: options.port }),
    startBrowser(),
  ]);
  return { app, browser };
}

/** Closes what startBrowserApp started (either may be missing when starting failed). */
export async function stopBrowserApp(app?: TestApp, browser?: Browser): Promise<void> {
  await browser?.close();
  await app?.close();
}
