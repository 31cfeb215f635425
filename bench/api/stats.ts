import autocannon, { type Options, type Result } from 'autocannon';
import { Client, type Dispatcher } from 'undici';

/** Percentiles of a list of milliseconds. */
export function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
  return { p50: at(50), p95: at(95), p99: at(99), n: s.length };
}

/** Runs `task` with `concurrency` workers for `seconds`, timing each call. */
export async function drive(task: () => Promise<unknown>, concurrency: number, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await task();
          times.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { ...percentiles(times), rps: times.length / seconds, errors };
}

/** Peak resident set size of a process in MB (VmHWM), from /proc. */
export async function peakRssMb(pid: number): Promise<number | null> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

export const fmt = (n: number | null | undefined, d = 1) =>
  n == null || Number.isNaN(n) ? '—' : n.toFixed(d);

/** autocannon, also timing every response so p95 is exact (autocannon itself reports p97.5). */
export function load(opts: Options): Promise<Result & { p95: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    autocannon(opts, (err, result) =>
      err ? reject(err) : resolve({ ...result, p95: percentiles(times).p95 }),
    ).on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

export interface HttpCall {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * One user's keep-alive connection, one request at a time. undici rather than node:http: it
 * takes about half the CPU per request, and the load generator shares the machine's cores with
 * the API and PostgreSQL.
 */
export const connection = (base: URL) => new Client(base, { pipelining: 1 });

/** One request on a user's connection. */
export async function httpCall(
  connection: Client,
  c: HttpCall,
): Promise<{ status: number; body: string }> {
  const res = await connection.request({
    method: c.method as Dispatcher.HttpMethod,
    path: c.path,
    headers: c.headers,
    body: c.body,
    headersTimeout: 30_000,
    bodyTimeout: 30_000,
  });
  return { status: res.statusCode, body: await res.body.text() };
}

/**
 * Closed-loop load with one keep-alive connection per worker: each worker runs its own
 * sequence of calls (`next(worker)`), one at a time, as one user would. Runs `warmupSeconds`
 * untimed first (responses still go to `onResponse`, and errors count), then times every
 * response for `seconds`.
 */
export async function driveUsers(
  base: string,
  workers: number,
  seconds: number,
  next: (worker: number) => HttpCall,
  onResponse: (worker: number, status: number, body: string) => void,
  warmupSeconds = 0,
) {
  const url = new URL(base);
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const timedFrom = performance.now() + warmupSeconds * 1000;
  const until = timedFrom + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      const conn = connection(url);
      while (performance.now() < until) {
        const c = next(w);
        const t0 = performance.now();
        try {
          const r = await httpCall(conn, c);
          if (t0 >= timedFrom) times.push(performance.now() - t0);
          onResponse(w, r.status, r.body);
        } catch (err) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
      await conn.close();
    }),
  );
  const p = percentiles(times);
  return { ...p, rps: times.length / seconds, total: times.length, errors, firstError };
}
