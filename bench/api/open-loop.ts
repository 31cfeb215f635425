import { monitorEventLoopDelay } from 'node:perf_hooks';
import { connection, httpCall, percentiles, type HttpCall } from './stats';

export interface OpenLoopOptions {
  /** Requests a second to offer, on a fixed schedule (request i is due at start + i / rate). */
  rate: number;
  /** Keep-alive connections (users), each with at most one request outstanding. */
  connections: number;
  seconds: number;
  /**
   * Seconds at the same rate before the measured ones (wrk2's calibration period): their
   * requests are sent and their responses handled (`onResponse`, statuses, errors) but not
   * timed, so the figures are the steady state, not the server catching up from the phase
   * before.
   */
  warmupSeconds?: number;
  /** How long requests still waiting for a connection may be sent after the schedule ends. */
  drainSeconds?: number;
}

export interface OpenLoopResult {
  offered: number;
  /** Responses a second, from the first due time to the last response (queued ones included). */
  rps: number;
  /** That span, seconds: longer than the schedule when requests were queued. */
  elapsed: number;
  /** From each request's scheduled send time to the end of its response. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** From the moment a request was actually written; what a closed loop would show. */
  service: { p50: number; p95: number; p99: number };
  /** Measured requests (after the warm-up), and how many of them were answered. */
  scheduled: number;
  completed: number;
  warmupSeconds: number;
  /** Every response's status, warm-up included. */
  statuses: Record<number, number>;
  /** Transport failures (refused, reset, timed out); HTTP statuses are in `statuses`. */
  errors: number;
  firstError: string | null;
  /** Due while every connection had a request outstanding: sent late, from a queue. */
  late: number;
  /** Still queued when the drain time ran out: never sent. */
  unsent: number;
  /** Most connections busy at once. */
  busyMax: number;
  /** p95 of the requests due in each second of the schedule: shows a spike against a steady level. */
  p95BySecond: number[];
  /**
   * How late this load generator's own event loop ran (p99, max ms): time it adds to the
   * figures above, as a response read late is timed late.
   */
  driverDelay: { p99: number; max: number };
}

/**
 * Open-loop load (constant offered rate, as wrk2 does): requests fall due on a fixed
 * schedule, whatever the server's speed, and each is timed from when it was DUE, so time
 * spent queued behind a slow response counts (no coordinated omission). A due request goes
 * out on an idle connection, the one idle longest; when every connection is busy it waits in
 * a queue for the next one to free and is counted as late: a server that keeps up has none.
 * `next(connection)` builds the request when it is actually sent, so a user's request can
 * depend on that user's last response (as driveUsers does).
 */
export async function driveOpenLoop(
  base: string,
  o: OpenLoopOptions,
  next: (connection: number) => HttpCall,
  onResponse: (connection: number, status: number, body: string) => void = () => undefined,
): Promise<OpenLoopResult> {
  const url = new URL(base);
  const agents = Array.from({ length: o.connections }, () => connection(url));
  const idle = agents.map((_, i) => i);
  const queue: number[] = []; // due times of requests waiting for a connection
  const warmup = o.warmupSeconds ?? 0;
  const total = Math.round(o.rate * (warmup + o.seconds));
  const interval = 1000 / o.rate;
  const times: number[] = [];
  const service: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let firstError: string | null = null;
  let late = 0;
  let busy = 0;
  let busyMax = 0;
  let lastEnd = 0;
  let draining = true;
  const inFlight = new Set<Promise<void>>();
  const bySecond: number[][] = [];

  const send = (w: number, due: number) => {
    busy++;
    busyMax = Math.max(busyMax, busy);
    const c = next(w);
    const sent = performance.now();
    const done: Promise<void> = httpCall(agents[w], c)
      .then(
        (r) => {
          const end = performance.now();
          lastEnd = end;
          if (due >= measureFrom) {
            times.push(end - due);
            (bySecond[Math.floor((due - measureFrom) / 1000)] ??= []).push(end - due);
            service.push(end - sent);
          }
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          onResponse(w, r.status, r.body);
        },
        (err) => {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        },
      )
      .finally(() => {
        inFlight.delete(done);
        busy--;
        const waiting = draining ? queue.shift() : undefined;
        if (waiting === undefined) idle.push(w);
        else send(w, waiting);
      });
    inFlight.add(done);
  };

  // Users already hold their keep-alive connections: open each one (a health check) before
  // the schedule starts, so the first second does not time a hundred TCP handshakes.
  await Promise.all(
    agents.map((a) => httpCall(a, { method: 'GET', path: '/api/health', headers: {} })),
  );
  const RESOLUTION_MS = 10; // the histogram records whole timer intervals: lag is the excess
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  const start = performance.now() + 20;
  const measureFrom = start + warmup * 1000;
  const measuring = setTimeout(() => delay.reset(), measureFrom - performance.now());
  let issued = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      for (; issued < total && start + issued * interval <= now; issued++) {
        const due = start + issued * interval;
        const w = idle.shift();
        if (w === undefined) {
          if (due >= measureFrom) late++;
          queue.push(due);
        } else send(w, due);
      }
      if (issued >= total) resolve();
      else setTimeout(tick, Math.max(0, start + issued * interval - performance.now()));
    };
    tick();
  });
  // Queued requests still go out (their wait counts) for up to drainSeconds; then the rest
  // are dropped, and requests already sent are awaited.
  const drainUntil = performance.now() + (o.drainSeconds ?? 5) * 1000;
  while (queue.length > 0 && performance.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 20));
  draining = false;
  const unsent = queue.length;
  while (inFlight.size > 0) await Promise.all([...inFlight]);
  clearTimeout(measuring);
  delay.disable();
  await Promise.all(agents.map((a) => a.close()));

  const p = percentiles(times);
  const s = percentiles(service);
  const elapsed = Math.max(o.seconds, (lastEnd - measureFrom) / 1000);
  return {
    offered: o.rate,
    rps: times.length / elapsed,
    elapsed,
    p50: p.p50,
    p95: p.p95,
    p99: p.p99,
    max: times.length ? times.reduce((m, t) => Math.max(m, t)) : NaN,
    service: { p50: s.p50, p95: s.p95, p99: s.p99 },
    scheduled: Math.round(o.rate * o.seconds),
    warmupSeconds: warmup,
    completed: times.length,
    statuses,
    errors,
    firstError,
    late,
    unsent,
    busyMax,
    driverDelay: {
      p99: Math.max(0, delay.percentile(99) / 1e6 - RESOLUTION_MS),
      max: Math.max(0, delay.max / 1e6 - RESOLUTION_MS),
    },
    p95BySecond: Array.from(bySecond, (t) => Math.round(t ? percentiles(t).p95 : NaN)),
  };
}
