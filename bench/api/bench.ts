/**
 * npm run bench — the API under load on loopback, against a scaled database.
 * Prints a table and writes bench/results.json. A benchmark, not a test: it reports figures
 * against floors measured in the same run (raw SQL through pg; the app's trivial endpoint).
 * BENCH_ONLY=autosave,dashboard runs only those phases (and seeds only what they need).
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { boardLogin, PhaseSampler, startApi } from './api-process';
import { AutosaveUsers } from './autosave';
import { runExports } from './exports';
import { driveOpenLoop } from './open-loop';
import { figures, printTable, type Measured } from './report';
import { benchDatabase, dashboardQueries, log, people, ROOT, seed } from './setup';
import {
  connection as httpConnection,
  drive,
  driveUsers,
  fmt,
  httpCall,
  load,
  percentiles,
} from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Open loops first run this long at their rate untimed (see OpenLoopOptions.warmupSeconds). */
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

/**
 * A pool for a floor phase, the size of the API's. `end()` resolves before its clients have
 * closed, so one may still be open when the database is dropped at the end of the run; its
 * termination then comes here, not as an unhandled error that kills the run.
 */
function floorPool(url: string): Pool {
  const pool = new Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined);
  return pool;
}
/** Phases run by default; `exports` (the heavy downloads and the report pack) only when asked. */
const PHASES = ['health', 'dashboard', 'floor', 'scaling', 'sequential', 'autosave', 'exports'];
const ONLY = (process.env.BENCH_ONLY ?? PHASES.filter((p) => p !== 'exports').join(','))
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const unknown = ONLY.filter((p) => !PHASES.includes(p));
if (unknown.length) throw new Error(`BENCH_ONLY: unknown phase ${unknown} (of ${PHASES})`);
const runs = (p: string) => ONLY.includes(p);
/**
 * Offered rates of the open-loop phases, requests a second, from real load at a deadline: 30
 * board members each opening the dashboard every 10 seconds, and 100 agency leads saving 300
 * answers a second between them.
 */
const DASHBOARD_RATE = Number(process.env.BENCH_DASHBOARD_RATE ?? 3);
const AUTOSAVE_RATE = Number(process.env.BENCH_AUTOSAVE_RATE ?? 300);
/**
 * Each open loop runs again at this share of the capacity its closed loop just measured: the
 * latency users see at a load the server sustains (an open loop above capacity only shows the
 * queue growing).
 */
const SUSTAINED_SHARE = Number(process.env.BENCH_SUSTAINED_SHARE ?? 0.6);
const sustained = (capacity: number) =>
  Math.max(10, Math.floor((capacity * SUSTAINED_SHARE) / 10) * 10);
const LARGE = 'Large County';

async function main() {
  const { url, ds, drop } = await benchDatabase();
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  let sampler: PhaseSampler | null = null;
  try {
    const everyScale = runs('scaling') || runs('sequential');
    const names = everyScale ? ['Small Borough', LARGE, 'Very Large Region'] : [LARGE];
    const { seeded, codes } = await seed(ds, names);
    const large = seeded[LARGE].id;
    const writers = await people(ds, seeded, large, 100);
    const captured = runs('floor') ? await dashboardQueries(url, large) : [];
    // The seed wrote hundreds of MB of WAL: a checkpoint now, not in the middle of a phase.
    await ds.query('CHECKPOINT').catch((err: Error) => log(`no checkpoint: ${err.message}`));

    api = await startApi(url);
    const { base } = api;
    sampler = new PhaseSampler(api.child.pid!);
    const boardCookie = await boardLogin(base);
    const dash = (id: string) => `${base}/api/partnerships/${id}/dashboard`;
    // As a browser asks: with its session cookie, accepting gzip.
    const boardHeaders = { cookie: boardCookie, 'accept-encoding': 'gzip, deflate, br' };
    const r: Measured = {};

    if (runs('dashboard') || runs('scaling')) {
      log('warming up');
      sampler.phase('warm-up');
      await load({ url: dash(large), connections: 10, duration: 3, headers: boardHeaders });
    }
    if (runs('health')) {
      log(`health at 50 connections for ${SECONDS} s`);
      sampler.phase('health');
      r.health = await load({ url: `${base}/api/health`, connections: 50, duration: SECONDS });
    }
    if (runs('dashboard')) {
      log(`dashboard (1,000 agencies) at 50 connections for ${SECONDS} s`);
      sampler.phase('dashboard');
      r.dashboard = await load({
        url: dash(large),
        connections: 50,
        duration: SECONDS,
        headers: boardHeaders,
      });
      log(`dashboard (1,000 agencies) offered ${DASHBOARD_RATE} req/s, up to 50 connections`);
      r.dashboardOpen = await driveOpenLoop(
        base,
        { rate: DASHBOARD_RATE, connections: 50, seconds: SECONDS, warmupSeconds: WARMUP },
        () => ({ method: 'GET', path: new URL(dash(large)).pathname, headers: boardHeaders }),
      );
      const rate = sustained(r.dashboard.requests.average);
      log(`dashboard offered ${rate} req/s (${SUSTAINED_SHARE} of the closed loop's throughput)`);
      r.dashboardSustained = await driveOpenLoop(
        base,
        { rate, connections: 50, seconds: SECONDS, warmupSeconds: WARMUP },
        () => ({ method: 'GET', path: new URL(dash(large)).pathname, headers: boardHeaders }),
      );
    }
    if (runs('floor')) {
      log(
        `raw SQL floor: the same ${captured.length} queries through pg at 50 concurrent requests`,
      );
      sampler.phase('floor');
      const pool = floorPool(url);
      r.floor = await drive(
        () => Promise.all(captured.map((q) => pool.query(q.sql, q.params as unknown[]))),
        50,
        SECONDS,
      );
      await pool.end();
    }
    if (runs('scaling')) {
      sampler.phase('scaling');
      const scaling: Record<string, { agencies: number; p50: number; p95: number }> = {};
      for (const name of names) {
        const s = await load({
          url: dash(seeded[name].id),
          connections: 4,
          duration: 5,
          headers: boardHeaders,
        });
        scaling[name] = { agencies: seeded[name].orgs, p50: s.latency.p50, p95: s.p95 };
        log(`dashboard at ${seeded[name].orgs} agencies: p50 ${s.latency.p50} ms`);
      }
      r.scaling = scaling;
    }
    if (runs('sequential')) {
      // One request at a time, as a board member alone would see it: the dashboard over HTTP
      // (session, access check, the service's queries, serialising, ETag, gzip) against its own
      // queries straight through pg, the same ones captured from the service, all at once.
      sampler.phase('sequential');
      const sequential: Record<
        string,
        { agencies: number; p50: number; max: number; floorP50: number }
      > = {};
      const connection = httpConnection(new URL(base));
      const pool = floorPool(url);
      for (const name of names) {
        const queries = await dashboardQueries(url, seeded[name].id);
        const call = {
          method: 'GET',
          path: new URL(dash(seeded[name].id)).pathname,
          headers: boardHeaders,
        };
        const timed = async (task: () => Promise<unknown>) => {
          const times: number[] = [];
          for (let i = 0; i < 9; i++) {
            const t0 = performance.now();
            await task();
            if (i > 0) times.push(performance.now() - t0);
          }
          return times;
        };
        const api = await timed(async () => {
          const res = await httpCall(connection, call);
          if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
        });
        const floor = await timed(() =>
          Promise.all(queries.map((q) => pool.query(q.sql, q.params as unknown[]))),
        );
        sequential[name] = {
          agencies: seeded[name].orgs,
          p50: percentiles(api).p50,
          max: Math.max(...api),
          floorP50: percentiles(floor).p50,
        };
        log(
          `dashboard one at a time at ${seeded[name].orgs} agencies: p50 ${fmt(sequential[name].p50)} ms, its queries through pg ${fmt(sequential[name].floorP50)} ms`,
        );
      }
      await connection.close();
      await pool.end();
      r.sequential = sequential;
    }
    if (runs('autosave')) {
      const users = new AutosaveUsers(ds, writers, codes);
      await users.init();
      const serverErrors = (s: Record<number, number>) =>
        Object.entries(s).reduce((n, [code, k]) => n + (Number(code) >= 500 ? k : 0), 0);
      log(`autosave: ${writers.length} agency leads, closed loop at 100 connections, ${SECONDS} s`);
      sampler.phase('autosave');
      const closedStatuses: Record<number, number> = {};
      const closed = await driveUsers(
        base,
        100,
        SECONDS,
        users.next,
        users.onResponse(closedStatuses),
        WARMUP,
      );
      log(`autosave: offered ${AUTOSAVE_RATE} req/s over 100 connections (one audit each)`);
      sampler.phase('autosave open');
      const openStatuses: Record<number, number> = {};
      const open = await driveOpenLoop(
        base,
        { rate: AUTOSAVE_RATE, connections: 100, seconds: SECONDS, warmupSeconds: WARMUP },
        users.next,
        users.onResponse(openStatuses),
      );
      const rate = sustained(closed.rps);
      log(`autosave: offered ${rate} req/s (${SUSTAINED_SHARE} of the closed loop's throughput)`);
      sampler.phase('autosave sustained');
      const sustainedStatuses: Record<number, number> = {};
      const atRate = await driveOpenLoop(
        base,
        { rate, connections: 100, seconds: SECONDS, warmupSeconds: WARMUP },
        users.next,
        users.onResponse(sustainedStatuses),
      );
      // Requests in flight when a load stopped have finished (both drivers await them); a
      // moment more for anything the server still commits, then every acknowledged save of
      // both phases is checked against the database.
      await new Promise((res) => setTimeout(res, 1000));
      const { lost, answers } = await users.lostWrites();
      // The floor: the same saves as the API's statements, straight through pg, one
      // transaction each, 100 at a time over a pool the size of the API's, each user on their
      // own audit.
      log(`autosave floor: the save's statements through pg, 100 concurrent, ${SECONDS} s`);
      sampler.phase('autosave floor');
      const pool = floorPool(url);
      const free = writers.map((_, w) => w);
      const floor = await drive(
        async () => {
          const w = free.pop()!;
          const client = await pool.connect();
          try {
            await users.floorSave(w, client);
          } finally {
            client.release();
            free.push(w);
          }
        },
        Math.min(100, writers.length),
        SECONDS,
      );
      await pool.end();
      r.autosave = {
        floor,
        closed: {
          ...closed,
          statuses: closedStatuses,
          errors: closed.errors + serverErrors(closedStatuses),
        },
        open: { ...open, errors: open.errors + serverErrors(openStatuses) },
        sustained: { ...atRate, errors: atRate.errors + serverErrors(sustainedStatuses) },
        acknowledged: users.acknowledged,
        answers,
        lost,
      };
    }
    if (runs('exports')) r.exports = await runExports(ds, base, boardCookie, large, sampler);
    sampler.phase('end');

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      phases: ONLY,
      apiNodeArgs: api.nodeArgs,
      seed: Object.fromEntries(
        Object.entries(seeded).map(([k, v]) => [
          k,
          { agencies: v.orgs, cycles: v.cycles, seconds: Math.round(v.seconds * 10) / 10 },
        ]),
      ),
      ...figures(r),
      apiPeakRssMb: await sampler.hwm(),
      apiRssByPhase: sampler.peaks,
      cpuByPhase: sampler.cpu,
    };
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
  } finally {
    sampler?.stop();
    api?.child.kill('SIGTERM');
    await drop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
