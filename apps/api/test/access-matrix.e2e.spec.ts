import { ROLES, type Role } from '@pies/domain';
import request from 'supertest';
import { routesOf } from '../src/common/access/route-scopes';
import { ID_SCOPES, namesResource } from '../src/common/access/scope-registry';
import { idNameOf, valuesAt } from '../src/common/access/scope.decorators';
import { buildOpenApiDocument } from '../src/openapi/openapi';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { testFrameworkYaml } from './test-framework';
import { insertEvidence } from './evidence-rows';

/**
 * The authorisation matrix: every route × every role × own tenant, a sibling organisation in
 * the same partnership, and another partnership, with the exact status expected.
 *
 * The route list comes from the app's own OpenAPI document, so a new route fails this test
 * until a rule for it is written here.
 */

type Tenant = 'own' | 'sibling' | 'other' | 'draft';
type Kind = 'audit' | 'organisation' | 'partnership' | 'none';
interface Rule {
  /** Roles that may call the route; 'public' for routes open to anyone. */
  allow: readonly Role[] | 'public' | 'signed-in' | 'own';
  /** The success status, or the statuses the route's own state rules allow (e.g. 409 on a submitted audit). */
  ok: number | number[];
  /** A valid body, made unique per call, for the tenant's ids. */
  body?: (n: number, at: Ids) => object;
  /** Routes that consume their resource (DELETE) get a fresh one in the tenant per call (in the path and the body). */
  fresh?: 'evidence' | 'action' | 'membership' | 'invitation' | 'ssoConfiguration';
  /** Multipart uploads. */
  upload?: boolean;
}

const ALL = ROLES;
const ADMINS = ['platform_admin', 'partnership_admin'] as const;
const BOARD = ['platform_admin', 'partnership_admin', 'board_member'] as const;
const AGENCY = ['agency_lead', 'agency_contributor'] as const;
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const NOT_A_LINK =
  '00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
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
  // The links by mail: anyone holding one; a link that is not one is the same 404 for all
  // (account-links.e2e.spec.ts follows real ones).
  'GET /api/auth/invitation/{token}': { allow: 'public', ok: 404 },
  'POST /api/auth/invitation': {
    allow: 'public',
    ok: 404,
    body: () => ({ token: NOT_A_LINK, password: 'a long enough password' }),
  },
  'POST /api/auth/password-reset': {
    allow: 'public',
    ok: 202,
    body: (n) => ({ email: `matrix-reset-${n}@test.example` }),
  },
  'POST /api/auth/password-reset/complete': {
    allow: 'public',
    ok: 404,
    body: () => ({ token: NOT_A_LINK, password: 'a long enough password' }),
  },
  // Notices are each person's own; an unsubscribe link that is not one is the same 400 for all
  // (notifications.e2e.spec.ts follows real ones, from a mail client with no cookie or CSRF).
  'GET /api/account/notifications': { allow: 'signed-in', ok: 200 },
  // What needs each person: their own, by the roles they hold (attention.e2e.spec.ts).
  'GET /api/account/attention': { allow: 'signed-in', ok: 200 },
  'POST /api/account/notifications/read': { allow: 'signed-in', ok: 204 },
  'GET /api/account/notification-preferences': { allow: 'signed-in', ok: 200 },
  'PUT /api/account/notification-preferences': {
    allow: 'signed-in',
    ok: 200,
    body: () => ({ digestHour: 8 }),
  },
  'GET /api/partnerships/{partnershipId}/reminders': { allow: ADMINS, ok: 200 },
  'PUT /api/partnerships/{partnershipId}/reminders': {
    allow: ADMINS,
    ok: 200,
    body: () => ({ reminderDays: [30, 7, 1] }),
  },
  'GET /api/cycles/{cycleId}/reminders': { allow: ADMINS, ok: 200 },
  'GET /api/unsubscribe/{token}': { allow: 'public', ok: 400 },
  'POST /api/unsubscribe/{token}': { allow: 'public', ok: 400 },
  // A new password the policy refuses: checked before anything else (people.e2e.spec.ts changes one).
  'POST /api/auth/password': {
    allow: 'signed-in',
    ok: 400,
    body: () => ({ currentPassword: 'wrong', newPassword: 'short' }),
  },
  // The second step of a sign-in: without the pies_mfa cookie nothing is waiting (mfa.e2e.spec.ts
  // follows real ones).
  'POST /api/auth/mfa/verify': { allow: 'public', ok: 401, body: () => ({ code: '123456' }) },
  'POST /api/auth/mfa/enrolment': { allow: 'public', ok: 401 },
  'POST /api/auth/mfa/enrolment/confirm': {
    allow: 'public',
    ok: 401,
    body: () => ({ code: '123456' }),
  },
  // One's own second factor: set-up may start (and start again) for anyone; the checks of a
  // code are refused before any (a malformed code, or nothing set up).
  'GET /api/account/mfa': { allow: 'signed-in', ok: 200 },
  'POST /api/account/mfa': { allow: 'signed-in', ok: 200 },
  'POST /api/account/mfa/confirm': { allow: 'signed-in', ok: 400, body: () => ({ code: 'x' }) },
  'POST /api/account/mfa/disable': {
    allow: 'signed-in',
    ok: 400,
    body: () => ({ password: 'x', code: 'x' }),
  },
  'POST /api/account/mfa/recovery-codes': {
    allow: 'signed-in',
    ok: 400,
    body: () => ({ code: 'x' }),
  },
  'GET /api/partnerships/{partnershipId}/mfa-policy': { allow: ADMINS, ok: 200 },
  // Set to what it is, so signing in again (after logout) asks no second step.
  'PUT /api/partnerships/{partnershipId}/mfa-policy': {
    allow: ADMINS,
    ok: 200,
    body: () => ({ required: false }),
  },
  'DELETE /api/accounts/{accountId}/mfa': { allow: ['platform_admin'], ok: 204 },
  // Single sign-on (sso.e2e.spec.ts follows real sign-ins): the start with an email no
  // configuration serves, and a callback with no state, both redirect to the problem page.
  'POST /api/auth/sso/discover': {
    allow: 'public',
    ok: 200,
    body: (n) => ({ email: `matrix-sso-${n}@test.example` }),
  },
  'GET /api/auth/sso/start': { allow: 'public', ok: 302 },
  'GET /api/auth/sso/callback': { allow: 'public', ok: 302 },
  'GET /api/sso-configurations': { allow: ['platform_admin'], ok: 200 },
  'GET /api/partnerships/{partnershipId}/sso-configurations': { allow: ADMINS, ok: 200 },
  'POST /api/partnerships/{partnershipId}/sso-configurations': {
    allow: ADMINS,
    ok: 201,
    body: (n) => ({
      name: `Matrix SSO ${n}`,
      issuer: 'https://idp.test.example',
      clientId: 'matrix',
      clientSecret: 'matrix secret',
      domains: [`matrix-${n}.test.example`],
    }),
  },
  'PATCH /api/sso-configurations/{ssoConfigurationId}': {
    allow: ['platform_admin'],
    ok: 200,
    body: (n) => ({ name: `Matrix SSO renamed ${n}` }),
  },
  'POST /api/sso-configurations/{ssoConfigurationId}/approve': {
    allow: ['platform_admin'],
    ok: 200,
  },
  'DELETE /api/sso-configurations/{ssoConfigurationId}': {
    allow: ['platform_admin'],
    ok: 204,
    fresh: 'ssoConfiguration',
  },
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
    ok: 202,
    body: (n, at) => ({
      email: `matrix-user-${n}@test.example`,
      name: 'Matrix User',
      memberships: [{ role: 'agency_contributor', organisationId: at.organisationId }],
    }),
  },
  'GET /api/organisations/{organisationId}/members': {
    allow: ['platform_admin', 'partnership_admin', 'agency_lead', 'agency_contributor'],
    ok: 200,
  },
  'POST /api/organisations/{organisationId}/members': {
    allow: ['platform_admin', 'partnership_admin', 'agency_lead'],
    ok: 202,
    body: (n) => ({
      email: `matrix-member-${n}@test.example`,
      name: 'Matrix Member',
      role: 'agency_contributor',
    }),
  },
  'GET /api/partnerships/{partnershipId}/invitations': { allow: ADMINS, ok: 200 },
  // Each tenant's membership is a contributor's in its organisation; the role they hold already.
  'PATCH /api/memberships/{membershipId}': {
    allow: ADMINS,
    ok: 204,
    body: () => ({ role: 'agency_contributor' }),
  },
  'DELETE /api/memberships/{membershipId}': { allow: ADMINS, ok: 204, fresh: 'membership' },
  // A role offered, in each tenant's organisation, to an account that has a password.
  'POST /api/memberships/{membershipId}/resend-invitation': {
    allow: ADMINS,
    ok: 204,
    fresh: 'invitation',
  },
  // Each tenant's account holds one role, in its organisation.
  'POST /api/accounts/{accountId}/deactivate': { allow: ADMINS, ok: 204 },
  'POST /api/accounts/{accountId}/reactivate': { allow: ADMINS, ok: 204 },
  // Each tenant's invitation is an outsider's: no role reaches it (the owner's path is in
  // invitations.e2e.spec.ts).
  'GET /api/invitations': { allow: 'signed-in', ok: 200 },
  'POST /api/invitations/{invitationId}/accept': { allow: 'own', ok: 404 },
  'POST /api/invitations/{invitationId}/decline': { allow: 'own', ok: 404 },
  'GET /api/account/sessions': { allow: 'signed-in', ok: 200 },
  'POST /api/account/sessions/end-others': { allow: 'signed-in', ok: 204 },
  'DELETE /api/account/sessions/{sessionId}': { allow: 'own', ok: 404 },
  'GET /api/frameworks': { allow: ALL, ok: 200 },
  'POST /api/frameworks': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 201,
    // An id of the caller's own: a partnership admin may not publish under the platform's.
    body: (n) => ({
      yaml: testFrameworkYaml('1.0').replace('id: test-framework', `id: matrix-framework-${n}`),
    }),
  },
  'GET /api/frameworks/{frameworkId}/versions/{version}': { allow: ALL, ok: 200 },
  'GET /api/frameworks/{frameworkId}/versions/{version}/yaml': { allow: ALL, ok: 200 },
  'GET /api/frameworks/{frameworkId}/diff': { allow: ALL, ok: 200 },
  'GET /api/partnerships/{partnershipId}/cycles': { allow: ALL, ok: 200 },
  'POST /api/partnerships/{partnershipId}/cycles': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 201,
    body: (n) => ({
      name: `Matrix cycle ${n}`,
      frameworkVersionId: fixtures.versionId,
      opensOn: '2030-01-01',
    }),
  },
  'GET /api/cycles/{cycleId}': { allow: ALL, ok: 200 },
  'PATCH /api/cycles/{cycleId}': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 200,
    body: () => ({ dueOn: '2031-06-30' }),
  },
  'GET /api/cycles/{cycleId}/audits': { allow: BOARD, ok: 200 },
  'GET /api/organisations/{organisationId}/audits': { allow: ALL, ok: 200 },
  'GET /api/audits/{auditId}': { allow: ALL, ok: 200 },
  'GET /api/audits/{auditId}/score': { allow: ALL, ok: 200 },
  'POST /api/audits/{auditId}/start': { allow: ['agency_lead'], ok: [200, 409] },
  'PUT /api/audits/{auditId}/responses/{indicatorCode}': {
    allow: AGENCY,
    ok: [200, 409],
    body: (n) => ({ version: 0, level: 2, commentary: `Matrix ${n}` }),
  },
  // Carried-forward answers: the same rule as saving (the contributor is assigned area P); the
  // own audit is submitted (409), the draft's are confirmed (200, and 200 again: idempotent).
  'POST /api/audits/{auditId}/responses/{indicatorCode}/confirm': {
    allow: AGENCY,
    ok: [200, 409],
  },
  'POST /api/audits/{auditId}/standards/{standardCode}/confirm': {
    allow: AGENCY,
    ok: [200, 409],
    body: () => ({ indicatorCodes: ['P1.1', 'P1.2'] }),
  },
  'GET /api/audits/{auditId}/assignments': { allow: AGENCY, ok: 200 },
  'PUT /api/audits/{auditId}/assignments': {
    allow: ['agency_lead'],
    ok: [200, 409],
    body: () => ({ assignments: [{ userId: fixtures.contributorId, areaCode: 'P' }] }),
  },
  // The contributor assigned in the draft (in progress) audit; the own one is submitted (409).
  'POST /api/audits/{auditId}/my-part-done': { allow: ['agency_contributor'], ok: [200, 409] },
  'POST /api/audits/{auditId}/submit': { allow: ['agency_lead'], ok: [409, 422] },
  'POST /api/audits/{auditId}/return': {
    allow: ['partnership_admin', 'board_member'],
    ok: [200, 409],
    body: () => ({ reason: 'Matrix' }),
  },
  'POST /api/audits/{auditId}/accept': {
    allow: ['partnership_admin', 'board_member'],
    ok: [200, 409],
  },
  'GET /api/audits/{auditId}/events': { allow: ALL, ok: 200 },
  'POST /api/audits/{auditId}/evidence': { allow: AGENCY, ok: [201, 409], upload: true },
  'GET /api/evidence/{evidenceId}': { allow: ALL, ok: 200 },
  'DELETE /api/evidence/{evidenceId}': { allow: AGENCY, ok: [204, 409], fresh: 'evidence' },
  // The evidence library: attach again is 409, as is any change to a submitted audit.
  'POST /api/audits/{auditId}/evidence/attachments': {
    allow: AGENCY,
    ok: [201, 409],
    body: (_, at) => ({ evidenceId: at.evidenceId, indicatorCode: 'P1.2' }),
  },
  'POST /api/audits/{auditId}/evidence/links': {
    allow: AGENCY,
    ok: [201, 409],
    body: () => ({ indicatorCode: 'P1.2', url: 'https://intranet.example/matrix' }),
  },
  'POST /api/audits/{auditId}/evidence/detach': {
    allow: AGENCY,
    ok: [204, 409],
    fresh: 'evidence',
    body: (_, at) => ({ evidenceId: at.evidenceId, indicatorCode: 'P1.1' }),
  },
  'POST /api/audits/{auditId}/evidence/confirm': {
    allow: AGENCY,
    ok: [200, 409],
    fresh: 'evidence',
    body: (_, at) => ({ evidenceId: at.evidenceId, indicatorCode: 'P1.1' }),
  },
  'GET /api/organisations/{organisationId}/evidence': { allow: AGENCY, ok: 200 },
  'GET /api/audits/{auditId}/actions': { allow: ALL, ok: 200 },
  'POST /api/audits/{auditId}/actions': {
    allow: AGENCY,
    ok: [201, 409],
    // On an indicator of area P, which the contributor is assigned: actions follow the answers.
    body: (n, at) => ({ indicatorCode: 'P1.2', description: `Matrix ${n}`, ownerId: at.ownerId }),
  },
  'PATCH /api/actions/{actionId}': {
    allow: AGENCY,
    ok: [200, 409],
    body: () => ({ status: 'in_progress' }),
  },
  'DELETE /api/actions/{actionId}': { allow: AGENCY, ok: [204, 409], fresh: 'action' },
  'GET /api/actions/{actionId}/updates': { allow: ALL, ok: 200 },
  'GET /api/cycles/{cycleId}/action-progress': { allow: BOARD, ok: 200 },
  'GET /api/audits/{auditId}/challenges': { allow: ALL, ok: 200 },
  // The board's review (review-changes.e2e.spec.ts follows a resubmission and the reviewer's rules).
  'GET /api/audits/{auditId}/changes-since-return': { allow: BOARD, ok: 200 },
  'PUT /api/audits/{auditId}/reviewer': {
    allow: ['partnership_admin', 'board_member'],
    ok: 200,
    body: () => ({ userId: fixtures.boardMemberId }),
  },
  'DELETE /api/audits/{auditId}/reviewer': {
    allow: ['partnership_admin', 'board_member'],
    ok: 200,
  },
  'GET /api/partnerships/{partnershipId}/dashboard': { allow: BOARD, ok: 200 },
  'GET /api/partnerships/{partnershipId}/dashboard/overdue-agencies': { allow: BOARD, ok: 200 },
  'GET /api/audits/{auditId}/report.pdf': { allow: ALL, ok: 200 },
  'GET /api/cycles/{cycleId}/report.pdf': { allow: BOARD, ok: 200 },
  'GET /api/cycles/{cycleId}/export.csv': { allow: BOARD, ok: 200 },
  'GET /api/cycles/{cycleId}/export.xlsx': { allow: BOARD, ok: 200 },
  'POST /api/cycles/{cycleId}/report-pack': { allow: BOARD, ok: 202 },
  'GET /api/jobs/{jobId}': { allow: BOARD, ok: 200 },
  'GET /api/jobs/{jobId}/download': { allow: BOARD, ok: 409 },
  'POST /api/partnerships/{partnershipId}/export': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 202,
  },
  'GET /api/partnership-exports/{exportId}': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 200,
  },
  // Only where mail is kept in the app (the test app has no SMTP_URL); mail.e2e.spec.ts checks
  // the routes are absent in production.
  'GET /api/mail': { allow: ['platform_admin'], ok: 200 },
  'GET /api/partnerships/{partnershipId}/mail': { allow: ADMINS, ok: 200 },
  'GET /api/partnership-exports/{exportId}/download': {
    allow: ['platform_admin', 'partnership_admin'],
    ok: 409,
  },
  'GET /api/organisations/{organisationId}/dashboard': { allow: ALL, ok: 200 },
  'POST /api/audits/{auditId}/challenges': {
    allow: ['partnership_admin', 'board_member'],
    ok: 201,
    body: (n) => ({ indicatorCode: 'P1.1', question: `Matrix question ${n}` }),
  },
  'POST /api/challenges/{challengeId}/replies': {
    allow: ['agency_lead', 'agency_contributor', 'partnership_admin', 'board_member'],
    ok: 201,
    body: (n) => ({ body: `Matrix reply ${n}` }),
  },
  'POST /api/challenges/{challengeId}/resolve': {
    allow: ['partnership_admin', 'board_member'],
    ok: [200, 409],
  },
};

/** Ids the rules and URLs need, filled in by beforeAll. */
const fixtures = { versionId: '', contributorId: '', boardMemberId: '' };
const TENANTS = ['own', 'draft', 'sibling', 'other'] as const;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

type Ids = Record<string, string>;

describe('authorisation matrix', () => {
  let t: TestApp;
  let routes: string[];
  const ids = {} as Record<Tenant, Ids>;
  const clients = new Map<Role, Client>();
  const users = new Map<Role, TestUser>();
  /** The kind of resource each id that can name a route's resource names, found through its scope SQL. */
  const kinds = new Map<string, Kind>();
  /** The body and query ids each route declares (@IdsInScope), read as the boot check reads them. */
  let scopedIds: {
    route: string;
    from: 'body' | 'query';
    path: string;
    within?: 'partnership';
  }[] = [];

  async function auditWithChildren(
    cycleId: string,
    organisationId: string,
    status: string,
  ): Promise<Ids> {
    const [{ id: auditId }] = await t.db.query(
      `INSERT INTO audits (cycle_id, organisation_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (cycle_id, organisation_id) DO UPDATE SET status = EXCLUDED.status RETURNING id`,
      [cycleId, organisationId, status],
    );
    const children = await makeChildren(auditId);
    const [{ id: challengeId }] = await t.db.query(
      `INSERT INTO challenges (audit_id, indicator_code) VALUES ($1, 'P1.1') RETURNING id`,
      [auditId],
    );
    return { auditId, ...children, challengeId, cycleId, organisationId };
  }

  async function membershipOf(userId: string): Promise<string> {
    const [{ id }] = await t.db.query('SELECT id FROM memberships WHERE user_id = $1', [userId]);
    return id;
  }

  async function makeChildren(auditId: string) {
    // As if carried from the last audit: "still current?" waits for an answer.
    const evidenceId = await insertEvidence(t.db, auditId, {
      content: PDF,
      stillCurrentAsked: true,
    });
    const [{ id: actionId }] = await t.db.query(
      `INSERT INTO actions (raised_in_audit_id, organisation_id, indicator_code, description, owner)
       SELECT id, organisation_id, 'P1.1', 'A', 'B' FROM audits WHERE id = $1 RETURNING id`,
      [auditId],
    );
    return { evidenceId, actionId };
  }

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
    // Every role is held in partnership A (agency roles at A1).
    for (const role of ROLES) {
      const user = await t.given.user({ role, ...scopeFor(role, a.id, a1.id) });
      if (role === 'agency_contributor') fixtures.contributorId = user.id;
      if (role === 'board_member') fixtures.boardMemberId = user.id;
      users.set(role, user);
      clients.set(role, await t.as(user));
    }
    const imported = await clients
      .get('platform_admin')!
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(201);
    fixtures.versionId = imported.body.id;
    await t.db.query(
      `INSERT INTO framework_versions (framework_id, version, title, publisher, definition, source_yaml, content_hash)
      SELECT framework_id, '2.0', title, publisher, definition, source_yaml, content_hash FROM framework_versions WHERE id = $1`,
      [fixtures.versionId],
    );
    const cycle = async (partnershipId: string, name: string, opensOn = '2025-01-01') =>
      (
        await t.db.query(
          `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status) VALUES ($1, $2, $3, $4::date, $4::date + interval '2 years', 'open') RETURNING id`,
          [partnershipId, name, fixtures.versionId, opensOn],
        )
      )[0].id as string;
    const ca1 = await cycle(a.id, 'A first');
    // Due when the first opens: a partnership's live cycles may not overlap.
    const ca2 = await cycle(a.id, 'A second', '2023-01-01');
    const cb1 = await cycle(b.id, 'B first');
    const base = (p: string, o: string): Ids => ({
      partnershipId: p,
      organisationId: o,
      frameworkId: 'test-framework',
      version: '1.0',
      indicatorCode: 'P1.1',
      standardCode: 'P1',
    });
    ids.own = { ...base(a.id, a1.id), ...(await auditWithChildren(ca1, a1.id, 'submitted')) };
    ids.draft = { ...base(a.id, a1.id), ...(await auditWithChildren(ca2, a1.id, 'in_progress')) };
    ids.sibling = { ...base(a.id, a2.id), ...(await auditWithChildren(ca1, a2.id, 'submitted')) };
    ids.other = { ...base(b.id, b1.id), ...(await auditWithChildren(cb1, b1.id, 'submitted')) };
    // A failed job in each partnership (the worker leaves failed jobs alone).
    for (const tenant of ['own', 'draft', 'sibling', 'other'] as const) {
      const [{ id }] = await t.db.query(
        `INSERT INTO jobs (kind, partnership_id, cycle_id, status, error) VALUES ('report-pack', $1, $2, 'failed', 'x') RETURNING id`,
        [ids[tenant].partnershipId, ids[tenant].cycleId],
      );
      ids[tenant].jobId = id;
      const [exp] = await t.db.query(
        `INSERT INTO jobs (kind, partnership_id, status, error) VALUES ('partnership-export', $1, 'failed', 'x') RETURNING id`,
        [ids[tenant].partnershipId],
      );
      ids[tenant].exportId = exp.id;
    }
    for (const tenant of ['own', 'draft'] as const) {
      await t.db.query(
        `INSERT INTO assignments (audit_id, user_id, area_code) VALUES ($1, $2, 'P')`,
        [ids[tenant].auditId, fixtures.contributorId],
      );
    }
    // Answers carried forward from a last audit, waiting for confirmation (P1 is the standard).
    for (const tenant of ['own', 'draft', 'sibling', 'other'] as const) {
      await t.db.query(
        `INSERT INTO responses (audit_id, indicator_code, level, commentary, prefilled)
         VALUES ($1, 'P1.1', 2, 'Carried', true), ($1, 'P1.2', 3, 'Carried', true)`,
        [ids[tenant].auditId],
      );
    }
    // A person in each tenant's organisation; the framework version is everyone's.
    ids.own.userId = ids.draft.userId = fixtures.contributorId;
    for (const tenant of ['sibling', 'other'] as const) {
      const user = await t.given.user({
        role: 'agency_contributor',
        organisationId: ids[tenant].organisationId,
      });
      ids[tenant].userId = user.id;
    }
    // An action's owner: the same person in the tenant's organisation.
    for (const tenant of TENANTS) ids[tenant].ownerId = ids[tenant].userId;
    for (const tenant of TENANTS) ids[tenant].frameworkVersionId = fixtures.versionId;
    for (const tenant of TENANTS) ids[tenant].token = NOT_A_LINK;
    // A contributor's membership and account in each tenant's organisation.
    for (const tenant of TENANTS) {
      const member = await t.given.user({
        role: 'agency_contributor',
        organisationId: ids[tenant].organisationId,
      });
      ids[tenant].membershipId = await membershipOf(member.id);
      ids[tenant].accountId = member.id;
    }
    // The platform's version lies inside every partnership; partnership B's own lies outside A.
    const [versionOfB] = await t.db.query(
      `INSERT INTO framework_versions (framework_id, owner_partnership_id, version, title, publisher, definition, source_yaml, content_hash)
      SELECT framework_id, $2, version, title, publisher, definition, source_yaml, content_hash FROM framework_versions WHERE id = $1 RETURNING id`,
      [fixtures.versionId, ids.other.partnershipId],
    );
    ids.other.frameworkVersionId = versionOfB.id;
    // A pending invitation to a board role in each partnership, for someone outside it.
    for (const tenant of TENANTS) {
      const invitee = await t.given.user();
      const [{ id }] = await t.db.query(
        `INSERT INTO memberships (user_id, role, partnership_id, status) VALUES ($1, 'board_member', $2, 'pending')
         ON CONFLICT DO NOTHING RETURNING id`,
        [invitee.id, ids[tenant].partnershipId],
      );
      ids[tenant].invitationId = id;
    }
    // A signed-in session in each tenant, of someone outside it: no role reaches another's
    // session (the owner's path is in account-sessions.e2e.spec.ts).
    for (const tenant of TENANTS) {
      const someone = await t.given.user();
      const [{ id }] = await t.db.query(
        `INSERT INTO sessions (id, user_id, csrf_token, last_seen_at, expires_at)
         VALUES (md5(random()::text), $1, 'x', now(), now() + interval '1 day') RETURNING public_id AS id`,
        [someone.id],
      );
      ids[tenant].sessionId = id;
    }

    // A proposed SSO configuration in each partnership (approving one claims its own domain).
    for (const tenant of ['own', 'other'] as const) {
      const [{ id }] = await t.db.query(
        `INSERT INTO sso_configurations (partnership_id, name, issuer, client_id, client_secret_sealed)
         VALUES ($1, 'Matrix SSO', 'https://idp.test.example', 'matrix', 'v1.sealed') RETURNING id`,
        [ids[tenant].partnershipId],
      );
      await t.db.query(`INSERT INTO sso_domains (configuration_id, domain) VALUES ($1, $2)`, [
        id,
        `matrix-${tenant}.test.example`,
      ]);
      ids[tenant].ssoConfigurationId = id;
    }
    ids.draft.ssoConfigurationId = ids.sibling.ssoConfigurationId = ids.own.ssoConfigurationId;

    for (const scope of ID_SCOPES.filter(namesResource)) {
      const id = ids.own[scope.param];
      if (!id) throw new Error(`the matrix has no ${scope.param} in its fixtures`);
      const [row] = await t.db.query(scope.sql, [id]);
      kinds.set(
        scope.param,
        row.audit_status ? 'audit' : row.organisation_id ? 'organisation' : 'partnership',
      );
    }
    scopedIds = routesOf(t.app, 'api').flatMap((r) =>
      (['body', 'query'] as const).flatMap((from) =>
        (r.ids?.[from] ?? []).map((path) => ({
          route: r.name.replace(/:(\w+)/g, '{$1}'),
          from,
          path,
          within: r.ids?.within,
        })),
      ),
    );
  });
  afterAll(() => t.close());

  function scopeFor(role: Role, partnershipId: string, organisationId: string) {
    if (role === 'platform_admin') return {};
    if (role === 'partnership_admin' || role === 'board_member') return { partnershipId };
    return { organisationId };
  }

  it('has a rule for every route the app serves, and no rule for a route it does not', () => {
    expect([...routes].sort()).toEqual(Object.keys(RULES).sort());
  });

  /**
   * What a route's resource is, from the registry: its most specific scoped path parameter
   * (the last, as the guard takes it) and what that id's declared SQL finds for it.
   */
  const kindOf = (route: string): Kind => {
    const scoped = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => kinds.has(p));
    return scoped.length ? kinds.get(scoped[scoped.length - 1])! : 'none';
  };
  const tenantsOf = (route: string): Tenant[] =>
    ({
      audit: ['own', 'draft', 'sibling', 'other'],
      organisation: ['own', 'sibling', 'other'],
      partnership: ['own', 'other'],
      none: ['own'],
    })[kindOf(route)] as Tenant[];
  const url = (route: string, tenant: Tenant, override: Ids = {}) =>
    route
      .split(' ')[1]
      .replace(/\{(\w+)\}/g, (_, name: string) => override[name] ?? ids[tenant][name]) +
    (route.endsWith('/diff') ? '?from=1.0&to=2.0' : '') +
    (route.endsWith('/sso/start') ? '?email=matrix%40nowhere.test.example' : '');

  /** The status the policy says this role gets on this route for this tenant. */
  function expected(route: string, rule: Rule, role: Role, tenant: Tenant): number | number[] {
    if (rule.allow === 'public' || rule.allow === 'signed-in' || rule.allow === 'own')
      return rule.ok;
    const allowed = rule.allow.includes(role);
    const kind = kindOf(route);
    if (kind === 'none' || role === 'platform_admin') {
      if (!allowed) return 403;
      return kind === 'audit' && tenant === 'draft' ? 403 : rule.ok;
    }
    const agencyRole = role === 'agency_lead' || role === 'agency_contributor';
    // Visible: in the role's partnership (board roles); the role's own organisation, its
    // audits and its partnership (agency roles).
    const visible = agencyRole
      ? tenant === 'own' || tenant === 'draft' || (kind === 'partnership' && tenant !== 'other')
      : tenant !== 'other';
    if (!visible) return 404;
    if (!allowed) return 403;
    if (kind === 'audit' && tenant === 'draft' && !agencyRole) return 403; // drafts are the agency's alone
    return rule.ok;
  }

  async function send(client: Client, route: string, rule: Rule, tenant: Tenant) {
    const method = route.split(' ')[0];
    let override: Ids = {};
    if (rule.fresh === 'membership') {
      const member = await t.given.user({
        role: 'agency_contributor',
        organisationId: ids[tenant].organisationId,
      });
      override = { membershipId: await membershipOf(member.id) };
    } else if (rule.fresh === 'invitation') {
      const invitee = await t.given.user();
      const [{ id }] = await t.db.query(
        `INSERT INTO memberships (user_id, role, organisation_id, status) VALUES ($1, 'agency_contributor', $2, 'pending') RETURNING id`,
        [invitee.id, ids[tenant].organisationId],
      );
      override = { membershipId: id };
    } else if (rule.fresh === 'ssoConfiguration') {
      const [{ id }] = await t.db.query(
        `INSERT INTO sso_configurations (partnership_id, name, issuer, client_id, client_secret_sealed)
         VALUES ($1, 'Matrix SSO to withdraw', 'https://idp.test.example', 'matrix', 'v1.sealed') RETURNING id`,
        [ids[tenant].partnershipId],
      );
      override = { ssoConfigurationId: id };
    } else if (rule.fresh) {
      const made = await makeChildren(ids[tenant].auditId);
      override = { [`${rule.fresh}Id`]: made[`${rule.fresh}Id`] };
    }
    const path = url(route, tenant, override);
    if (rule.upload) {
      return client.agent
        .post(path)
        .set('X-CSRF-Token', client.csrf)
        .field('indicatorCode', 'P1.1')
        .attach('file', PDF, { filename: 'e.pdf' });
    }
    // A fresh resource replaces the tenant's in the body too.
    return client.call(method, path, rule.body?.(++seq, { ...ids[tenant], ...override }));
  }

  /** Workflow routes move audits along; each route starts from the same states. */
  async function resetStates() {
    await t.db.query(`UPDATE audits SET status = 'submitted' WHERE id = ANY($1::uuid[])`, [
      [ids.own.auditId, ids.sibling.auditId, ids.other.auditId],
    ]);
    await t.db.query(`UPDATE audits SET status = 'in_progress' WHERE id = $1`, [ids.draft.auditId]);
    await t.db.query(`UPDATE challenges SET status = 'open'`);
    // Public routes that count like sign-ins each start with the throttle's counters empty.
    await t.db.query('DELETE FROM sign_in_throttles');
  }

  it.each(Object.keys(RULES))('%s: every role, every tenant, the exact status', async (route) => {
    const rule = RULES[route];
    const failures: string[] = [];
    await resetStates();
    for (const role of ROLES) {
      for (const tenant of tenantsOf(route)) {
        const want = expected(route, rule, role, tenant);
        const res = await send(clients.get(role)!, route, rule, tenant);
        const ok = Array.isArray(want) ? want.includes(res.status) : res.status === want;
        if (!ok)
          failures.push(
            `${role} on ${tenant}: got ${res.status}, want ${JSON.stringify(want)} ${JSON.stringify(res.body)}`,
          );
        if (route === 'POST /api/auth/logout') clients.set(role, await t.as(users.get(role)!));
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(Object.keys(RULES).filter((r) => RULES[r].allow !== 'public'))(
    '%s: 401 when not signed in',
    async (route) => {
      const c = t.client();
      await c.fetchCsrf();
      const res = await send(c, route, RULES[route], 'own');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        statusCode: 401,
        code: 'NOT_SIGNED_IN',
        error: 'Unauthorized',
        message: 'sign in to continue',
      });
    },
  );

  it('answers a resource that does not exist with 404 for a role that could see it', async () => {
    const admin = clients.get('platform_admin')!;
    for (const path of ['partnerships', 'organisations', 'cycles', 'audits', 'evidence']) {
      await admin.get(`/api/${path}/00000000-0000-4000-8000-000000000000`).expect(404);
    }
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

  it('covers every declared id: each names a route resource, or a body or query id', () => {
    const named = new Set([
      ...routes.flatMap((r) => [...r.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
      ...scopedIds.map((s) => idNameOf(s.path)),
    ]);
    expect(ID_SCOPES.map((s) => s.param).filter((p) => !named.has(p))).toEqual([]);
    expect(scopedIds.length).toBeGreaterThan(0);
  });

  /** A copy of a body (or a query) with the id at `path` (`a[].b`: in every item) set. */
  function withId(value: object | undefined, path: string, id: string): Record<string, unknown> {
    const [head, ...rest] = path.split('.');
    const copy: Record<string, unknown> = { ...(value ?? {}) };
    const key = head.replace(/\[\]$/, '');
    if (head.endsWith('[]')) {
      copy[key] = (copy[key] as object[]).map((item) => withId(item, rest.join('.'), id));
    } else copy[key] = rest.length ? withId(copy[key] as object, rest.join('.'), id) : id;
    return copy;
  }

  /** The route called by this role on its own tenant, with the declared id set to `id`. */
  async function sendWithId(
    role: Role,
    s: { route: string; from: 'body' | 'query'; path: string },
    id: string,
  ) {
    const rule = RULES[s.route];
    const method = s.route.split(' ')[0];
    const path = url(s.route, 'own');
    const body = rule.body?.(++seq, ids.own);
    const client = clients.get(role)!;
    if (s.from === 'body') return client.call(method, path, withId(body, s.path, id));
    const query = new URLSearchParams(withId({}, s.path, id) as Record<string, string>);
    return client.call(method, `${path}${path.includes('?') ? '&' : '?'}${query}`, body);
  }

  it('answers a body or query id outside the route resource with 404, a malformed one with 400', async () => {
    const failures: string[] = [];
    await resetStates();
    for (const s of scopedIds) {
      const rule = RULES[s.route];
      if (!Array.isArray(rule.allow)) throw new Error(`${s.route} names ids but has no roles`);
      const name = idNameOf(s.path);
      const global = ID_SCOPES.find((d) => d.param === name)!.global;
      // Outside the route's resource: another partnership, and a sibling organisation when
      // the resource is an organisation or something of one; for a shared resource, an id
      // that does not exist.
      // Ids that lie in the route resource's partnership (a board member for an audit): the
      // sibling organisation is inside; inside, the route's own body names one that fits.
      const organisational =
        ['audit', 'organisation'].includes(kindOf(s.route)) && s.within !== 'partnership';
      const outside: [string, string][] = global
        ? [['nowhere', NOWHERE]]
        : [
            ['other', ids.other[name]],
            ...(organisational ? [['sibling', ids.sibling[name]] as [string, string]] : []),
            ['nowhere', NOWHERE],
          ];
      for (const role of rule.allow) {
        const inside =
          s.within === 'partnership'
            ? await sendWithId(
                role,
                s,
                valuesAt(rule.body?.(0, ids.own), s.path)[0].value as string,
              )
            : await sendWithId(role, s, ids.own[name]);
        const okStatuses = [rule.ok].flat();
        if (!okStatuses.includes(inside.status))
          failures.push(
            `${s.route} as ${role}, own ${s.path}: got ${inside.status}, want ${okStatuses}`,
          );
        for (const [where, id] of outside) {
          const res = await sendWithId(role, s, id);
          if (res.status !== 404)
            failures.push(`${s.route} as ${role}, ${where} ${s.path}: got ${res.status}, want 404`);
        }
        const bad = await sendWithId(role, s, 'not-a-uuid');
        const fields = (bad.body.details ?? []).map((d: { field: string }) => d.field);
        const field = s.path.replace(/\[\]/g, '.0');
        if (bad.status !== 400 || !fields.includes(field))
          failures.push(
            `${s.route} as ${role}, malformed ${s.path}: got ${bad.status} ${JSON.stringify(fields)}, want 400 naming ${field}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
