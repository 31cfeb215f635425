import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { SECTORS } from '@pies/domain';
import {
  ERROR_CODES,
  ERROR_DECLARATIONS,
  isErrorCode,
  isProblemCode,
  PROBLEM_CODES,
} from '../src/error-codes';
import { AppConfig } from '../src/config/app-config';
import { buildOpenApiDocument } from '../src/openapi/openapi';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Every route refuses bad input with a 400 that names the field, and nothing yields a 500. Every
 * error body carries a declared code, sent with its declared status.
 */
function codeProblems(
  what: string,
  res: { status: number; body: { code?: unknown; details?: unknown } },
): string[] {
  if (res.status < 400) return [];
  const { code, details } = res.body;
  if (!isErrorCode(code)) return [`${what}: ${res.status} with undeclared code ${String(code)}`];
  const out: string[] = [];
  if (ERROR_DECLARATIONS[code].status !== res.status)
    out.push(
      `${what}: ${code} sent with ${res.status}, declared ${ERROR_DECLARATIONS[code].status}`,
    );
  if (code === 'VALIDATION_FAILED') {
    const fields = Array.isArray(details) ? (details as { problems?: unknown }[]) : [];
    if (fields.length === 0) out.push(`${what}: VALIDATION_FAILED without field problems`);
    for (const f of fields) {
      const problems = Array.isArray(f.problems) ? (f.problems as { code?: unknown }[]) : [];
      for (const p of problems)
        if (!isProblemCode(p.code) || p.code === 'invalid')
          out.push(`${what}: field problem with code ${String(p.code)}`);
    }
  }
  return out;
}

describe('validation', () => {
  let t: TestApp;
  let admin: Client;
  let platform: Client;
  let lead: Client;
  let pid: string;
  let oid: string;

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_KB: '64' });
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
  });
  afterAll(() => t.close());

  const anonymous = async () => {
    const c = t.client();
    await c.fetchCsrf();
    return c;
  };
  const fields = (res: { body: { details?: { field: string }[] } }) =>
    (res.body.details ?? []).map((d) => d.field).sort();

  // One malformed request per route, with the fields the 400 must name.
  const cases: [
    string,
    () => Promise<{ status: number; body: { details?: { field: string }[]; message: string } }>,
    string[],
  ][] = [
    [
      'POST /api/auth/login',
      async () =>
        t
          .client()
          .fetchCsrf()
          .then(() => t.client())
          .then(async (c) => {
            await c.fetchCsrf();
            return c.post('/api/auth/login', { email: 'nope', password: '' });
          }),
      ['email', 'password'],
    ],
    [
      'POST /api/partnerships',
      () => platform.post('/api/partnerships', { name: '', area: 7 }),
      ['area', 'name'],
    ],
    [
      'GET /api/partnerships/:id',
      () => admin.get('/api/partnerships/not-a-uuid'),
      ['partnershipId'],
    ],
    [
      'GET /api/partnerships/:id/organisations',
      () => admin.get(`/api/partnerships/${pid}/organisations?sector=farming&page=0&pageSize=9999`),
      ['page', 'pageSize', 'sector'],
    ],
    [
      'POST /api/partnerships/:id/organisations',
      () =>
        admin.post(`/api/partnerships/${pid}/organisations`, {
          name: 'x'.repeat(201),
          sector: 'farming',
          contactEmail: 'no',
          colour: 'red',
        }),
      ['colour', 'contactEmail', 'name', 'sector'],
    ],
    [
      'PUT /api/partnerships/:id/organisations/:id',
      () => platform.put(`/api/partnerships/${pid}/organisations/123`),
      ['organisationId'],
    ],
    ['GET /api/organisations/:id', () => admin.get('/api/organisations/123'), ['organisationId']],
    [
      'PATCH /api/organisations/:id',
      () => admin.patch(`/api/organisations/${oid}`, { name: null, sector: 3 }),
      ['name', 'sector'],
    ],
    [
      'GET /api/partnerships/:id/users',
      () => admin.get('/api/partnerships/zzz/users'),
      ['partnershipId'],
    ],
    [
      'POST /api/partnerships/:id/users',
      () =>
        admin.post(`/api/partnerships/${pid}/users`, {
          email: 'a@b',
          name: '',
          // No one types another person's password: a new person sets theirs from the mail.
          password: 'a long enough password',
          memberships: [{ role: 'agency_lead' }, { role: 'king' }],
        }),
      ['email', 'memberships.0.organisationId', 'memberships.1.role', 'name', 'password'],
    ],
    [
      'GET /api/organisations/:id/members',
      () => lead.get('/api/organisations/x/members'),
      ['organisationId'],
    ],
    [
      'POST /api/organisations/:id/members',
      () =>
        lead.post(`/api/organisations/${oid}/members`, {
          email: 'new@test.example',
          name: 'New',
          role: 'platform_admin',
        }),
      ['role'],
    ],
    [
      'POST /api/auth/invitation',
      () => anonymous().then((c) => c.post('/api/auth/invitation', { token: 7, password: {} })),
      ['password', 'token'],
    ],
    [
      'POST /api/auth/password-reset',
      () => anonymous().then((c) => c.post('/api/auth/password-reset', { email: 'nobody' })),
      ['email'],
    ],
    [
      'POST /api/auth/password-reset/complete',
      () =>
        anonymous().then((c) =>
          c.post('/api/auth/password-reset/complete', { token: '', password: 'x'.repeat(257) }),
        ),
      ['password', 'token'],
    ],
  ];

  it.each(cases)('%s: 400 naming each bad field', async (_name, send, expected) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      error: 'Bad Request',
    });
    expect(codeProblems(_name, res)).toEqual([]);
    expect(fields(res)).toEqual(expected);
    for (const f of expected) expect(res.body.message).toContain(f.split('.').pop());
  });

  it('refuses text holding a NUL character with 400 naming the field', async () => {
    const res = await admin
      .post(`/api/partnerships/${pid}/organisations`, { name: 'Nul\u0000School', sector: 'health' })
      .expect(400);
    expect(fields(res)).toEqual(['name']);
    expect(res.body.details[0].problems).toEqual([
      { code: 'nulCharacter', params: {}, message: 'must not contain NUL characters' },
    ]);
  });

  it('gives each field problem a code and the constraint its params', async () => {
    const res = await admin
      .post(`/api/partnerships/${pid}/organisations`, {
        name: 'x'.repeat(201),
        sector: 'farming',
        contactEmail: 'no',
        colour: 'red',
      })
      .expect(400);
    const byField = Object.fromEntries(
      (res.body.details as { field: string; problems: { code: string; params: object }[] }[]).map(
        (d) => [d.field, d.problems.map(({ code, params }) => ({ code, params }))],
      ),
    );
    expect(byField).toEqual({
      colour: [{ code: 'unknownProperty', params: {} }],
      name: [{ code: 'maxLength', params: { max: 200 } }],
      sector: [{ code: 'isIn', params: { values: [...SECTORS] } }],
      contactEmail: [{ code: 'isEmail', params: {} }],
    });
    const badId = await admin.get('/api/partnerships/not-a-uuid').expect(400);
    expect(badId.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'partnershipId', problems: [{ code: 'isUuid', params: {} }] }],
    });
  });

  it('has a declared problem code for every constraint a request DTO uses', () => {
    // Every DTO class is loaded with the app; its constraints are class-validator's metadata.
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, ValidationMetadata[]>;
    };
    const names = new Set<string>();
    for (const [target, list] of storage.validationMetadatas) {
      if (target === AppConfig) continue; // the environment's checks, never a request's
      for (const m of list) if (m.type === 'customValidation' && m.name) names.add(m.name);
    }
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((n) => !isProblemCode(n))).toEqual([]);
  });

  it("lists exactly the declared codes in OpenAPI's ErrorBody", () => {
    const schemas = buildOpenApiDocument(t.app).components?.schemas as Record<
      string,
      { enum?: string[]; properties?: Record<string, { $ref?: string }> }
    >;
    expect(schemas.ErrorBody.properties?.code.$ref).toBe('#/components/schemas/ErrorCode');
    expect([...(schemas.ErrorCode.enum ?? [])].sort()).toEqual([...ERROR_CODES].sort());
    expect([...(schemas.ProblemCode.enum ?? [])].sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('gives errors from outside any feature codes too', async () => {
    const unknownRoute = await admin.get('/api/no-such-thing').expect(404);
    expect(unknownRoute.body).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    const unknownId = await admin
      .get('/api/partnerships/00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(unknownId.body).toMatchObject({ statusCode: 404, code: 'RESOURCE_NOT_FOUND' });
    const notSignedIn = await t.client().get(`/api/partnerships/${pid}`).expect(401);
    expect(notSignedIn.body.code).toBe('NOT_SIGNED_IN');
    const wrongRole = await lead.get(`/api/partnerships/${pid}/users`).expect(403);
    expect(wrongRole.body.code).toBe('ROLE_REQUIRED');
  });

  it('gives a path the router refuses a declared code too', async () => {
    const malformed = await admin.get('/api/partnerships/%ED%A0%80');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'PATH_INVALID' });
    const long = await admin.get(`/api/partnerships/${'x'.repeat(101)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatchObject({ statusCode: 414, code: 'PATH_TOO_LONG' });
    expect([...codeProblems('malformed', malformed), ...codeProblems('long', long)]).toEqual([]);
  });

  it('refuses a body that is not valid JSON with 400', async () => {
    const res = await admin.agent
      .post(`/api/partnerships/${pid}/organisations`)
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', 'application/json')
      .send('{"name": "unterminated')
      .expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'BODY_NOT_JSON',
      error: 'Bad Request',
    });
  });

  it.each([
    ['text/plain', '{"name": "Oakley", "sector": "health"}'],
    ['application/x-www-form-urlencoded', 'name=Oakley&sector=health'],
    ['application/xml', '<organisation name="Oakley"/>'],
  ])('refuses a body sent as %s, saying to send JSON', async (type, body) => {
    const res = await admin.agent
      .post(`/api/partnerships/${pid}/organisations`)
      .set('X-CSRF-Token', admin.csrf)
      .set('Content-Type', type)
      .send(body);
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      error: 'Unsupported Media Type',
      message: 'send the body as application/json',
    });
  });

  it('takes an empty body sent as JSON where a route needs none', async () => {
    const c = await t.as(await t.given.user({ role: 'platform_admin' }));
    await c.agent
      .post('/api/auth/logout')
      .set('X-CSRF-Token', c.csrf)
      .set('Content-Type', 'application/json')
      .expect(204);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await admin.post(`/api/partnerships/${pid}/organisations`, {
      name: 'x'.repeat(70 * 1024),
      sector: 'health',
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      error: 'Payload Too Large',
    });
  });

  it('takes no password for a new person: a 400 naming it (they set their own from the mail)', async () => {
    const res = await admin.post(`/api/partnerships/${pid}/users`, {
      email: 'fresh@test.example',
      name: 'Fresh',
      password: 'a long enough password',
      memberships: [{ role: 'board_member' }],
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['password']);
    expect(res.body.details[0].problems[0].code).toBe('unknownProperty');
    const ok = await admin.post(`/api/organisations/${oid}/members`, {
      email: 'fresh@test.example',
      name: 'Fresh',
      role: 'agency_contributor',
    });
    expect(ok.status).toBe(202);
  });

  it('hides an organisation from another partnership in a membership (404)', async () => {
    const other = await t.given.partnership();
    const foreign = await t.given.organisation({ partnershipId: other.id });
    const res = await admin.post(`/api/partnerships/${pid}/users`, {
      email: 'cross@test.example',
      name: 'Cross',
      memberships: [{ role: 'agency_lead', organisationId: foreign.id }],
    });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe('organisation (memberships.0.organisationId) not found');
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
      'cross@test.example',
    ]);
    expect(n).toBe(0);
  });

  it('names a malformed organisation id in a membership (400)', async () => {
    const res = await admin.post(`/api/partnerships/${pid}/users`, {
      email: 'malformed@test.example',
      name: 'Malformed',
      memberships: [{ role: 'agency_lead', organisationId: 'not-a-uuid' }],
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['memberships.0.organisationId']);
    expect(res.body.details[0].problems[0].code).toBe('isUuid');
  });

  describe('emails and dates', () => {
    const lone = '\ud800@x.test';

    it.each([
      ['POST /api/auth/login', 'email'],
      ['POST /api/partnerships/:id/organisations', 'contactEmail'],
      ['PATCH /api/organisations/:id', 'contactEmail'],
      ['POST /api/partnerships/:id/users', 'email'],
      ['POST /api/organisations/:id/members', 'email'],
    ])('%s: a lone surrogate in %s is a 400 naming it', async (route, field) => {
      const send: Record<
        string,
        () => Promise<{ status: number; body: { details?: { field: string }[] } }>
      > = {
        'POST /api/auth/login': async () => {
          const c = t.client();
          await c.fetchCsrf();
          return c.post('/api/auth/login', { email: lone, password: 'x' });
        },
        'POST /api/partnerships/:id/organisations': () =>
          admin.post(`/api/partnerships/${pid}/organisations`, {
            name: 'Surrogate School',
            sector: 'health',
            contactEmail: lone,
          }),
        'PATCH /api/organisations/:id': () =>
          admin.patch(`/api/organisations/${oid}`, { contactEmail: lone }),
        'POST /api/partnerships/:id/users': () =>
          admin.post(`/api/partnerships/${pid}/users`, {
            email: lone,
            name: 'Lone',
            memberships: [{ role: 'board_member' }],
          }),
        'POST /api/organisations/:id/members': () =>
          lead.post(`/api/organisations/${oid}/members`, {
            email: lone,
            name: 'Lone',
            role: 'agency_contributor',
          }),
      };
      const res = await send[route]();
      expect(res.status).toBe(400);
      expect(codeProblems(route, res)).toEqual([]);
      expect(fields(res)).toEqual([field]);
    });

    let versionId: string;
    let auditId: string;
    beforeAll(async () => {
      const version = await platform
        .post('/api/frameworks', { yaml: testFrameworkYaml('3.0') })
        .expect(201);
      versionId = version.body.id;
      const cycle = await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name: 'Action dates',
          frameworkVersionId: versionId,
          opensOn: '2026-01-01',
          status: 'open',
        })
        .expect(201);
      const [audit] = await t.db.query(
        'SELECT id FROM audits WHERE cycle_id = $1 AND organisation_id = $2',
        [cycle.body.id, oid],
      );
      auditId = audit.id;
    });

    it('takes only a real calendar date, YYYY-MM-DD, in the years 2000 to 2100', async () => {
      const cycle = (opensOn: unknown) =>
        admin.post(`/api/partnerships/${pid}/cycles`, {
          name: `Dates ${String(opensOn)}`,
          frameworkVersionId: versionId,
          opensOn,
        });
      for (const bad of [
        '9999-12-31T23:59:59Z',
        '2025-09-01T00:00:00Z',
        '2025-09-01T00:00',
        '2025-02-30',
        '2025-13-01',
        '1999-12-31',
        '2101-01-01',
        '+002025-09-01',
        '20250901',
        '2025-W36',
        ' 2025-09-01',
        20250901,
      ]) {
        const res = await cycle(bad);
        expect([bad, res.status]).toEqual([bad, 400]);
        expect(fields(res)).toEqual(['opensOn']);
        expect(res.body.details[0].problems).toEqual([
          {
            code: 'isIso8601',
            params: { min: '2000-01-01', max: '2100-12-31' },
            message: 'opensOn must be a real date, YYYY-MM-DD, from 2000-01-01 to 2100-12-31',
          },
        ]);
      }
      const first = await cycle('2000-01-01').expect(201);
      expect(first.body).toMatchObject({ opensOn: '2000-01-01' });
      await cycle('2024-02-29').expect(201);
      const patched = await admin.patch(`/api/cycles/${first.body.id}`, {
        dueOn: '2100-12-31T00:00:00Z',
      });
      expect([patched.status, fields(patched)]).toEqual([400, ['dueOn']]);
      await admin.patch(`/api/cycles/${first.body.id}`, { dueOn: '2100-12-31' }).expect(200);
    });

    it("takes only a date for an action's due date", async () => {
      const create = await lead.post(`/api/audits/${auditId}/actions`, {
        description: 'Dates',
        owner: 'DSL',
        dueOn: '9999-12-31T23:59:59Z',
      });
      expect([create.status, fields(create)]).toEqual([400, ['dueOn']]);
      const action = await lead
        .post(`/api/audits/${auditId}/actions`, { description: 'Dates', owner: 'DSL' })
        .expect(201);
      const update = await lead.patch(`/api/actions/${action.body.id}`, { dueOn: '2025-02-29' });
      expect([update.status, fields(update)]).toEqual([400, ['dueOn']]);
    });

    it('refuses an assignment giving both an area and an indicator, naming the field', async () => {
      const contributor = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      const res = await lead.put(`/api/audits/${auditId}/assignments`, {
        assignments: [{ userId: contributor.id, areaCode: 'P', indicatorCode: 'P1.1' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([
        {
          field: 'assignments.0.areaCode',
          problems: [
            {
              code: 'areaOrIndicator',
              params: {},
              message: 'give areaCode or indicatorCode, not both',
            },
          ],
        },
      ]);
    });
  });

  describe('no input yields a 500', () => {
    const junk: unknown[] = [
      [],
      'a string',
      42,
      null,
      {
        name: { nested: true },
        sector: ['health'],
        email: 123,
        password: {},
        memberships: 'all',
        role: null,
      },
      { name: '\u0000', sector: 'health' },
      { memberships: [null, 1, 'x', { role: 'board_member', organisationId: 'not-a-uuid' }] },
      { page: -1, pageSize: 'abc' },
      JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}'),
    ];

    it('for every route and every kind of junk body', async () => {
      // Real ids for every kind of resource, so junk reaches the handlers, not just the guards.
      const version = await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') });
      const cycle = await admin
        .post(`/api/partnerships/${pid}/cycles`, {
          name: 'Sweep',
          frameworkVersionId: version.body.id,
          // After the 'Action dates' cycle is due: a partnership's live cycles may not overlap.
          opensOn: '2028-01-01',
          status: 'open',
        })
        .expect(201);
      const [audit] = await t.db.query(
        'SELECT id FROM audits WHERE cycle_id = $1 AND organisation_id = $2',
        [cycle.body.id, oid],
      );
      const action = await lead
        .post(`/api/audits/${audit.id}/actions`, { description: 'Sweep', owner: 'DSL' })
        .expect(201);
      const real: Record<string, string> = {
        partnershipId: pid,
        organisationId: oid,
        cycleId: cycle.body.id,
        auditId: audit.id,
        actionId: action.body.id,
        evidenceId: '00000000-0000-4000-8000-000000000000',
        challengeId: '00000000-0000-4000-8000-000000000000',
        jobId: '00000000-0000-4000-8000-000000000000',
        frameworkId: 'test-framework',
        version: '1.0',
        indicatorCode: 'P1.1',
      };
      const doc = buildOpenApiDocument(t.app);
      const problems: string[] = [];
      for (const [path, item] of Object.entries(doc.paths)) {
        const methods = Object.keys(item).filter((m) =>
          ['post', 'put', 'patch', 'delete', 'get'].includes(m),
        );
        for (const method of methods) {
          if (path.endsWith('/logout')) continue; // would end the sweep's own sessions
          for (const variant of ['real', 'junk', 'missing'] as const) {
            const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
              variant === 'real'
                ? real[name]
                : variant === 'junk'
                  ? 'junk%00'
                  : '00000000-0000-4000-8000-000000000000',
            );
            // Every kind of junk where the ids are real; one where the path itself is bad.
            const bodies =
              method === 'get' ? [undefined] : variant === 'real' ? junk : junk.slice(0, 1);
            for (const body of bodies) {
              for (const client of [platform, admin, lead]) {
                const res =
                  method === 'get'
                    ? await client.get(url)
                    : await client.raw(method, url, JSON.stringify(body));
                if (res.status >= 500)
                  problems.push(`${method} ${url} ${JSON.stringify(body)}: ${res.status}`);
                if (res.status === 400 && typeof res.body.message !== 'string')
                  problems.push(`${method} ${url}: 400 without a message`);
                problems.push(...codeProblems(`${method} ${url} ${JSON.stringify(body)}`, res));
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);

    it('for junk query strings', async () => {
      for (const q of [
        'page=1e999',
        'pageSize=1.5',
        'sector[]=health',
        'search=' + '%'.repeat(50),
        'page=NaN&pageSize=-0',
      ]) {
        const res = await admin.get(`/api/partnerships/${pid}/organisations?${q}`);
        expect(res.status).toBeLessThan(500);
      }
    });
  });
});
