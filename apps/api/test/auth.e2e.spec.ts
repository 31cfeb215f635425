import request from 'supertest';
import { startTestApp, type TestApp, type TestUser } from './test-app';

describe('auth', () => {
  let t: TestApp;
  let lead: TestUser;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '30' });
    const p = await t.given.partnership();
    orgId = (await t.given.organisation({ partnershipId: p.id })).id;
    lead = await t.given.user({ role: 'agency_lead', organisationId: orgId });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('signs in, sets an httpOnly SameSite session cookie and a readable CSRF cookie', async () => {
      const c = t.client();
      await c.fetchCsrf();
      const res = await c.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', c.csrf)
        .send({ email: lead.email.toUpperCase(), password: lead.password })
        .expect(200);
      expect(res.body).toMatchObject({ id: lead.id, email: lead.email });
      expect(res.body.memberships).toEqual([
        expect.objectContaining({
          role: 'agency_lead',
          organisationId: orgId,
          partnershipId: null,
        }),
      ]);
      const cookies = res.headers['set-cookie'] as unknown as string[];
      const session = cookies.find((x) => x.startsWith('pies_session='))!;
      const csrf = cookies.find((x) => x.startsWith('pies_csrf='))!;
      expect(session).toMatch(/HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      expect(session).toMatch(/Path=\//);
      expect(csrf).not.toMatch(/HttpOnly/i);
      expect(csrf).toContain(`pies_csrf=${res.body.csrfToken}`);
      // The token in the table is a hash, not the cookie value.
      const token = session.split(';')[0].split('=')[1];
      const rows = await t.db.query('SELECT id FROM sessions WHERE user_id = $1', [lead.id]);
      expect(rows.map((r: { id: string }) => r.id)).not.toContain(token);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const c = t.client();
      await c.fetchCsrf();
      const wrong = await c.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', c.csrf)
        .send({ email: lead.email, password: 'not the password' })
        .expect(401);
      const unknown = await c.agent
        .post('/api/auth/login')
        .set('X-CSRF-Token', c.csrf)
        .send({ email: 'nobody@test.example', password: 'not the password' })
        .expect(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body).toEqual({
        statusCode: 401,
        code: 'CREDENTIALS_INVALID',
        error: 'Unauthorized',
        message: 'email or password is not right',
      });
      expect(wrong.headers['set-cookie']?.toString() ?? '').not.toContain('pies_session=');
      await t.db.query('DELETE FROM sign_in_throttles');
    });

    it('rejects a malformed login with 400 naming the field', async () => {
      const c = t.client();
      await c.fetchCsrf();
      const res = await c
        .post('/api/auth/login', { email: 'not-an-email', password: 42 })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'email',
        'password',
      ]);
    });

    it('refuses a disabled account like a wrong password', async () => {
      const u = await t.given.user({ role: 'agency_contributor', organisationId: orgId });
      await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [u.id]);
      const c = t.client();
      await c.fetchCsrf();
      await c.post('/api/auth/login', { email: u.email, password: u.password }).expect(401);
      await t.db.query('DELETE FROM sign_in_throttles');
    });
  });

  // Sign-in throttling: sign-in-throttle.e2e.spec.ts.

  describe('sessions', () => {
    it('returns the signed-in user from /me and forgets them after logout', async () => {
      const c = await t.as(lead);
      const me = await c.get('/api/auth/me').expect(200);
      expect(me.body).toMatchObject({ id: lead.id, email: lead.email, csrfToken: c.csrf });
      const sessions = async () =>
        (
          await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [lead.id])
        )[0].n;
      const before = await sessions();
      const out = await c.post('/api/auth/logout').expect(204);
      expect(out.headers['set-cookie']?.toString()).toMatch(/pies_session=;/);
      expect(await sessions()).toBe(before - 1);
      await c.get('/api/auth/me').expect(401);
    });

    it('ends a session at its absolute expiry', async () => {
      const c = await t.as(lead);
      await c.get('/api/auth/me').expect(200);
      await t.db.query(
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [lead.id],
      );
      const res = await c.get('/api/auth/me').expect(401);
      expect(res.body).toEqual({
        statusCode: 401,
        code: 'NOT_SIGNED_IN',
        error: 'Unauthorized',
        message: 'sign in to continue',
      });
    });

    it('ends a session left idle longer than the idle timeout, and keeps an active one alive', async () => {
      const c = await t.as(lead);
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`,
        [lead.id],
      );
      await c.get('/api/auth/me').expect(200); // activity refreshes last_seen_at
      const [{ idle }] = await t.db.query(
        `SELECT max(now() - last_seen_at) < interval '1 minute' AS idle FROM sessions WHERE user_id = $1`,
        [lead.id],
      );
      expect(idle).toBe(true);
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
        [lead.id],
      );
      await c.get('/api/auth/me').expect(401);
    });

    it('marks many sessions seen at once, each at most once a minute', async () => {
      const other = await t.given.user({ role: 'agency_lead', organisationId: orgId });
      // Signed in one after another: sign-ins in flight at once count against the sign-in limits.
      const clients = [];
      for (const u of [lead, other]) for (let i = 0; i < 6; i++) clients.push(await t.as(u));
      const users = [lead.id, other.id];
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = ANY($1)`,
        [users],
      );
      // One session seen 30 seconds ago: not rewritten until its minute is up.
      await t.db.query(
        `UPDATE sessions SET last_seen_at = now() - interval '30 seconds'
          WHERE id = (SELECT id FROM sessions WHERE user_id = $1 ORDER BY id LIMIT 1)`,
        [other.id],
      );
      // Concurrent requests share lookup batches (and the statement that marks them seen).
      for (let round = 0; round < 2; round++)
        await Promise.all(clients.map((c) => c.get('/api/auth/me').expect(200)));
      const seen: { recent: number; kept: number }[] = await t.db.query(
        `SELECT count(*) FILTER (WHERE now() - last_seen_at < interval '10 seconds')::int AS recent,
                count(*) FILTER (WHERE now() - last_seen_at BETWEEN interval '30 seconds'
                                                               AND interval '1 minute')::int AS kept
           FROM sessions WHERE user_id = ANY($1) AND last_seen_at > now() - interval '20 minutes'`,
        [users],
      );
      expect(seen[0]).toEqual({ recent: 11, kept: 1 });
    });

    it('rejects a forged session cookie', async () => {
      await request(t.server)
        .get('/api/auth/me')
        .set('Cookie', 'pies_session=forged-token')
        .expect(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the CSRF header', async () => {
      const c = await t.as(lead);
      const res = await c.agent.post(`/api/organisations/${orgId}/members`).send({}).expect(403);
      expect(res.body.code).toBe('CSRF_TOKEN_INVALID');
    });

    it('refuses a header that does not match the cookie', async () => {
      const c = await t.as(lead);
      await c.agent
        .post(`/api/organisations/${orgId}/members`)
        .set('X-CSRF-Token', 'guess')
        .send({})
        .expect(403);
    });

    it("refuses another session's token even when cookie and header agree", async () => {
      const attacker = await t.as(
        await t.given.user({ role: 'agency_lead', organisationId: orgId }),
      );
      const victim = await t.as(lead);
      const res = await victim.agent
        .post(`/api/organisations/${orgId}/members`)
        .set('Cookie', `pies_csrf=${attacker.csrf}`)
        .set('X-CSRF-Token', attacker.csrf)
        .send({
          email: 'x@test.example',
          name: 'X',
          password: 'long enough password',
          role: 'agency_contributor',
        })
        .expect(403);
      expect(res.body.code).toBe('CSRF_TOKEN_INVALID');
    });

    it('refuses login without a CSRF token (login CSRF)', async () => {
      await request(t.server)
        .post('/api/auth/login')
        .send({ email: lead.email, password: lead.password })
        .expect(403);
    });

    it('lets reads through without a token', async () => {
      const c = await t.as(lead);
      await c.agent.get('/api/auth/me').expect(200);
    });
  });
});
