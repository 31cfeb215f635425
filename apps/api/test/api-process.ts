import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestUser } from './test-app';

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

export interface Api {
  name: string;
  base: string;
  process: ApiProcess;
  alive: boolean;
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON body, checked by each test
  body: any;
  bytes: Buffer;
  headers: Headers;
  servedBy: string;
}

/** How many requests each process has answered, to show both took their share. */
export const served = new Map<string, number>();

/**
 * A browser-like client that sends each request to the other process: it keeps the cookies
 * and CSRF token that one process set and presents them to the other.
 */
export class Session {
  private readonly cookies = new Map<string, string>();
  private csrf = '';
  private turn = 0;

  constructor(private readonly apis: Api[]) {}

  private next(): Api {
    const live = this.apis.filter((a) => a.alive);
    if (live.length === 0) throw new Error('no API process is running');
    return live[this.turn++ % live.length];
  }

  async signIn(user: TestUser): Promise<this> {
    this.csrf = (await this.call('GET', '/api/auth/csrf', undefined, 200)).body.csrfToken;
    const res = await this.call(
      'POST',
      '/api/auth/login',
      { email: user.email, password: user.password },
      200,
    );
    this.csrf = res.body.csrfToken;
    return this;
  }

  /** Sends one request to the next live process; fails naming both if the status is not `expect`. */
  async call(method: string, path: string, body?: unknown, expect?: number): Promise<Reply> {
    const api = this.next();
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${api.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const json = res.headers.get('content-type')?.includes('application/json');
    const reply: Reply = {
      status: res.status,
      body: json ? JSON.parse(bytes.toString('utf8')) : undefined,
      bytes,
      headers: res.headers,
      servedBy: api.name,
    };
    if (expect !== undefined && reply.status !== expect) {
      throw new Error(
        `${method} ${path} on ${api.name}: expected ${expect}, got ${reply.status} ${bytes.toString('utf8').slice(0, 500)}`,
      );
    }
    served.set(api.name, (served.get(api.name) ?? 0) + 1);
    return reply;
  }

  get = (path: string, expect?: number) => this.call('GET', path, undefined, expect);
  post = (path: string, body?: unknown, expect?: number) => this.call('POST', path, body, expect);
  put = (path: string, body?: unknown, expect?: number) => this.call('PUT', path, body, expect);
}
