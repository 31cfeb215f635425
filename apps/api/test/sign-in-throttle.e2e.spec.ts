import { parseOptions } from '@node-rs/argon2';
import { type Client, startTestApp, type TestApp, type TestUser } from './test-app';

/**
 * Sign-in throttling (auth/README.md): counters for the client (account and address, or the
 * device cookie), the account and the address; 429 with a doubling Retry-After; the owner's
 * device cookie spares them the counters an attacker can fill.
 */
describe('sign-in throttling', () => {
  let t: TestApp;
  let orgId: string;

  beforeAll(async () => {
    // Addresses come from X-Forwarded-For, so one test can play many clients.
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
    const p = await t.given.partnership();
    orgId = (await t.given.organisation({ partnershipId: p.id })).id;
  });
  afterAll(() => t.close());
  afterEach(() => t.db.query('DELETE FROM sign_in_throttles'));

  const user = () => t.given.user({ role: 'agency_lead', organisationId: orgId });
  const browser = async () => {
    const c = t.client();
    await c.fetchCsrf();
    return c;
  };
  const signIn = (c: Client, email: string, password: string, ip: string) =>
    c.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', c.csrf)
      .set('X-Forwarded-For', ip)
      .send({ email, password });
  /** A browser that has signed in as `u` once, so it holds u's device cookie. */
  const ownersBrowser = async (u: TestUser, ip: string) => {
    const c = await browser();
    const res = await signIn(c, u.email, u.password, ip).expect(200);
    c.csrf = res.body.csrfToken;
    await t.db.query('DELETE FROM sign_in_throttles');
    return c;
  };
  /** As if `seconds` had passed for every counter (time is the database's). */
  const later = (seconds: number) =>
    t.db.query(
      `UPDATE sign_in_throttles SET last_failure_at = last_failure_at - make_interval(secs => $1),
                                    next_attempt_at = next_attempt_at - make_interval(secs => $1)`,
      [seconds],
    );

  // First in the file: the first unknown email of a process must find the dummy hash made.
  it('runs the same statements and argon2 work for an unknown or disabled account as for a wrong password', async () => {
    const known = await user();
    const disabled = await user();
    await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [disabled.id]);
    const argon2 = jest.requireActual<typeof import('@node-rs/argon2')>('@node-rs/argon2');
    const hash = jest.spyOn(argon2, 'hash');
    const verify = jest.spyOn(argon2, 'verify');
    const logger = t.db.logger as unknown as { logQuery: (sql: string, p?: unknown[]) => void };
    const logQuery = logger.logQuery;
    let sql: string[] = [];
    logger.logQuery = (q, p) => {
      // The job poller shares the pool; its statements are not the sign-in's.
      if (!/\bjobs\b/.test(q))
        sql.push(`${q} -- ${(p ?? []).map((v) => (Array.isArray(v) ? v.length : typeof v))}`);
    };
    const trace = async (email: string) => {
      sql = [];
      hash.mockClear();
      verify.mockClear();
      const c = await browser();
      sql = [];
      await signIn(c, email, 'wrong password', '192.0.2.60').expect(401);
      const argon = [
        ...hash.mock.calls.map(() => 'hash'),
        ...verify.mock.calls.map(([h]) => parseOptions(h as string)),
      ];
      return { sql, argon };
    };
    try {
      // The unknown email first: the dummy hash must already be made, not made now.
      const unknown = await trace('nobody-here@test.example');
      const wrong = await trace(known.email);
      const off = await trace(disabled.email);
      expect(wrong.argon).toEqual([
        expect.objectContaining({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }),
      ]);
      expect(unknown).toEqual(wrong);
      expect(off).toEqual(wrong);
      expect(wrong.sql.length).toBeGreaterThan(1);
    } finally {
      logger.logQuery = logQuery;
      hash.mockRestore();
      verify.mockRestore();
    }
  });

  it('lets the owner with the device cookie in while attackers from many addresses fail', async () => {
    const owner = await user();
    const own = await ownersBrowser(owner, '192.0.2.10');
    const attacker = await browser();
    for (let i = 0; i < 20; i++) {
      const res = await signIn(attacker, owner.email, `guess ${i}`, `203.0.113.${i}`);
      expect([401, 429]).toContain(res.status);
    }
    // Without the cookie, even the owner waits: the account has had too many failures.
    const elsewhere = await browser();
    const refused = await signIn(elsewhere, owner.email, owner.password, '192.0.2.10').expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'SIGN_IN_THROTTLED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // With it, the owner gets in, and the attacker still waits.
    await signIn(own, owner.email, owner.password, '192.0.2.10').expect(200);
    await signIn(attacker, owner.email, 'guess', '203.0.113.99').expect(429);
  });

  it('lets the owner with the device cookie in from an address that failed on many accounts', async () => {
    const owner = await user();
    const own = await ownersBrowser(owner, '198.51.100.7');
    const shared = await browser(); // someone else behind the same address
    for (let i = 0; i < 30; i++) {
      await signIn(shared, `guess${i}@test.example`, 'wrong', '198.51.100.7').expect(401);
    }
    const other = await user();
    const res = await signIn(await browser(), other.email, other.password, '198.51.100.7');
    expect(res.status).toBe(429);
    await signIn(await browser(), other.email, other.password, '198.51.100.8').expect(200);
    await signIn(own, owner.email, owner.password, '198.51.100.7').expect(200);
  });

  it("refuses the right password on a throttled client without the owner's cookie, and admits it with", async () => {
    const owner = await user();
    const own = await ownersBrowser(owner, '192.0.2.20');
    const c = await browser();
    for (let i = 0; i < 5; i++) {
      await signIn(c, owner.email, `wrong ${i}`, '192.0.2.20').expect(401);
    }
    // OWASP: no answer during the wait may tell whether the password was right.
    await signIn(c, owner.email, owner.password, '192.0.2.20').expect(429);
    await signIn(own, owner.email, owner.password, '192.0.2.20').expect(200);
    // After the wait the right password gets in, and the client's counter starts afresh.
    await later(30);
    await signIn(c, owner.email, owner.password, '192.0.2.20').expect(200);
    const rows = await t.db.query('SELECT key, failures FROM sign_in_throttles ORDER BY key');
    expect(rows).toEqual([
      { key: `account:${owner.email}`, failures: 5 },
      { key: 'address:192.0.2.20', failures: 5 },
    ]);
  });

  it('counts an IPv6 client by its /64 network, so moving to another address in it gains nothing', async () => {
    const u = await user();
    const c = await browser();
    // Five wrong passwords, each from a different address of one /64: the sixth is refused.
    for (let i = 1; i <= 5; i++)
      await signIn(c, u.email, 'wrong', `2001:db8:1:2::${i.toString(16)}`).expect(401);
    const refused = await signIn(c, u.email, 'wrong', '2001:db8:1:2:ffff::1').expect(429);
    expect(refused.body.code).toBe('SIGN_IN_THROTTLED');
    // Another network is another client (the account's own counter still counts it).
    await signIn(c, u.email, 'wrong', '2001:db8:1:3::1').expect(401);
    const rows = await t.db.query(
      `SELECT key, failures FROM sign_in_throttles WHERE key NOT LIKE 'account:%' ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'address:2001:db8:1:2::/64', failures: 5 },
      { key: 'address:2001:db8:1:3::/64', failures: 1 },
      { key: `pair:${u.email} 2001:db8:1:2::/64`, failures: 5 },
      { key: `pair:${u.email} 2001:db8:1:3::/64`, failures: 1 },
    ]);
  });

  it('doubles Retry-After with each further failure, up to 15 minutes, and forgets after an hour', async () => {
    const u = await user();
    const c = await browser();
    for (let i = 0; i < 5; i++) await signIn(c, u.email, 'wrong', '192.0.2.30').expect(401);
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await signIn(c, u.email, 'wrong', '192.0.2.30').expect(429);
      expect(res.body.code).toBe('SIGN_IN_THROTTLED');
      waits.push(Number(res.headers['retry-after']));
      await later(waits[i]);
      await signIn(c, u.email, 'wrong', '192.0.2.30').expect(401);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900]);
    await later(3600);
    await signIn(c, u.email, u.password, '192.0.2.30').expect(200);
  });

  it('holds the limit under 40 concurrent wrong attempts', async () => {
    const u = await user();
    const clients = await Promise.all(Array.from({ length: 40 }, browser));
    const answers = await Promise.all(
      clients.map((c, i) => signIn(c, u.email, `wrong ${i}`, '192.0.2.40')),
    );
    const count = (status: number) => answers.filter((r) => r.status === status).length;
    expect({ 401: count(401), 429: count(429) }).toEqual({ 401: 5, 429: 35 });
    const [pair] = await t.db.query(
      `SELECT failures FROM sign_in_throttles WHERE key LIKE 'pair:%'`,
    );
    expect(pair.failures).toBe(5);
  });

  it('sets a long-lived, httpOnly, SameSite device cookie per account, which a forger cannot make', async () => {
    const a = await user();
    const b = await user();
    const c = await browser();
    const res = await signIn(c, a.email, a.password, '192.0.2.50').expect(200);
    c.csrf = res.body.csrfToken;
    const cookie = [res.headers['set-cookie'] ?? []]
      .flat()
      .find((x: string) => x.startsWith('pies_device='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBe(365 * 86400);
    // A's cookie is no use on B's account, nor is a forged one on A's.
    const value = cookie.split(';')[0].slice('pies_device='.length);
    for (let i = 0; i < 5; i++) await signIn(c, b.email, 'wrong', '192.0.2.50').expect(401);
    await signIn(c, b.email, b.password, '192.0.2.50').expect(429);
    const forged = await browser();
    for (let i = 0; i < 5; i++) await signIn(forged, a.email, 'wrong', '192.0.2.51').expect(401);
    const [nonce] = value.split('.');
    await signIn(forged, a.email, a.password, '192.0.2.51')
      .set('Cookie', `pies_csrf=${forged.csrf}; pies_device=${nonce}.forged`)
      .expect(429);
    await signIn(forged, a.email, a.password, '192.0.2.51')
      .set('Cookie', `pies_csrf=${forged.csrf}; pies_device=${value}`)
      .expect(200);
  });
});

describe('the device cookie with COOKIE_SECURE', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ COOKIE_SECURE: 'true' });
  });
  afterAll(() => t.close());

  it('is Secure, with the __Host- prefix, like the session cookie', async () => {
    const p = await t.given.partnership();
    const org = await t.given.organisation({ partnershipId: p.id });
    const u = await t.given.user({ role: 'agency_lead', organisationId: org.id });
    const c = t.client();
    await c.fetchCsrf();
    const res = await c.agent
      .post('/api/auth/login')
      .set('X-CSRF-Token', c.csrf)
      .set('Cookie', `__Host-pies_csrf=${c.csrf}`)
      .send({ email: u.email, password: u.password })
      .expect(200);
    const cookies = [res.headers['set-cookie'] ?? []].flat();
    for (const name of ['__Host-pies_session=', '__Host-pies_device=']) {
      expect(cookies.find((x: string) => x.startsWith(name))).toMatch(/; Secure/i);
    }
  });
});
