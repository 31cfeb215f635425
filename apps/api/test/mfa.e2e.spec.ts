import { generateSync } from 'otplib';
import { Client, startTestApp, type TestApp, type TestUser } from './test-app';

/**
 * The second factor: TOTP set-up, sign-in with a code or a recovery code (each once), the
 * partnership policy that makes its board and admins set one up, and a platform admin's reset.
 * Codes are made with otplib from the secret shown to the person, at the app's (test) clock.
 */
describe('MFA', () => {
  let t: TestApp;
  // A step's start, ahead of the real time: cookies set for the app's clock must not look expired
  // to the test's cookie jar, which reads the real time.
  let start = Math.ceil(Date.now() / 30_000) * 30_000 + 86_400_000;

  /** Moves the app's clock to the next 30-second step: a new code. */
  const nextStep = () => {
    start += 30_000;
    t.clock.set(new Date(start));
  };
  const codeFor = (secret: string) =>
    generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
  /** A code for the current step that is not `code`'s (a wrong one). */
  const wrongCode = (secret: string) =>
    String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0');

  /** A password sign-in: the answer (200 session, or 202 with the second step). */
  async function passwordStep(c: Client, user: TestUser) {
    if (!c.csrf) await c.fetchCsrf();
    return c.post('/api/auth/login', { email: user.email, password: user.password });
  }

  /** Posts a second step and, on success, keeps the session's CSRF token. */
  async function second(c: Client, path: string, body: object) {
    const res = await c.post(path, body);
    if (res.status === 200) c.csrf = res.body.csrfToken;
    return res;
  }

  /** A signed-in person who has set up an authenticator: their secret and recovery codes. */
  async function enrolled(user: TestUser) {
    const c = await t.as(user);
    const started = await c.post('/api/account/mfa').expect(200);
    const secret: string = started.body.secret;
    nextStep();
    const confirmed = await c
      .post('/api/account/mfa/confirm', { code: codeFor(secret) })
      .expect(200);
    return { client: c, secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
  }

  const events = async (personId: string) =>
    (await t.db.query(
      'SELECT actor_id, kind, subject, before, after FROM audit_events WHERE person_id = $1 ORDER BY id',
      [personId],
    )) as {
      actor_id: string;
      kind: string;
      subject: string | null;
      before: unknown;
      after: unknown;
    }[];

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date(start));
  });
  afterAll(() => t.close());

  it('sets up an authenticator: a QR code and the secret once, the secret sealed in the database', async () => {
    const user = await t.given.user();
    const c = await t.as(user);
    expect((await c.get('/api/account/mfa').expect(200)).body).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const started = await c.post('/api/account/mfa').expect(200);
    const { secret, otpauthUri, qrCode } = started.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/PIES%20Audit:${encodeURIComponent(user.email)}?secret=${secret}&issuer=PIES%20Audit`,
    );
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCode.split(',')[1], 'base64').toString()).toContain('<svg');
    // Not yet in force: a sign-in asks no code.
    expect((await passwordStep(t.client(), user)).status).toBe(200);

    nextStep();
    const wrong = await c.post('/api/account/mfa/confirm', { code: wrongCode(secret) }).expect(400);
    expect(wrong.body.details).toEqual([
      expect.objectContaining({
        field: 'code',
        problems: [expect.objectContaining({ code: 'mfaCodeWrong' })],
      }),
    ]);
    const confirmed = await c
      .post('/api/account/mfa/confirm', { code: codeFor(secret) })
      .expect(200);
    const codes: string[] = confirmed.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes)
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await c.get('/api/account/mfa').expect(200)).body).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    // A second set-up is refused while this one is in force; the secret is never shown again.
    expect((await c.post('/api/account/mfa').expect(409)).body.code).toBe('MFA_ALREADY_ENROLLED');

    const [row] = await t.db.query('SELECT * FROM mfa_enrolments WHERE user_id = $1', [user.id]);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(secret);
    const hashes: { code_hash: string }[] = await t.db.query(
      'SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(hashes).toHaveLength(10);
    const stored = JSON.stringify(hashes);
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }
    // The trail says it happened, and holds neither the secret nor a code.
    const trail = await events(user.id);
    expect(trail.map((e) => e.kind)).toEqual(['mfa.enrolled']);
    const text = JSON.stringify(await t.db.query('SELECT * FROM audit_events'));
    expect(text).not.toContain(secret);
    expect(text).not.toContain(row.secret_sealed);
    for (const code of codes) expect(text).not.toContain(code);
  });

  it('asks for a code after the password; a wrong code is 401, a right one opens the session', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    const c = t.client();
    const res = await passwordStep(c, user);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ step: 'mfa' });
    const cookies = [res.headers['set-cookie'] ?? []].flat().join('\n');
    expect(cookies).toMatch(/pies_mfa=[^;]+;.*HttpOnly/i);
    expect(cookies).not.toContain('pies_session=');
    // No session yet.
    expect((await c.get('/api/auth/me')).status).toBe(401);

    nextStep();
    const wrong = await second(c, '/api/auth/mfa/verify', { code: wrongCode(secret) });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'MFA_CODE_INVALID']);
    const right = await second(c, '/api/auth/mfa/verify', { code: codeFor(secret) });
    expect(right.status).toBe(200);
    expect(right.body.email).toBe(user.email);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    // The waiting sign-in is used: it opens no second session.
    const again = await second(c, '/api/auth/mfa/verify', { code: codeFor(secret) });
    expect([again.status, again.body.code]).toEqual([401, 'MFA_STEP_INVALID']);
    expect(
      await t.db.query('SELECT 1 FROM mfa_pending_sign_ins WHERE user_id = $1', [user.id]),
    ).toEqual([]);
  });

  it('refuses a code whose time step was used already', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    nextStep();
    const code = codeFor(secret);
    const first = t.client();
    expect((await passwordStep(first, user)).status).toBe(202);
    expect((await second(first, '/api/auth/mfa/verify', { code })).status).toBe(200);
    // The same code again, in the same 30 seconds: refused.
    const replay = t.client();
    expect((await passwordStep(replay, user)).status).toBe(202);
    const refused = await second(replay, '/api/auth/mfa/verify', { code });
    expect([refused.status, refused.body.code]).toEqual([401, 'MFA_CODE_INVALID']);
    // An earlier step's code, still within the drift allowed, is refused once a later one was used.
    const earlier = codeFor(secret);
    nextStep();
    expect((await second(replay, '/api/auth/mfa/verify', { code: codeFor(secret) })).status).toBe(
      200,
    );
    const stale = t.client();
    expect((await passwordStep(stale, user)).status).toBe(202);
    expect((await second(stale, '/api/auth/mfa/verify', { code: earlier })).status).toBe(401);
    expect(
      (
        await t.db.query('SELECT last_time_step::int AS s FROM mfa_enrolments WHERE user_id = $1', [
          user.id,
        ])
      )[0].s,
    ).toBe(Math.floor(start / 30_000));
  });

  it('lets one of two sign-ins racing with the same code through, not both', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    nextStep();
    const a = t.client();
    const b = t.client();
    expect((await passwordStep(a, user)).status).toBe(202);
    expect((await passwordStep(b, user)).status).toBe(202);
    const code = codeFor(secret);
    const both = await Promise.all([
      second(a, '/api/auth/mfa/verify', { code }),
      second(b, '/api/auth/mfa/verify', { code }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('accepts each recovery code once', async () => {
    const user = await t.given.user();
    const { recoveryCodes } = await enrolled(user);
    const c = t.client();
    expect((await passwordStep(c, user)).status).toBe(202);
    // Typed in capitals and without hyphens, it is the same code.
    const typed = recoveryCodes[3].toUpperCase().replace(/-/g, '');
    const res = await second(c, '/api/auth/mfa/verify', { recoveryCode: typed });
    expect(res.status).toBe(200);
    expect((await c.get('/api/account/mfa').expect(200)).body.recoveryCodesLeft).toBe(9);
    const again = t.client();
    expect((await passwordStep(again, user)).status).toBe(202);
    const refused = await second(again, '/api/auth/mfa/verify', { recoveryCode: recoveryCodes[3] });
    expect([refused.status, refused.body.code]).toEqual([401, 'MFA_CODE_INVALID']);
    const unknown = await second(again, '/api/auth/mfa/verify', {
      recoveryCode: 'aaaa-bbbb-cccc-dddd',
    });
    expect(unknown.status).toBe(401);
    expect(
      (await second(again, '/api/auth/mfa/verify', { recoveryCode: recoveryCodes[4] })).status,
    ).toBe(200);
    expect((await events(user.id)).map((e) => [e.kind, e.after])).toEqual([
      ['mfa.enrolled', null],
      ['mfa.recovery_code_used', { recoveryCodesLeft: 9 }],
      ['mfa.recovery_code_used', { recoveryCodesLeft: 8 }],
    ]);
  });

  it('answers bad input with 400 naming the field, and a missing or expired step with 401', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    const c = t.client();
    expect((await passwordStep(c, user)).status).toBe(202);
    const fields = async (body: object) => {
      const res = await c.post('/api/auth/mfa/verify', body);
      expect(res.status).toBe(400);
      return (res.body.details as { field: string }[]).map((d) => d.field).sort();
    };
    expect(await fields({})).toEqual(['code', 'recoveryCode']);
    expect(await fields({ code: '12ab56' })).toEqual(['code']);
    expect(await fields({ code: 123456 })).toEqual(['code']);
    expect(await fields({ recoveryCode: 'not one' })).toEqual(['recoveryCode']);
    expect(await fields({ code: '123456', extra: 1 })).toEqual(['extra']);
    const confirm = await c.post('/api/auth/mfa/enrolment/confirm', { code: '1234567' });
    expect([confirm.status, confirm.body.details[0].field]).toEqual([400, 'code']);
    // Without the cookie: nothing is waiting.
    const stranger = t.client();
    await stranger.fetchCsrf();
    const none = await stranger.post('/api/auth/mfa/verify', { code: '123456' });
    expect([none.status, none.body.code]).toEqual([401, 'MFA_STEP_INVALID']);
    // After five minutes the waiting sign-in has expired.
    start += 5 * 60_000 + 1000;
    t.clock.set(new Date(start));
    const late = await c.post('/api/auth/mfa/verify', { code: codeFor(secret) });
    expect([late.status, late.body.code]).toEqual([401, 'MFA_STEP_INVALID']);
    // The step must be the one waiting: an enrolled person has nothing to set up.
    expect((await passwordStep(c, user)).status).toBe(202);
    const enrol = await c.post('/api/auth/mfa/enrolment');
    expect([enrol.status, enrol.body.code]).toEqual([401, 'MFA_STEP_INVALID']);
  });

  it('counts wrong codes like wrong passwords: the throttle stops guessing', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    const c = t.client();
    expect((await passwordStep(c, user)).status).toBe(202);
    nextStep();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await c.post('/api/auth/mfa/verify', { code: wrongCode(secret) })).status);
    // The password's attempt is counted until the second step succeeds: 4 wrong codes, then 429.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    // Signing in again with the password does not reset the counters.
    const again = await passwordStep(t.client(), user);
    expect(again.status).toBe(429);
  });

  it('a device cookie never skips the code', async () => {
    const user = await t.given.user();
    const { secret } = await enrolled(user);
    const c = t.client();
    expect((await passwordStep(c, user)).status).toBe(202);
    nextStep();
    const first = await second(c, '/api/auth/mfa/verify', { code: codeFor(secret) });
    expect(first.status).toBe(200);
    expect([first.headers['set-cookie'] ?? []].flat().join('\n')).toContain('pies_device=');
    await c.post('/api/auth/logout').expect(204);
    await c.fetchCsrf();
    // The same browser, holding the device cookie: still the second step.
    const res = await passwordStep(c, user);
    expect(res.status).toBe(202);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it("a partnership's policy makes its board and admins set up a second factor at their next sign-in", async () => {
    const { id: pid } = await t.given.partnership();
    const admin = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    const board = await t.given.user({ role: 'board_member', partnershipId: pid });
    const org = await t.given.organisation({ partnershipId: pid });
    const lead = await t.given.user({ role: 'agency_lead', organisationId: org.id });
    const adminClient = await t.as(admin);
    expect((await adminClient.get(`/api/partnerships/${pid}/mfa-policy`).expect(200)).body).toEqual(
      {
        required: false,
      },
    );
    const bad = await adminClient.put(`/api/partnerships/${pid}/mfa-policy`, { required: 'yes' });
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'required']);
    await adminClient.put(`/api/partnerships/${pid}/mfa-policy`, { required: true }).expect(200, {
      required: true,
    });
    expect((await adminClient.get(`/api/partnerships/${pid}/mfa-policy`).expect(200)).body).toEqual(
      {
        required: true,
      },
    );
    const [event] = (await events(admin.id)).filter(
      (e) => e.kind === 'partnership.mfa_policy_changed',
    );
    expect(event).toEqual({
      actor_id: admin.id,
      kind: 'partnership.mfa_policy_changed',
      subject: `partnership:${pid}`,
      before: { required: false },
      after: { required: true },
    });

    // An agency role is not covered.
    expect((await passwordStep(t.client(), lead)).status).toBe(200);
    // A board member without a second factor: no session until they set one up.
    const c = t.client();
    const res = await passwordStep(c, board);
    expect([res.status, res.body]).toEqual([202, { step: 'mfa-enrol' }]);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    const verify = await c.post('/api/auth/mfa/verify', { code: '123456' });
    expect([verify.status, verify.body.code]).toEqual([401, 'MFA_STEP_INVALID']);
    const early = await c.post('/api/auth/mfa/enrolment/confirm', { code: '123456' });
    expect([early.status, early.body.details?.[0]?.field]).toEqual([400, 'code']);
    const started = await c.post('/api/auth/mfa/enrolment').expect(200);
    const secret: string = started.body.secret;
    expect(started.body.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    nextStep();
    const wrong = await c.post('/api/auth/mfa/enrolment/confirm', { code: wrongCode(secret) });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'MFA_CODE_INVALID']);
    const done = await second(c, '/api/auth/mfa/enrolment/confirm', { code: codeFor(secret) });
    expect(done.status).toBe(200);
    expect(done.body.email).toBe(board.email);
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect((await c.get('/api/account/mfa').expect(200)).body).toEqual({
      enabled: true,
      required: true,
      recoveryCodesLeft: 10,
    });
    // Required: it cannot be turned off.
    nextStep();
    const off = await c.post('/api/account/mfa/disable', {
      password: board.password,
      code: codeFor(secret),
    });
    expect([off.status, off.body.code]).toEqual([409, 'MFA_REQUIRED_BY_PARTNERSHIP']);
    // From now on a code is asked.
    const next = t.client();
    expect((await passwordStep(next, board)).body).toEqual({ step: 'mfa' });
    nextStep();
    expect((await second(next, '/api/auth/mfa/verify', { code: codeFor(secret) })).status).toBe(
      200,
    );
  });

  it('turns off with the password and a code, and gives new recovery codes for a code', async () => {
    const user = await t.given.user();
    const { client: c, secret, recoveryCodes } = await enrolled(user);
    nextStep();
    const fresh = await c
      .post('/api/account/mfa/recovery-codes', { code: codeFor(secret) })
      .expect(200);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    // The old codes no longer work.
    const s = t.client();
    expect((await passwordStep(s, user)).status).toBe(202);
    expect(
      (await second(s, '/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).status,
    ).toBe(401);
    expect(
      (await second(s, '/api/auth/mfa/verify', { recoveryCode: fresh.body.recoveryCodes[0] }))
        .status,
    ).toBe(200);

    nextStep();
    const badPassword = await c.post('/api/account/mfa/disable', {
      password: 'not it',
      code: codeFor(secret),
    });
    expect([badPassword.status, badPassword.body.details[0].field]).toEqual([400, 'password']);
    nextStep();
    const badCode = await c.post('/api/account/mfa/disable', {
      password: user.password,
      code: wrongCode(secret),
    });
    expect([badCode.status, badCode.body.details[0].field]).toEqual([400, 'code']);
    await c
      .post('/api/account/mfa/disable', { password: user.password, code: codeFor(secret) })
      .expect(204);
    expect((await passwordStep(t.client(), user)).status).toBe(200);
    expect(
      await t.db.query('SELECT 1 FROM mfa_recovery_codes WHERE user_id = $1', [user.id]),
    ).toEqual([]);
    expect((await events(user.id)).map((e) => e.kind)).toEqual([
      'mfa.enrolled',
      'mfa.recovery_codes_replaced',
      'mfa.recovery_code_used',
      'mfa.disabled',
    ]);
    const none = await c.post('/api/account/mfa/recovery-codes', { code: '123456' });
    expect([none.status, none.body.code]).toEqual([409, 'MFA_NOT_ENROLLED']);
  });

  it("a platform admin resets a person's second factor, in the trail", async () => {
    const user = await t.given.user();
    await enrolled(user);
    const admin = await t.given.user({ role: 'platform_admin' });
    const platform = await t.as(admin);
    await platform.delete(`/api/accounts/${user.id}/mfa`).expect(204);
    expect((await passwordStep(t.client(), user)).status).toBe(200);
    expect(await t.db.query('SELECT 1 FROM mfa_enrolments WHERE user_id = $1', [user.id])).toEqual(
      [],
    );
    const [reset] = (await events(user.id)).filter((e) => e.kind === 'mfa.reset');
    expect(reset).toEqual({
      actor_id: admin.id,
      kind: 'mfa.reset',
      subject: null,
      before: null,
      after: null,
    });
    // Nothing left to reset: no second event.
    await platform.delete(`/api/accounts/${user.id}/mfa`).expect(204);
    expect((await events(user.id)).filter((e) => e.kind === 'mfa.reset')).toHaveLength(1);
  });
});
