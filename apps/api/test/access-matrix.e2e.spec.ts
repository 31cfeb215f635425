import { ROLES, type Role } from '@pies/domain';
import request from 'supertest';
import { buildOpenApiDocument } from '../src/openapi/openapi';
import { startTestApp, type Client, type TestApp } from './test-app';

/**
 * The authorisation matrix: every route × every role × own tenant, a sibling organisation in
 * the same partnership, and another partnership, with the exact status expected.
 *
 * The route list comes from the app's own OpenAPI document, so a new route fails this test
 * until a rule for it is written here.
 */

type Tenant = 'own' | 'sibling' | 'other';
interface Rule {
  /** Roles that may call the route; 'public' for routes open to anyone. */
  allow: readonly Role[] | 'public' | 'signed-in';
  ok: number;
  /** A valid body, made unique per call. */
  body?: (n: number) => object;
}

const ALL = ROLES;
let seq = 0;
const RULES: Record<string, Rule> = {
  'GET /api/health': { allow: 'public', ok: 200 },
  'GET /api/auth/csrf': { allow: 'public', ok: 200 },
  'POST /api/auth/login': {
    allow: 'public',
    ok: 401,
    body: () => ({ email: 'x@test.example', password: 'wrong' }),
  },
  'POST /api/auth/logout': { allow: 'public', ok: 204 },
  'GET /api/auth/me': { allow: 'signed-in', ok: 200 },
  'GET /api/partnerships': { allow: ALL, ok: 200 },
  'POST /api/partnerships': {
    allow: ['platform_admin'],
    ok: 201,
    body: (n) => ({ name: `Matrix partnership ${n}` }),
  },
  'GET /api/partnerships/{partnershipId}': { allow: ALL, ok: 200 },
  'GET /api/partnerships/{partnershipId}/organisations': {
    allow: ['platform_admin', 'partnership_admin', 'board_member'],
    ok: 200,
  },
  'POST /api/partnerships/{partnershipId}/organisations': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 201,
    body: (n) => ({ name: `Matrix org ${n}`, sector: 'health' }),
  },
  'PUT /api/partnerships/{partnershipId}/organisations/{organisationId}': {
    allow: ['platform_admin'],
    ok: 200,
  },
  'GET /api/organisations/{organisationId}': { allow: ALL, ok: 200 },
  'PATCH /api/organisations/{organisationId}': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 200,
    body: () => ({ contactEmail: 'safeguarding@test.example' }),
  },
  'GET /api/partnerships/{partnershipId}/users': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 200,
  },
  'POST /api/partnerships/{partnershipId}/users': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 201,
    body: (n) => ({
      email: `matrix-user-${n}@test.example`,
      name: 'Matrix User',
      password: 'a long enough password',
      memberships: [{ role: 'board_member' }],
    }),
  },
  'GET /api/organisations/{organisationId}/members': {
    allow: ['platform_admin', 'partnership_admin', 'agency_lead', 'agency_contributor'],
    ok: 200,
  },
  'POST /api/organisations/{organisationId}/members': {
    allow: ['platform_admin', 'partnership_admin', 'agency_lead'],
    ok: 201,
    body: (n) => ({
      email: `matrix-member-${n}@test.example`,
      name: 'Matrix Member',
      password: 'a long enough password',
      role: 'agency_contributor',
    }),
  },
};

describe('authorisation matrix', () => {
  let t: TestApp;
  let routes: string[];
  const ids: Record<Tenant, { partnershipId: string; organisationId: string }> = {} as never;
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    t = await startTestApp();
    const doc = buildOpenApiDocument(t.app);
    routes = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const a = await t.given.partnership();
    const b = await t.given.partnership();
    const a1 = await t.given.organisation({ partnershipId: a.id });
    const a2 = await t.given.organisation({ partnershipId: a.id });
    const b1 = await t.given.organisation({ partnershipId: b.id });
    ids.own = { partnershipId: a.id, organisationId: a1.id };
    ids.sibling = { partnershipId: a.id, organisationId: a2.id };
    ids.other = { partnershipId: b.id, organisationId: b1.id };
    // Every role is held in partnership A (agency roles at A1).
    for (const role of ROLES) {
      const scope =
        role === 'platform_admin'
          ? {}
          : role === 'partnership_admin' || role === 'board_member'
            ? { partnershipId: a.id }
            : { organisationId: a1.id };
      clients.set(role, await t.as(await t.given.user({ role, ...scope })));
    }
  });
  afterAll(() => t.close());

  it('has a rule for every route the app serves, and no rule for a route it does not', () => {
    expect([...routes].sort()).toEqual(Object.keys(RULES).sort());
  });

  const url = (route: string, tenant: Tenant) =>
    route
      .split(' ')[1]
      .replace('{partnershipId}', ids[tenant].partnershipId)
      .replace('{organisationId}', ids[tenant].organisationId);
  const tenantsOf = (route: string): Tenant[] =>
    route.includes('{organisationId}')
      ? ['own', 'sibling', 'other']
      : route.includes('{partnershipId}')
        ? ['own', 'other']
        : ['own'];

  /** The status the policy says this role gets on this route for this tenant. */
  function expected(route: string, rule: Rule, role: Role, tenant: Tenant): number {
    if (rule.allow === 'public' || rule.allow === 'signed-in') return rule.ok;
    if (role === 'platform_admin') return rule.allow.includes(role) ? rule.ok : 403;
    const agencyRole = role === 'agency_lead' || role === 'agency_contributor';
    const orgRoute = route.includes('{organisationId}');
    // Visible: the resource is in the role's partnership (partnership roles), or is the
    // role's own organisation or its partnership (agency roles).
    const visible = agencyRole
      ? tenant === 'own' || (!orgRoute && tenant !== 'other')
      : tenant !== 'other';
    if (!route.includes('{')) return rule.allow.includes(role) ? rule.ok : 403;
    if (!visible) return 404;
    return rule.allow.includes(role) ? rule.ok : 403;
  }

  it.each(Object.keys(RULES))('%s: every role, every tenant, the exact status', async (route) => {
    const rule = RULES[route];
    const method = route.split(' ')[0];
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const tenant of tenantsOf(route)) {
        const client = clients.get(role)!;
        const want = expected(route, rule, role, tenant);
        const res = await client.call(method, url(route, tenant), rule.body?.(++seq));
        if (res.status !== want)
          failures.push(
            `${role} on ${tenant}: got ${res.status}, want ${want} ${JSON.stringify(res.body)}`,
          );
        if (route === 'POST /api/auth/logout')
          clients.set(role, await t.as(await t.given.user({ role, ...scopeFor(role) })));
      }
    }
    expect(failures).toEqual([]);
  });

  function scopeFor(role: Role) {
    if (role === 'platform_admin') return {};
    if (role === 'partnership_admin' || role === 'board_member')
      return { partnershipId: ids.own.partnershipId };
    return { organisationId: ids.own.organisationId };
  }

  it.each(Object.keys(RULES).filter((r) => RULES[r].allow !== 'public'))(
    '%s: 401 when not signed in',
    async (route) => {
      const [method, path] = [route.split(' ')[0], url(route, 'own')];
      const c = t.client();
      await c.fetchCsrf();
      const res = await c.call(method, path, RULES[route].body?.(++seq));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'sign in to continue',
      });
    },
  );

  it('answers a resource that does not exist with 404 for a role that could see it', async () => {
    const admin = clients.get('platform_admin')!;
    await admin.get('/api/partnerships/00000000-0000-4000-8000-000000000000').expect(404);
    await admin.get('/api/organisations/00000000-0000-4000-8000-000000000000').expect(404);
    await request(t.server)
      .get('/api/organisations/00000000-0000-4000-8000-000000000000')
      .expect(401);
  });

  it('lists only the partnerships a user belongs to', async () => {
    const board = await clients.get('board_member')!.get('/api/partnerships').expect(200);
    expect(board.body.map((p: { id: string }) => p.id)).toEqual([ids.own.partnershipId]);
    const lead = await clients.get('agency_lead')!.get('/api/partnerships').expect(200);
    expect(lead.body.map((p: { id: string }) => p.id)).toEqual([ids.own.partnershipId]);
    const platform = await clients.get('platform_admin')!.get('/api/partnerships').expect(200);
    expect(platform.body.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([ids.own.partnershipId, ids.other.partnershipId]),
    );
  });
});
