/** The bench's database: created fresh, seeded at scale, with a board member and agency leads. */
import { randomBytes, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { hashPassword } from '../../apps/api/src/auth/passwords';
import { SystemClock } from '../../apps/api/src/clock/clock';
import { PartnershipDashboardService } from '../../apps/api/src/dashboards/partnership-dashboard.service';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { runMigrations } from '../../apps/api/src/database/database.module';
import { withDatabase } from '../../apps/api/src/database/database-url';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { DEFAULT_FRAMEWORK } from '../../apps/api/src/demo/demo-seed.service';
import { seedScale } from '../seed/scale-seeder';
import { FrameworksService } from '../../apps/api/src/frameworks/frameworks.service';

export const ROOT = join(__dirname, '../..');
export const log = (m: string) => process.stderr.write(`${m}\n`);
export const PASSWORD = 'bench password';
export const BOARD_EMAIL = 'bench-board@test.example';
/** name, agencies, cycles; the first is always seeded, the others only when a phase needs them. */
export const PARTNERSHIPS = [
  ['Large County', 1000, 3],
  ['Small Borough', 100, 1],
  ['Very Large Region', 5000, 1],
] as const;

export interface Seeded {
  id: string;
  seconds: number;
  orgs: number;
  cycles: number;
}
export interface Writer {
  auditId: string;
  userId: string;
  cookie: string;
  csrf: string;
}

/** A fresh database on DATABASE_URL's server (or an embedded one); `drop` removes it all. */
export async function benchDatabase() {
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
  const drop = async () => {
    await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
  };
  return { url, ds, drop };
}

/** The framework and the partnerships named, seeded at scale; the indicator codes in order. */
export async function seed(ds: DataSource, names: string[]) {
  await runMigrations(ds);
  const frameworks = new FrameworksService(ds);
  const fw = await frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
  const definition = await frameworks.definitionById(fw.id);
  const seeded: Record<string, Seeded> = {};
  for (const [name, orgs, cycles] of PARTNERSHIPS.filter(([n]) => names.includes(n))) {
    const t0 = performance.now();
    const r = await seedScale(ds, {
      partnership: name,
      orgs,
      cycles,
      frameworkVersionId: fw.id,
      definition,
    });
    seeded[name] = { id: r.partnershipId, seconds: (performance.now() - t0) / 1000, orgs, cycles };
    log(
      `seeded ${name}: ${orgs} agencies × ${cycles} cycles in ${seeded[name].seconds.toFixed(1)} s`,
    );
  }
  const codes = definition.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.map((x) => x.code)),
  );
  return { seeded, codes };
}

/**
 * A board member of every seeded partnership (logs in through the API), and an agency lead
 * with a live session for each of `leads` audits in progress in `partnershipId`.
 */
export async function people(
  ds: DataSource,
  seeded: Record<string, Seeded>,
  partnershipId: string,
  leads: number,
): Promise<Writer[]> {
  const hash = await hashPassword(PASSWORD);
  const [{ id: boardId }] = await ds.query(
    `INSERT INTO users (email, name, password_hash) VALUES ($1, 'Bench Board', $2) RETURNING id`,
    [BOARD_EMAIL, hash],
  );
  for (const p of Object.values(seeded)) {
    await ds.query(
      `INSERT INTO memberships (user_id, role, partnership_id, status) VALUES ($1, 'board_member', $2, 'active')`,
      [boardId, p.id],
    );
  }
  const inProgress: { audit_id: string; organisation_id: string }[] = await ds.query(
    `SELECT a.id AS audit_id, a.organisation_id FROM audits a JOIN cycles c ON c.id = a.cycle_id
      WHERE c.partnership_id = $1 AND c.status = 'open' AND a.status = 'in_progress' ORDER BY a.id LIMIT $2`,
    [partnershipId, leads],
  );
  const writers: Writer[] = [];
  for (const [i, a] of inProgress.entries()) {
    const [{ id }] = await ds.query(
      `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [`bench-lead-${i}@test.example`, `Lead ${i}`, hash],
    );
    await ds.query(
      `INSERT INTO memberships (user_id, role, organisation_id, status) VALUES ($1, 'agency_lead', $2, 'active')`,
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
      userId: id,
      cookie: `pies_session=${token}; pies_csrf=${csrf}`,
      csrf,
    });
  }
  return writers;
}

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

export const DASHBOARD_QUERY = { sort: 'name', page: 1, pageSize: 50 } as never;

/** The exact queries one dashboard computation runs, captured, for the raw SQL floor. */
export async function dashboardQueries(url: string, partnershipId: string) {
  const capture = new Capture();
  const capturing = await new DataSource({
    ...dataSourceOptions(url, 5),
    logging: ['query'],
    logger: capture,
  } as never).initialize();
  await new PartnershipDashboardService(capturing, new SystemClock()).dashboard(
    partnershipId,
    DASHBOARD_QUERY,
  );
  await capturing.destroy();
  return capture.queries.filter((q) => !/^(START|COMMIT|ROLLBACK)/i.test(q.sql));
}
