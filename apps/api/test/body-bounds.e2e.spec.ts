import { buildOpenApiDocument } from '../src/openapi/openapi';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Bodies are bounded before any work, and parsed only once the access guard has let the caller
 * in: a body nested deeper than 32 is a 400 at once, and a caller who is not let in gets the
 * guard's answer (401, 403, 404) without the API parsing or transforming the body at all.
 */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** Just under the default 1 MB body limit. */
const MEGABYTE = 1_000_000;
const deepMegabyte = `{"email":${nested(MEGABYTE / 2 - 10)}}`;
const wideMegabyte = JSON.stringify(
  Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`k${i}`, i])),
);
const ZERO = '00000000-0000-4000-8000-000000000000';

describe('request bodies', () => {
  let t: TestApp;
  let lead: Client;
  let anonymous: Client;
  let responsePath: string;
  const writeRoutes: { method: string; path: string; public: boolean }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const pid = (await t.given.partnership()).id;
    const oid = (await t.given.organisation({ partnershipId: pid })).id;
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    const version = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(201);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: 'Bounds',
        frameworkVersionId: version.body.id,
        opensOn: '2025-01-01',
        status: 'open',
      })
      .expect(201);
    const [audit] = await t.db.query<{ id: string }[]>(
      'SELECT id FROM audits WHERE cycle_id = $1 AND organisation_id = $2',
      [cycle.body.id, oid],
    );
    responsePath = `/api/audits/${audit.id}/responses/P1.1`;
    anonymous = t.client();
    await anonymous.fetchCsrf();
    for (const [path, item] of Object.entries(buildOpenApiDocument(t.app).paths)) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const op = item[method];
        if (op) writeRoutes.push({ method, path, public: !op.security?.length });
      }
    }
  });
  afterAll(() => t.close());

  it('answers 400 BODY_TOO_DEEP at once to a deep body on sign-in', async () => {
    const res = await anonymous.raw('post', '/api/auth/login', deepMegabyte);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'BODY_TOO_DEEP' });
    expect(res.body.message).toContain('32');
  });

  it('answers 400 BODY_TOO_DEEP on autosave, and parses a body exactly 32 deep', async () => {
    for (const body of [deepMegabyte, `{"version":0,"commentary":${nested(32)}}`]) {
      const res = await lead.raw('put', responsePath, body);
      expect([res.status, res.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
    }
    const atLimit = await lead.raw('put', responsePath, `{"version":0,"commentary":${nested(31)}}`);
    expect([atLimit.status, atLimit.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(atLimit.body.details.map((d: { field: string }) => d.field)).toEqual(['commentary']);
    const saved = await lead.put(responsePath, { version: 0, level: 2 });
    expect(saved.status).toBe(200);
  });

  it('lets the access guard answer before any body is read, on every signed-in write route', async () => {
    const signedIn = writeRoutes.filter((r) => !r.public);
    expect(signedIn.length).toBeGreaterThan(20);
    expect(signedIn.map((r) => `${r.method} ${r.path}`)).toContain(
      'put /api/audits/{auditId}/responses/{indicatorCode}',
    );
    const problems: string[] = [];
    for (const { method, path } of signedIn) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'indicatorCode' ? 'P1.1' : ZERO,
      );
      for (const body of [deepMegabyte, '{"unterminated', '{"unknown": 1}']) {
        const res = await anonymous.raw(method, url, body);
        if (res.status !== 401 || res.body.code !== 'NOT_SIGNED_IN')
          problems.push(`${method} ${path} ${body.slice(0, 15)}: ${res.status} ${res.body.code}`);
      }
    }
    expect(problems).toEqual([]);
    // Signed in without the role: the guard's 403, not the body's 400.
    const res = await lead.raw('post', '/api/partnerships', deepMegabyte);
    expect([res.status, res.body.code]).toEqual([403, 'ROLE_REQUIRED']);
  });

  it('turns an anonymous megabyte away with 401 in under 10 ms of CPU', async () => {
    for (const body of [deepMegabyte, wideMegabyte]) {
      expect(body.length).toBeGreaterThan(0.85 * MEGABYTE);
      const costs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const before = process.cpuUsage();
        const res = await anonymous.raw('put', responsePath, body);
        const used = process.cpuUsage(before);
        expect(res.status).toBe(401);
        costs.push((used.user + used.system) / 1000);
      }
      // Client and server together (one process): most of it is sending the bytes. The least
      // of seven, since other work on the machine only ever adds (parsing the deep body before
      // the guard cost about a second).
      expect(Math.min(...costs)).toBeLessThan(10);
    }
  });
});
