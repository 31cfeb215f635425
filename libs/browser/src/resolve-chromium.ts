import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { unpackBundledChromium } from './bundled-chromium';

/** Where the browser executable came from. */
export type ChromiumSource = 'setting' | 'system' | 'bundled';

export interface ResolvedChromium {
  /** Absolute path of the Chromium or Chrome executable. */
  path: string;
  source: ChromiumSource;
}

/** An explicit browser path; when set it must point at an executable, or resolution fails. */
export const CHROMIUM_PATH_ENV = 'CHROMIUM_PATH';
/** `1` or `true`: skip system browsers and use the bundled Chromium (for checks and odd hosts). */
export const SKIP_SYSTEM_BROWSER_ENV = 'PIES_BROWSER_SKIP_SYSTEM';

/**
 * Executable names looked up on PATH, best first. chrome-headless-shell (what
 * `npx @puppeteer/browsers install chrome-headless-shell` installs) prints PDFs about
 * twice as fast as a full browser in headless mode, so it comes first.
 */
export const SYSTEM_CHROMIUM_NAMES: readonly string[] = [
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
];

/** Installed locations that are often not on PATH. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/lib/chromium/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class ChromiumNotFoundError extends Error {
  readonly code = 'CHROMIUM_NOT_FOUND';

  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

export interface ResolveChromiumOptions {
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Is this path an executable file? Default: a real file-system check. */
  isExecutable?: (path: string) => boolean;
  /** Unpacks the bundled Chromium and returns its path. Default: `@sparticuz/chromium`. */
  unpackBundled?: () => Promise<string>;
}

/** A regular file this process may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes'].includes(value.trim().toLowerCase());
}

/**
 * The first system browser: each name in SYSTEM_CHROMIUM_NAMES on each PATH directory,
 * then the well-known install locations. Pure apart from `isExecutable`.
 */
export function findSystemChromium(
  env: NodeJS.ProcessEnv,
  isExecutable: (path: string) => boolean,
): string | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter((dir) => dir.length > 0);
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return SYSTEM_CHROMIUM_PATHS.find((candidate) => isExecutable(candidate)) ?? null;
}

/**
 * The browser to launch, in this order:
 * 1. the setting `CHROMIUM_PATH` (an error if it is set but not an executable file: a wrong
 *    setting is reported, never silently replaced by another browser);
 * 2. a system Chromium or Chrome (skipped when `PIES_BROWSER_SKIP_SYSTEM=1`);
 * 3. the Chromium bundled in the `@sparticuz/chromium` package, unpacked once under the
 *    temp directory.
 */
export async function resolveChromium(
  options: ResolveChromiumOptions = {},
): Promise<ResolvedChromium> {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? isExecutableFile;
  const setting = env[CHROMIUM_PATH_ENV]?.trim();
  if (setting) {
    if (!isExecutable(setting)) {
      throw new ChromiumNotFoundError(
        `${CHROMIUM_PATH_ENV} is set to "${setting}", which is not an executable file`,
      );
    }
    return { path: setting, source: 'setting' };
  }
  if (!isTruthy(env[SKIP_SYSTEM_BROWSER_ENV])) {
    const system = findSystemChromium(env, isExecutable);
    if (system) return { path: system, source: 'system' };
  }
  const unpack = options.unpackBundled ?? unpackBundledChromium;
  try {
    return { path: await unpack(), source: 'bundled' };
  } catch (error) {
    throw new ChromiumNotFoundError(
      `no browser found: ${CHROMIUM_PATH_ENV} is not set, no system Chromium or Chrome was found, ` +
        `and the bundled Chromium could not be unpacked (${(error as Error).message})`,
    );
  }
}
