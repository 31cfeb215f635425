import { randomBytes } from 'node:crypto';
/** The API as a separate process, started as `npm start` starts it, and its memory over time. */
import { spawn, execSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '../../apps/api/src/database/embedded-postgres';
import { BOARD_EMAIL, PASSWORD, ROOT } from './setup';

/**
 * The production command line, from package.json's `start:api` (the one place its Node flags
 * are set; the Dockerfile runs the same line). BENCH_API_NODE_ARGS adds flags after those
 * (later flags win), e.g. "--max-old-space-size=512" or "--cpu-prof --cpu-prof-dir=prof".
 */
export function apiCommand(): string[] {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
  const [node, ...args] = String(scripts['start:api']).trim().split(/\s+/);
  if (node !== 'node') throw new Error(`start:api should start with node: ${node}`);
  const extra = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const script = args.findIndex((a) => !a.startsWith('-'));
  return [...args.slice(0, script), ...extra, ...args.slice(script)];
}

/** Builds the API, starts it on loopback against `databaseUrl` and waits until it is healthy. */
export async function startApi(databaseUrl: string) {
  execSync('npm run build:api --silent', { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const args = apiCommand();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      SECRETS_KEY: randomBytes(32).toString('base64'),
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '20',
      DEMO_DATA: 'false',
    },
    // The API's output (warnings, errors, --trace-gc) goes to bench/api.log, to read afterwards.
    stdio: ['ignore', openSync(join(ROOT, 'bench', 'api.log'), 'w'), 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { child, base, nodeArgs: args.slice(0, -1) };
}

/** Logs the board member in through the API; the session cookie a browser would send. */
export async function boardLogin(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const preCsrf = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': preCsrf,
      cookie: `pies_csrf=${preCsrf}`,
    },
    body: JSON.stringify({ email: BOARD_EMAIL, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`board login failed: HTTP ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** The kernel's clock ticks a second (USER_HZ), the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** Percent of one core used in a phase, by the API, the load generator and the machine. */
export interface CpuShare {
  api: number;
  loadGenerator: number;
  machine: number;
}

interface CpuReading {
  wall: number;
  api: number;
  loadGenerator: number;
  machine: number;
}

/** CPU seconds every core has spent busy (not idle, not waiting for I/O), from /proc/stat. */
function machineBusySeconds(): number {
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export interface RssPeak {
  /** VmRSS at its highest in the phase, MB; with its anonymous (heap, buffers) and file-backed (code) parts. */
  rss: number;
  anon: number;
  file: number;
}

/**
 * What the API process uses, phase by phase (`phase(name)` starts one): its peak resident set,
 * sampled from /proc/<pid>/status every `ms` (VmHWM, the kernel's own high-water mark, is in
 * `hwm()`), and the CPU it used, as a share of one core over the phase's wall time (`cpu`):
 * what the API costs at a given load, beside what the load generator measures.
 */
export class PhaseSampler {
  readonly peaks: Record<string, RssPeak> = {};
  /**
   * Percent of one core, by phase: the API (from /proc/<pid>/stat: user + system time), this
   * load generator, and the whole machine (from /proc/stat; the rest is mostly PostgreSQL).
   */
  readonly cpu: Record<string, CpuShare> = {};
  private current = 'start';
  private readonly timer: NodeJS.Timeout;
  private since: CpuReading;

  constructor(
    private readonly pid: number,
    ms = 100,
  ) {
    this.since = this.reading();
    this.timer = setInterval(() => void this.sample(), ms);
  }

  phase(name: string) {
    const now = this.reading();
    const wall = (now.wall - this.since.wall) / 1000;
    const pct = (k: keyof CpuReading) => Math.round((100 * (now[k] - this.since[k])) / wall);
    if (wall > 0)
      this.cpu[this.current] = {
        api: pct('api'),
        loadGenerator: pct('loadGenerator'),
        machine: pct('machine'),
      };
    this.since = now;
    this.current = name;
  }

  private reading(): CpuReading {
    const own = process.cpuUsage();
    return {
      wall: performance.now(),
      api: this.cpuSeconds(),
      loadGenerator: (own.user + own.system) / 1e6,
      machine: machineBusySeconds(),
    };
  }

  /** User + system CPU seconds of the process so far (0 once it has gone). */
  private cpuSeconds(): number {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are 12th, 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
      return 0;
    }
  }

  private async status(): Promise<Record<string, number>> {
    const text = await readFile(`/proc/${this.pid}/status`, 'utf8').catch(() => '');
    const mb = (key: string) =>
      Math.round(Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024);
    return { rss: mb('VmRSS'), anon: mb('RssAnon'), file: mb('RssFile'), hwm: mb('VmHWM') };
  }

  private async sample() {
    const s = await this.status();
    const peak = this.peaks[this.current];
    if (s.rss && (!peak || s.rss > peak.rss))
      this.peaks[this.current] = { rss: s.rss, anon: s.anon, file: s.file };
  }

  async hwm(): Promise<number | null> {
    return (await this.status()).hwm || null;
  }

  stop() {
    clearInterval(this.timer);
  }
}
