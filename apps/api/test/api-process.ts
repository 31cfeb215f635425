import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The real entry point (`apps/api/src/main.ts`) running as a process of its own. */
export interface ApiProcess {
  child: ChildProcess;
  /** Everything it has written to stdout and stderr so far. */
  output: () => string;
  /** Its exit code, or null when a signal ended it. */
  exited: Promise<number | null>;
}

/**
 * Starts the API as production does, but from the TypeScript sources. The environment is only
 * what is passed, plus what finding programs needs (PATH, HOME, and a browser setting when the
 * machine has one), so a setting left in the test runner's environment never leaks in.
 */
export function startApiProcess(env: Record<string, string>, args: string[] = []): ApiProcess {
  let out = '';
  const inherited: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    CHROMIUM_PATH: process.env.CHROMIUM_PATH,
    PIES_BROWSER_SKIP_SYSTEM: process.env.PIES_BROWSER_SKIP_SYSTEM,
  };
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/src/main.ts', ...args],
    {
      cwd: ROOT,
      env: {
        ...Object.fromEntries(Object.entries(inherited).filter(([, v]) => v !== undefined)),
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, output: () => out, exited };
}

/**
 * Polls `check` every 100 ms until it holds; fails naming `what` after `ms` (a function is
 * asked at the time, so the message can tell the last state seen).
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string),
  ms = 45_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`,
  );
}

/** Signs a demo user in over HTTP: the session cookie header and the CSRF token. */
export async function login(base: string, email: string) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrf = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf,
      cookie: `pies_csrf=${csrf}`,
    },
    body: JSON.stringify({ email, password: 'safeguarding-demo' }),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const body = (await res.json()) as { csrfToken: string };
  return { status: res.status, cookie: cookies.join('; '), csrf: body.csrfToken };
}
