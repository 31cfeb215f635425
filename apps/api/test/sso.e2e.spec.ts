import request from 'supertest';
import { startOidcTestProvider, type OidcTestProvider } from './oidc-test-provider';
import { linkToken, startTestApp, type Client, type TestApp, type TestUser } from './test-app';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider, in its own process),
 * through the app's own routes: the test plays the browser, following each redirect.
 */
describe('single sign-on', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let platform: Client;
  let partnershipAdmin: Client;
  let partnershipId: string;
  let otherPartnershipId: string;
  let organisationId: string;
  let alice: TestUser;
  let riversideId: string;
  const PUBLIC_URL = 'http://pies.test';

  /** A configuration body for the test provider. */
  const body = (domains: string[], extra: object = {}) => ({
    name: `Config for ${domains.join(', ')}`,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    domains,
    ...extra,
  });

  /**
   * A browser's SSO sign-in: start with `email`, sign in at the provider as `sub`, come back
   * (after `beforeCallback`, which may tamper). The callback's answer, and the browser.
   */
  async function signIn(
    email: string,
    sub: string,
    opts: {
      beforeCallback?: (query: URLSearchParams) => Promise<void> | void;
      browser?: Client;
    } = {},
  ) {
    const browser = t.client();
    const start = await browser.get(`/api/auth/sso/start?email=${encodeURIComponent(email)}`);
    expect(start.status).toBe(302);
    const authUrl = new URL(start.headers.location);
    expect(authUrl.origin).toBe(idp.issuer);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/sso/callback`);
    const at = request.agent(idp.issuer);
    let res = await at.get(authUrl.pathname + authUrl.search);
    expect(res.status).toBe(303);
    const interaction = res.headers.location;
    expect(interaction).toMatch(/^\/interaction\//);
    await at.get(interaction).expect(200);
    res = await at.post(`${interaction}/login`).type('form').send({ login: sub });
    expect(res.status).toBe(303);
    const resume = new URL(res.headers.location, idp.issuer);
    res = await at.get(resume.pathname + resume.search);
    expect(res.status).toBe(303);
    const back = new URL(res.headers.location);
    expect(`${back.origin}${back.pathname}`).toBe(`${PUBLIC_URL}/api/auth/sso/callback`);
    await opts.beforeCallback?.(back.searchParams);
    const callback = await (opts.browser ?? browser).get(
      `/api/auth/sso/callback?${back.searchParams}`,
    );
    return { browser: opts.browser ?? browser, callback };
  }

  const refusedWith = (res: request.Response, reason: string) => {
    expect([res.status, res.headers.location]).toEqual([302, `/sign-in/problem?reason=${reason}`]);
  };

  const passwordLogin = async (user: { email: string; password: string }) => {
    const c = t.client();
    await c.fetchCsrf();
    return c.post('/api/auth/login', { email: user.email, password: user.password });
  };

  beforeAll(async () => {
    idp = await startOidcTestProvider(`${PUBLIC_URL}/api/auth/sso/callback`);
    t = await startTestApp({ SSO_ALLOW_HTTP_ISSUER: 'true', PUBLIC_URL });
    partnershipId = (await t.given.partnership()).id;
    otherPartnershipId = (await t.given.partnership()).id;
    organisationId = (await t.given.organisation({ partnershipId })).id;
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    partnershipAdmin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId }));
    alice = await t.given.user({
      role: 'agency_lead',
      organisationId,
      email: 'alice@riverside.test',
    });
    const made = await platform
      .post(
        `/api/partnerships/${partnershipId}/sso-configurations`,
        body(['riverside.test'], { ssoOnly: true }),
      )
      .expect(201);
    riversideId = made.body.id;
    await idp.setAccounts({
      'alice-sub': { email: 'alice@riverside.test', email_verified: true },
      'nobody-sub': { email: 'nobody@riverside.test' },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await idp?.stop();
  });

  describe('configurations', () => {
    it("a platform admin's is approved at once; the secret is sealed and never returned", async () => {
      const list = await platform.get('/api/sso-configurations').expect(200);
      const mine = list.body.find((c: { id: string }) => c.id === riversideId);
      expect(mine).toMatchObject({
        partnershipId,
        issuer: idp.issuer,
        clientId: idp.clientId,
        hasSecret: true,
        domains: ['riverside.test'],
        ssoOnly: true,
        status: 'approved',
      });
      expect(mine).not.toHaveProperty('clientSecret');
      expect(JSON.stringify(list.body)).not.toContain(idp.clientSecret);
      const [row] = await t.db.query(
        'SELECT client_secret_sealed FROM sso_configurations WHERE id = $1',
        [riversideId],
      );
      expect(row.client_secret_sealed).toMatch(/^v1\./);
      expect(row.client_secret_sealed).not.toContain(idp.clientSecret);
    });

    it("a partnership admin's proposal takes no effect until a platform admin approves it", async () => {
      const proposed = await partnershipAdmin
        .post(`/api/partnerships/${partnershipId}/sso-configurations`, body(['proposed.test']))
        .expect(201);
      expect(proposed.body).toMatchObject({ status: 'proposed', hasSecret: true });
      expect(JSON.stringify(proposed.body)).not.toContain(idp.clientSecret);
      const id = proposed.body.id;
      const c = t.client();
      await c.fetchCsrf();
      const before = await c
        .post('/api/auth/sso/discover', { email: 'x@proposed.test' })
        .expect(200);
      expect(before.body).toEqual({ sso: false });
      refusedWith(await c.get('/api/auth/sso/start?email=x%40proposed.test'), 'not-configured');
      // Never by a partnership admin alone.
      const refused = await partnershipAdmin.post(`/api/sso-configurations/${id}/approve`);
      expect([refused.status, refused.body.code]).toEqual([403, 'ROLE_REQUIRED']);
      const edit = await partnershipAdmin.patch(`/api/sso-configurations/${id}`, { ssoOnly: true });
      expect(edit.status).toBe(403);
      const approved = await platform.post(`/api/sso-configurations/${id}/approve`).expect(200);
      expect(approved.body).toMatchObject({ status: 'approved', domains: ['proposed.test'] });
      const after = await c
        .post('/api/auth/sso/discover', { email: 'x@proposed.test' })
        .expect(200);
      expect(after.body).toEqual({ sso: true });
      const listed = await partnershipAdmin
        .get(`/api/partnerships/${partnershipId}/sso-configurations`)
        .expect(200);
      expect(listed.body.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([id]));
      const events = await t.db.query(
        `SELECT kind FROM audit_events WHERE subject = $1 ORDER BY id`,
        [`sso-configuration:${id}`],
      );
      expect(events.map((e: { kind: string }) => e.kind)).toEqual([
        'sso.configuration.proposed',
        'sso.configuration.approved',
      ]);
    });

    it('claims a domain for one approved configuration across the platform', async () => {
      const other = await partnershipAdmin
        .post(`/api/partnerships/${partnershipId}/sso-configurations`, body(['riverside.test']))
        .expect(201);
      const res = await platform.post(`/api/sso-configurations/${other.body.id}/approve`);
      expect([res.status, res.body.code, res.body.details]).toEqual([
        409,
        'SSO_DOMAIN_CLAIMED',
        { domains: ['riverside.test'] },
      ]);
      const direct = await platform.post(
        `/api/partnerships/${otherPartnershipId}/sso-configurations`,
        body(['riverside.test']),
      );
      expect([direct.status, direct.body.code]).toEqual([409, 'SSO_DOMAIN_CLAIMED']);
    });

    it('withdraws a configuration: its domain signs in with passwords again, and is free to claim', async () => {
      const made = await platform
        .post(
          `/api/partnerships/${partnershipId}/sso-configurations`,
          body(['withdrawn.test'], { ssoOnly: true }),
        )
        .expect(201);
      const id = made.body.id as string;
      const bob = await t.given.user({
        role: 'agency_lead',
        organisationId,
        email: 'bob@withdrawn.test',
      });
      const refused = await passwordLogin(bob);
      expect([refused.status, refused.body.code]).toEqual([403, 'SSO_REQUIRED']);
      // Only by a platform admin.
      const notTheirs = await partnershipAdmin.delete(`/api/sso-configurations/${id}`);
      expect([notTheirs.status, notTheirs.body.code]).toEqual([403, 'ROLE_REQUIRED']);
      await platform.delete(`/api/sso-configurations/${id}`).expect(204);
      const again = await platform.delete(`/api/sso-configurations/${id}`);
      expect([again.status, again.body.code]).toEqual([404, 'RESOURCE_NOT_FOUND']);
      const c = t.client();
      await c.fetchCsrf();
      const discover = await c.post('/api/auth/sso/discover', { email: bob.email }).expect(200);
      expect(discover.body).toEqual({ sso: false });
      expect((await passwordLogin(bob)).status).toBe(200);
      const listed = await platform.get('/api/sso-configurations').expect(200);
      expect(listed.body.map((x: { id: string }) => x.id)).not.toContain(id);
      const events = await t.db.query(
        `SELECT kind, before->>'name' AS name FROM audit_events WHERE subject = $1 ORDER BY id`,
        [`sso-configuration:${id}`],
      );
      expect(events.at(-1)).toEqual({ kind: 'sso.configuration.withdrawn', name: made.body.name });
      await platform
        .post(
          `/api/partnerships/${otherPartnershipId}/sso-configurations`,
          body(['withdrawn.test']),
        )
        .expect(201);
    });

    it('replaces the secret through an edit, never returning it nor writing it to the trail', async () => {
      const newSecret = 'a replaced secret that must stay hidden';
      const res = await platform
        .patch(`/api/sso-configurations/${riversideId}`, {
          clientSecret: newSecret,
          name: 'Riverside',
        })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Riverside', hasSecret: true, status: 'approved' });
      expect(JSON.stringify(res.body)).not.toContain(newSecret);
      const [{ sealed }] = await t.db.query(
        'SELECT client_secret_sealed AS sealed FROM sso_configurations WHERE id = $1',
        [riversideId],
      );
      const trail = JSON.stringify(await t.db.query('SELECT before, after FROM audit_events'));
      for (const secret of [newSecret, idp.clientSecret, sealed])
        expect(trail).not.toContain(secret);
      // Put the right secret back for the sign-ins below.
      await platform
        .patch(`/api/sso-configurations/${riversideId}`, { clientSecret: idp.clientSecret })
        .expect(200);
    });

    it('answers bad input with a 400 naming the field', async () => {
      const cases: [object, string][] = [
        [body(['riverside.test'], { issuer: 'ftp://idp.test' }), 'issuer'],
        [
          body(['riverside.test'], { issuer: 'https://login.microsoftonline.com/common/v2.0' }),
          'issuer',
        ],
        [body(['not a domain']), 'domains'],
        [body([]), 'domains'],
        [body(['a.test'], { clientSecret: '' }), 'clientSecret'],
        [body(['a.test'], { clientId: undefined }), 'clientId'],
        [body(['a.test'], { ssoOnly: 'yes' }), 'ssoOnly'],
      ];
      for (const [b, field] of cases) {
        const res = await platform.post(`/api/partnerships/${partnershipId}/sso-configurations`, b);
        const fields = (res.body.details ?? []).map(
          (d: { field: string }) => d.field.split('.')[0],
        );
        expect([field, res.status, fields]).toEqual([field, 400, [field]]);
      }
      const entra = await platform.post(
        `/api/partnerships/${partnershipId}/sso-configurations`,
        body(['a.test'], { issuer: 'https://login.microsoftonline.com/organizations/v2.0' }),
      );
      expect(entra.body.details[0].problems[0].code).toBe('issuerNotTenantSpecific');
      const c = t.client();
      await c.fetchCsrf();
      const discover = await c.post('/api/auth/sso/discover', { email: 'not an email' });
      expect([discover.status, discover.body.details[0].field]).toEqual([400, 'email']);
      const start = await c.get('/api/auth/sso/start?email=nope');
      expect([start.status, start.body.details[0].field]).toEqual([400, 'email']);
    });
  });

  describe('discovery', () => {
    it('says whether the domain signs in with SSO, not whether an account exists', async () => {
      const c = t.client();
      await c.fetchCsrf();
      const known = await c.post('/api/auth/sso/discover', { email: alice.email }).expect(200);
      const unknown = await c
        .post('/api/auth/sso/discover', { email: 'no-such-person@riverside.test' })
        .expect(200);
      expect(known.body).toEqual({ sso: true });
      expect(unknown.body).toEqual(known.body);
      const elsewhere = await c
        .post('/api/auth/sso/discover', { email: 'a@elsewhere.test' })
        .expect(200);
      expect(elsewhere.body).toEqual({ sso: false });
    });
  });

  describe('sign-in', () => {
    it('links the account by email the first time (audited), then signs in by sub alone', async () => {
      const first = await signIn(alice.email, 'alice-sub');
      expect([first.callback.status, first.callback.headers.location]).toEqual([302, '/']);
      const me = await first.browser.get('/api/auth/me').expect(200);
      expect(me.body).toMatchObject({ id: alice.id, email: alice.email });
      const identities = await t.db.query(
        'SELECT user_id, configuration_id, issuer, subject FROM sso_identities',
      );
      expect(identities).toEqual([
        {
          user_id: alice.id,
          configuration_id: riversideId,
          issuer: idp.issuer,
          subject: 'alice-sub',
        },
      ]);
      const [linked] = await t.db.query(
        `SELECT actor_id, after FROM audit_events WHERE person_id = $1 AND kind = 'sso.identity.linked'`,
        [alice.id],
      );
      expect(linked).toEqual({
        actor_id: alice.id,
        after: { issuer: idp.issuer, subject: 'alice-sub', email: alice.email },
      });
      // The provider now gives another email: the account is still found by (iss, sub).
      await idp.setAccounts({ 'alice-sub': { email: 'alice.renamed@elsewhere.test' } });
      const second = await signIn(alice.email, 'alice-sub');
      expect(second.callback.headers.location).toBe('/');
      const again = await second.browser.get('/api/auth/me').expect(200);
      expect(again.body.id).toBe(alice.id);
      const links = await t.db.query(
        `SELECT 1 FROM audit_events WHERE person_id = $1 AND kind = 'sso.identity.linked'`,
        [alice.id],
      );
      expect(links).toHaveLength(1);
      await idp.setAccounts({ 'alice-sub': { email: alice.email, email_verified: true } });
    });

    it('refuses a state that is not the one sent, and a callback in another browser', async () => {
      const wrong = await signIn(alice.email, 'alice-sub', {
        beforeCallback: (q) => q.set('state', `${q.get('state')}x`),
      });
      refusedWith(wrong.callback, 'state');
      expect((await wrong.browser.get('/api/auth/me')).status).toBe(401);
      const elsewhere = await signIn(alice.email, 'alice-sub', { browser: t.client() });
      refusedWith(elsewhere.callback, 'state');
      expect((await elsewhere.browser.get('/api/auth/me')).status).toBe(401);
    });

    it('refuses a state used once already', async () => {
      let query = '';
      const first = await signIn(alice.email, 'alice-sub', {
        beforeCallback: (q) => void (query = q.toString()),
      });
      expect(first.callback.headers.location).toBe('/');
      refusedWith(await first.browser.get(`/api/auth/sso/callback?${query}`), 'state');
    });

    it('refuses an ID token whose nonce is not the one sent', async () => {
      const res = await signIn(alice.email, 'alice-sub', {
        beforeCallback: () => t.db.query(`UPDATE sso_sign_ins SET nonce = 'not-the-nonce-sent'`),
      });
      refusedWith(res.callback, 'nonce');
      expect((await res.browser.get('/api/auth/me')).status).toBe(401);
    });

    it('refuses an email with no account or invitation', async () => {
      refusedWith((await signIn('nobody@riverside.test', 'nobody-sub')).callback, 'no-account');
    });

    it('refuses a disabled account', async () => {
      const dave = await t.given.user({
        role: 'agency_contributor',
        organisationId,
        email: 'dave@riverside.test',
      });
      await idp.setAccounts({ 'dave-sub': { email: dave.email } });
      await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [dave.id]);
      refusedWith((await signIn(dave.email, 'dave-sub')).callback, 'disabled');
    });

    it('refuses an email whose domain another configuration claims', async () => {
      await platform
        .post(
          `/api/partnerships/${otherPartnershipId}/sso-configurations`,
          body(['eastfield.test']),
        )
        .expect(201);
      const carol = await t.given.user({ email: 'carol@eastfield.test' });
      await idp.setAccounts({ 'carol-sub': { email: carol.email } });
      // Started through Riverside's configuration; the provider answers with an Eastfield email.
      refusedWith((await signIn('carol@riverside.test', 'carol-sub')).callback, 'organisation');
      expect(
        await t.db.query('SELECT 1 FROM sso_identities WHERE user_id = $1', [carol.id]),
      ).toEqual([]);
    });

    it("sends the provider's own refusal to the problem page", async () => {
      const browser = t.client();
      const start = await browser.get(
        `/api/auth/sso/start?email=${encodeURIComponent(alice.email)}`,
      );
      const state = new URL(start.headers.location).searchParams.get('state')!;
      refusedWith(
        await browser.get(`/api/auth/sso/callback?error=access_denied&state=${state}`),
        'provider',
      );
    });
  });

  describe('SSO-only domains', () => {
    it('refuses password sign-in, password reset requests and passwords from invitations', async () => {
      const login = await passwordLogin(alice);
      expect([login.status, login.body.code]).toEqual([403, 'SSO_REQUIRED']);
      const c = t.client();
      await c.fetchCsrf();
      const reset = await c.post('/api/auth/password-reset', { email: alice.email });
      expect([reset.status, reset.body.code]).toEqual([403, 'SSO_REQUIRED']);
      await partnershipAdmin
        .post(`/api/organisations/${organisationId}/members`, {
          email: 'erin@riverside.test',
          name: 'Erin',
          role: 'agency_contributor',
        })
        .expect(202);
      const mail = await t.mailTo('erin@riverside.test');
      const set = await c.post('/api/auth/invitation', {
        token: linkToken(mail!),
        password: 'a long enough password for erin',
      });
      expect([set.status, set.body.code]).toEqual([403, 'SSO_REQUIRED']);
      const [erin] = await t.db.query(
        `SELECT password_hash FROM users WHERE email = 'erin@riverside.test'`,
      );
      expect(erin.password_hash).toBeNull();
      // The invitation is answered by signing in with SSO instead.
      await idp.setAccounts({ 'erin-sub': { email: 'erin@riverside.test' } });
      const sso = await signIn('erin@riverside.test', 'erin-sub');
      expect(sso.callback.headers.location).toBe('/invitations');
      const offered = await sso.browser.get('/api/invitations').expect(200);
      expect(offered.body).toHaveLength(1);
    });

    it('never applies to a platform admin', async () => {
      const root = await t.given.user({ role: 'platform_admin', email: 'root@riverside.test' });
      expect((await passwordLogin(root)).status).toBe(200);
    });

    it('leaves other domains, and domains of configurations not SSO-only, to passwords', async () => {
      const pat = await t.given.user({
        role: 'agency_lead',
        organisationId,
        email: 'pat@proposed.test',
      });
      expect((await passwordLogin(pat)).status).toBe(200);
    });
  });
});
