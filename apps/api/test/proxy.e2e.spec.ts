import { startTestApp, type TestApp } from './test-app';

/** Client addresses (kept with each session and counted by the sign-in limits) behind a proxy. */
describe.each([
  { trust: '', expected: '127.0.0.1', why: 'the socket peer: nothing is trusted' },
  { trust: 'loopback', expected: '203.0.113.7', why: 'what the trusted proxy saw' },
  { trust: '10.0.0.0/8', expected: '127.0.0.1', why: 'the peer is not a trusted proxy' },
])('TRUST_PROXY="$trust"', ({ trust, expected, why }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: trust });
  });
  afterAll(() => t.close());

  it(`records ${why}`, async () => {
    const p = await t.given.partnership();
    const org = await t.given.organisation({ partnershipId: p.id });
    const user = await t.given.user({ role: 'agency_lead', organisationId: org.id });
    const c = t.client();
    await c.fetchCsrf();
    // A failure counts against the same address as the session keeps.
    await c.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', c.csrf)
      .set('X-Forwarded-For', '198.51.100.1, 203.0.113.7')
      .send({ email: user.email, password: 'wrong' })
      .expect(401);
    await c.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', c.csrf)
      // A spoofed entry from the client, then the address the proxy saw it come from.
      .set('X-Forwarded-For', '198.51.100.1, 203.0.113.7')
      .send({ email: user.email, password: user.password })
      .expect(200);
    const [row] = await t.db.query('SELECT ip FROM sessions WHERE user_id = $1', [user.id]);
    expect(row.ip.replace(/^::ffff:/, '')).toBe(expected);
    const counted = await t.db.query(
      `SELECT substr(key, 9) AS ip FROM sign_in_throttles WHERE key LIKE 'address:%'`,
    );
    expect(counted.map((r: { ip: string }) => r.ip.replace(/^::ffff:/, ''))).toEqual([expected]);
  });
});
