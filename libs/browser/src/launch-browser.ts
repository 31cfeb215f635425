import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { resolveChromium, type ResolvedChromium } from './resolve-chromium';

/** `1` or `true`: run without Chromium's sandbox even when not root (hosts without user namespaces). */
export const NO_SANDBOX_ENV = 'PIES_BROWSER_NO_SANDBOX';

/** Flags that must never be passed: they switch off protections a report page relies on. */
export const FORBIDDEN_CHROMIUM_ARGS: readonly string[] = [
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--single-process',
];

/**
 * Features that make background requests or start services a headless worker does not
 * need (merged by Puppeteer with its own --disable-features list).
 */
export const DISABLED_FEATURES: readonly string[] = [
  'Translate',
  'MediaRouter',
  'DialMediaRouteProvider',
  'OptimizationHints',
  'OptimizationGuideModelDownloading',
  'AutofillServerCommunication',
  'CertificateTransparencyComponentUpdater',
  'InterestFeedContentSuggestions',
  'NetworkTimeServiceQuerying',
];

export interface ChromiumArgsOptions {
  /** Run with Chromium's sandbox. */
  sandbox: boolean;
  /** Extra flags, appended (checked against FORBIDDEN_CHROMIUM_ARGS). */
  extraArgs?: readonly string[];
}

/**
 * The command-line flags for a headless worker browser (Puppeteer adds its own defaults,
 * headless mode, the pipe and the profile directory). Every flag here is something a
 * worker that prints documents and runs tests can do without:
 * no GPU, no /dev/shm (small in containers), no background networking, component
 * updates, sync, QUIC or first-run work.
 */
export function chromiumArgs(options: ChromiumArgsOptions): string[] {
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-domain-reliability',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--no-pings',
    '--font-render-hinting=none',
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ...(options.sandbox ? [] : ['--no-sandbox']),
    ...(options.extraArgs ?? []),
  ];
  const forbidden = args.filter((arg) =>
    FORBIDDEN_CHROMIUM_ARGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)),
  );
  if (forbidden.length > 0)
    throw new Error(`refusing unsafe Chromium flags: ${forbidden.join(' ')}`);
  return args;
}

/**
 * Chromium refuses to start its sandbox as root, so root must pass --no-sandbox; anyone
 * else keeps the sandbox (the renderer processes that lay out user text stay confined)
 * unless PIES_BROWSER_NO_SANDBOX says the host cannot provide one (e.g. a container
 * without user namespaces).
 */
export function shouldUseSandbox(env: NodeJS.ProcessEnv = process.env): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const optedOut = ['1', 'true', 'yes'].includes((env[NO_SANDBOX_ENV] ?? '').trim().toLowerCase());
  return !root && !optedOut;
}

export interface LaunchBrowserOptions {
  /** A browser already resolved; default: resolveChromium(). */
  chromium?: ResolvedChromium;
  /** Default 1280 x 800. */
  viewport?: { width: number; height: number };
}

/**
 * Launches headless Chromium with safe flags, over a pipe (no DevTools port that another
 * local process could connect to), in a fresh temporary profile that is deleted when the
 * browser closes or dies.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const chromium = options.chromium ?? (await resolveChromium());
  const userDataDir = await mkdtemp(join(tmpdir(), 'pies-browser-profile-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  let browser: Browser;
  try {
    // Loaded on first launch: puppeteer-core is large and a process may never print a report.
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: chromium.path,
      headless: true,
      pipe: true,
      userDataDir,
      args: chromiumArgs({ sandbox: shouldUseSandbox() }),
      timeout: 30_000, // to start
      protocolTimeout: 60_000, // for one DevTools call
      defaultViewport: options.viewport ?? { width: 1280, height: 800 },
      // Puppeteer would otherwise also handle these signals and close the browser itself.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  browser.once('disconnected', () => {
    // After a crash the browser's helper processes may still be writing to the profile for a
    // moment: wait for the main process to exit, then remove it with retries.
    const child = browser.process();
    const exited =
      child && child.exitCode === null && child.signalCode === null
        ? new Promise((resolve) => child.once('exit', resolve))
        : Promise.resolve();
    void exited
      .then(() => new Promise((resolve) => setTimeout(resolve, 200)))
      .then(() => rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }))
      .catch(() => undefined);
  });
  return browser;
}
