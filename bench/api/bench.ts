/**
 * npm run bench — the API under load on loopback, against a scaled database.
 * Prints a table and writes bench/results.json. A benchmark, not a test: it reports figures
 * against floors measured in the same run (raw SQL through pg; the app's trivial endpoint).
 */
import { spawn, execSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Pool } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { PartnershipDashboardService } from '../../apps/api/src/dashboards/partnership-dashboard.service';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { runMigrations } from '../../apps/api/src/database/database.module';
import { withDatabase } from '../../apps/api/src/database/database-url';
import { freePort, startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { DEFAULT_FRAMEWORK } from '../../apps/api/src/demo/demo-seed.service';
import { seedScale } from '../../apps/api/src/demo/scale-seeder';
import { FrameworksService } from '../../apps/api/src/frameworks/frameworks.service';
import { drive, driveUsers, fmt, load, peakRssMb, percentiles } from './stats';

const ROOT = resolve(__dirname, '../..');
const log = (m: string) => process.stderr.write(`${m}\n`);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

class Capture implements Logger {
  queries: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]) {
    this.queries.push({ sql, params: params ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

async function main() {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(join(ROOT, '.data', 'bench-postgres'), () => undefined);
  const server = process.env.DATABASE_URL ?? embedded!.url;
  const dbName = `pies_bench_${Date.now()}`;
  const admin = new Client({ connectionString: withDatabase(server, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = withDatabase(server, dbName);
  const ds = await new DataSource(dataSourceOptions(url, 10)).initialize();
  let child: ReturnType<typeof spawn> | null = null;
  try {
    await runMigrations(ds);
    const frameworks = new FrameworksService(ds);
    const fw = await frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
    const definition = await frameworks.definitionById(fw.id);
    const seeded: Record<string, { id: string; seconds: number; orgs: number; cycles: number }> =
      {};
    for (const [name, orgs, cycles] of [
      ['Large County', 1000, 3],
      ['Small Borough', 100, 1],
      ['Very Large Region', 5000, 1],
    ] as const) {
      const t0 = performance.now();
      const r = await seedScale(ds, {
        partnership: name,
        orgs,
        cycles,
        frameworkVersionId: fw.id,
        definition,
      });
      seeded[name] = {
        id: r.partnershipId,
        seconds: (performance.now() - t0) / 1000,
        orgs,
        cycles,
      };
      log(
        `seeded ${name}: ${orgs} agencies × ${cycles} cycles in ${seeded[name].seconds.toFixed(1)} s`,
      );
    }

    // A board member, and an agency lead with a live session for each of 100 audits in progress.
    const password = 'bench password';
    const hash = await hashPassword(password);
    const [{ id: boardId }] = await ds.query(
      `INSERT INTO users (email, name, password_hash) VALUES ('bench-board@test.example', 'Bench Board', $1) RETURNING id`,
      [hash],
    );
    for (const p of Object.values(seeded)) {
      await ds.query(
        `INSERT INTO memberships (user_id, role, partnership_id) VALUES ($1, 'board_member', $2)`,
        [boardId, p.id],
      );
    }
    const inProgress: { audit_id: string; organisation_id: string }[] = await ds.query(
      `SELECT a.id AS audit_id, a.organisation_id FROM audits a JOIN cycles c ON c.id = a.cycle_id
        WHERE c.partnership_id = $1 AND c.status = 'open' AND a.status = 'in_progress' ORDER BY a.id LIMIT 100`,
      [seeded['Large County'].id],
    );
    const writers: { auditId: string; cookie: string; csrf: string }[] = [];
    for (const [i, a] of inProgress.entries()) {
      const [{ id }] = await ds.query(
        `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [`bench-lead-${i}@test.example`, `Lead ${i}`, hash],
      );
      await ds.query(
        `INSERT INTO memberships (user_id, role, organisation_id) VALUES ($1, 'agency_lead', $2)`,
        [id, a.organisation_id],
      );
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      await ds.query(
        `INSERT INTO sessions (id, user_id, csrf_token, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), now() + interval '2 hours')`,
        [createHash('sha256').update(token).digest('hex'), id, csrf],
      );
      writers.push({
        auditId: a.audit_id,
        cookie: `pies_session=${token}; pies_csrf=${csrf}`,
        csrf,
      });
    }
    const codes = definition.areas.flatMap((a) =>
      a.standards.flatMap((s) => s.indicators.map((x) => x.code)),
    );

    // The raw SQL floor: the exact queries one dashboard request runs, captured, then replayed through pg.
    const capture = new Capture();
    const capturing = await new DataSource({
      ...dataSourceOptions(url, 5),
      logging: ['query'],
      logger: capture,
    } as never).initialize();
    const dashboardQuery = { sort: 'name', page: 1, pageSize: 50 } as never;
    await new PartnershipDashboardService(capturing).dashboard(
      seeded['Large County'].id,
      dashboardQuery,
    );
    await capturing.destroy();
    const captured = capture.queries.filter((q) => !/^(START|COMMIT|ROLLBACK)/i.test(q.sql));

    // The API as a separate process, built as in production.
    execSync('npm run build:api --silent', { cwd: ROOT, stdio: 'inherit' });
    const port = await freePort();
    // BENCH_API_NODE_ARGS: extra Node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=prof".
    const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
    child = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        NODE_ENV: 'production',
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
        DATABASE_POOL_SIZE: '20',
        DEMO_DATA: 'false',
      },
      // The API's warnings and errors go to bench/api.log, to read afterwards.
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
    const csrfRes = await fetch(`${base}/api/auth/csrf`);
    const preCsrf = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': preCsrf,
        cookie: `pies_csrf=${preCsrf}`,
      },
      body: JSON.stringify({ email: 'bench-board@test.example', password }),
    });
    const boardCookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const dash = (id: string) => `${base}/api/partnerships/${id}/dashboard`;
    // As a browser asks: with its session cookie, accepting gzip.
    const boardHeaders = { cookie: boardCookie, 'accept-encoding': 'gzip, deflate, br' };

    log('warming up');
    await load({
      url: dash(seeded['Large County'].id),
      connections: 10,
      duration: 3,
      headers: boardHeaders,
    });

    log(`health at 50 connections for ${SECONDS} s`);
    const health = await load({
      url: `${base}/api/health`,
      connections: 50,
      duration: SECONDS,
    });
    log(`dashboard (1,000 agencies) at 50 connections for ${SECONDS} s`);
    const dashboard = await load({
      url: dash(seeded['Large County'].id),
      connections: 50,
      duration: SECONDS,
      headers: boardHeaders,
    });
    log(`raw SQL floor: the same ${captured.length} queries through pg at 50 concurrent requests`);
    const pool = new Pool({ connectionString: url, max: 20 });
    const floor = await drive(
      () => Promise.all(captured.map((q) => pool.query(q.sql, q.params as unknown[]))),
      50,
      SECONDS,
    );
    await pool.end();

    const scaling: Record<string, { agencies: number; p50: number; p95: number }> = {};
    for (const name of ['Small Borough', 'Large County', 'Very Large Region']) {
      const r = await load({
        url: dash(seeded[name].id),
        connections: 4,
        duration: 5,
        headers: boardHeaders,
      });
      scaling[name] = { agencies: seeded[name].orgs, p50: r.latency.p50, p95: r.p95 };
      log(`dashboard at ${seeded[name].orgs} agencies: p50 ${r.latency.p50} ms`);
    }
    // What a cache miss costs (after any change to a partnership's figures): the computation
    // itself, one request at a time, straight through the service.
    const uncached: Record<string, { agencies: number; p50: number; max: number }> = {};
    const service = new PartnershipDashboardService(ds);
    for (const name of ['Small Borough', 'Large County', 'Very Large Region']) {
      const times: number[] = [];
      for (let i = 0; i < 8; i++) {
        const t0 = performance.now();
        await service.dashboard(seeded[name].id, dashboardQuery);
        if (i > 0) times.push(performance.now() - t0);
      }
      const p = percentiles(times);
      uncached[name] = { agencies: seeded[name].orgs, p50: p.p50, max: Math.max(...times) };
      log(`uncached dashboard at ${seeded[name].orgs} agencies: p50 ${fmt(p.p50)} ms`);
    }

    log(
      `autosave: ${writers.length} agency leads, PUT responses at 100 connections for ${SECONDS} s`,
    );
    const acked = new Map<string, { version: number; commentary: string }>();
    const statuses: Record<number, number> = {};
    let seq = 0;
    const versions = new Map<string, number>();
    const existing: { audit_id: string; indicator_code: string; version: number }[] =
      await ds.query(
        `SELECT audit_id, indicator_code, version FROM responses WHERE audit_id = ANY($1::uuid[]) AND indicator_code = ANY($2)`,
        [writers.map((w) => w.auditId), codes],
      );
    for (const e of existing) versions.set(`${e.audit_id}/${e.indicator_code}`, e.version);
    // Each connection is one agency lead working through their own audit, indicator by
    // indicator, sending the version their last save returned (as the web app does), so no two
    // connections edit the same audit and a 409 would mean a fault, not two simulated users
    // racing. (autocannon cannot keep a user per connection: it clears a connection's context
    // after every request, which made earlier runs' writers collide on the same answers.)
    const position = writers.map(() => 0);
    const keyOf = (w: number) => `${writers[w].auditId}/${codes[position[w] % codes.length]}`;
    const autosave = await driveUsers(
      base,
      100,
      SECONDS,
      (w) => {
        const code = codes[position[w] % codes.length];
        seq++;
        return {
          method: 'PUT',
          path: `/api/audits/${writers[w].auditId}/responses/${code}`,
          headers: {
            'content-type': 'application/json',
            cookie: writers[w].cookie,
            'x-csrf-token': writers[w].csrf,
          },
          body: JSON.stringify({
            version: versions.get(keyOf(w)) ?? 0,
            level: 1 + (seq % 4),
            commentary: `Autosave ${seq} at ${Date.now()}`,
          }),
        };
      },
      (w, status, body) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        const key = keyOf(w);
        try {
          const parsed = JSON.parse(body);
          if (status === 200) {
            versions.set(key, parsed.version);
            acked.set(key, { version: parsed.version, commentary: parsed.commentary });
          } else if (status === 409 && parsed.details?.current) {
            versions.set(key, parsed.details.current.version);
          }
        } catch {
          // counted by status above
        }
        position[w]++;
      },
    );
    // Requests still in flight when the load stopped finish before the check (and before SIGTERM).
    await new Promise((r) => setTimeout(r, 1000));
    const stored: { key: string; version: number; commentary: string }[] = await ds.query(
      `SELECT audit_id || '/' || indicator_code AS key, version, commentary FROM responses WHERE audit_id = ANY($1::uuid[]) AND indicator_code = ANY($2)`,
      [writers.map((w) => w.auditId), codes],
    );
    const byKey = new Map(stored.map((s) => [s.key, s]));
    let lost = 0;
    for (const [key, a] of acked) {
      const s = byKey.get(key);
      if (!s || s.version < a.version || (s.version === a.version && s.commentary !== a.commentary))
        lost++;
    }
    const rss = await peakRssMb(child.pid!);

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      seed: Object.fromEntries(
        Object.entries(seeded).map(([k, v]) => [
          k,
          { agencies: v.orgs, cycles: v.cycles, seconds: Math.round(v.seconds * 10) / 10 },
        ]),
      ),
      health50: {
        p50: health.latency.p50,
        p95: health.p95,
        p97_5: health.latency.p97_5,
        p99: health.latency.p99,
        rps: health.requests.average,
      },
      dashboard1000at50: {
        p50: dashboard.latency.p50,
        p95: dashboard.p95,
        p97_5: dashboard.latency.p97_5,
        p99: dashboard.latency.p99,
        rps: dashboard.requests.average,
        errors: dashboard.errors + dashboard.non2xx,
      },
      rawSqlFloorAt50: floor,
      ratioToFloorP50: dashboard.latency.p50 / floor.p50,
      ratioToFloorP95: dashboard.p95 / floor.p95,
      ratioToHealthP95: dashboard.p95 / health.p95,
      scaling,
      uncachedSequential: uncached,
      autosave100: {
        rps: autosave.rps,
        p50: autosave.p50,
        p95: autosave.p95,
        p99: autosave.p99,
        statuses,
        errors:
          autosave.errors +
          Object.entries(statuses).reduce((n, [code, k]) => n + (Number(code) >= 500 ? k : 0), 0),
        acknowledged: acked.size,
        lost,
      },
      apiPeakRssMb: rss,
    };
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const lat = (r: { latency: { p50: number; p99: number }; p95: number }) =>
      `${r.latency.p50} / ${fmt(r.p95, 0)} / ${r.latency.p99} ms`;
    const rows: [string, string][] = [
      ['seed 1,000 agencies × 3 cycles', `${fmt(results.seed['Large County'].seconds)} s`],
      [
        'health, 50 conns: p50 / p95 / p99',
        `${lat(health)} (${fmt(health.requests.average, 0)} req/s)`,
      ],
      [
        'dashboard 1,000 agencies, 50 conns: p50 / p95 / p99',
        `${lat(dashboard)} (${fmt(dashboard.requests.average, 0)} req/s, ${results.dashboard1000at50.errors} errors)`,
      ],
      [
        'raw SQL floor, same queries, 50 concurrent: p50 / p95 / p99',
        `${fmt(floor.p50)} / ${fmt(floor.p95)} / ${fmt(floor.p99)} ms (${fmt(floor.rps, 0)} req/s)`,
      ],
      [
        'dashboard p95 ÷ raw SQL p95; ÷ health p95',
        `${fmt(results.ratioToFloorP95, 2)}×; ${fmt(results.ratioToHealthP95, 2)}×`,
      ],
      ...Object.values(scaling).map((s): [string, string] => [
        `dashboard at ${s.agencies} agencies, 4 conns: p50 / p95`,
        `${s.p50} / ${fmt(s.p95, 0)} ms`,
      ]),
      ...Object.values(uncached).map((s): [string, string] => [
        `cache miss: computing it at ${s.agencies} agencies: p50 / max`,
        `${fmt(s.p50)} / ${fmt(s.max)} ms`,
      ]),
      [
        'autosave PUT, 100 conns: req/s, p50 / p95 / p99',
        `${fmt(autosave.rps, 0)} req/s, ${fmt(autosave.p50)} / ${fmt(autosave.p95)} / ${fmt(autosave.p99)} ms`,
      ],
      [
        'autosave statuses, errors, lost writes',
        `${JSON.stringify(statuses)}, ${results.autosave100.errors} errors, ${lost} lost of ${acked.size} acknowledged`,
      ],
      ['API peak RSS', `${rss ?? '—'} MB`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write(
      `\nPIES Audit API benchmark — ${results.date}, ${results.machine.cpus} cores, ${results.machine.memoryGiB} GiB, Node ${process.version}\n\n`,
    );
    for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
    process.stdout.write('\n(p95 from every response time; also written to bench/results.json)\n');
  } finally {
    child?.kill('SIGTERM');
    await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
