import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import {
  type Client,
  linkPath,
  linkToken,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
} from './test-app';

/**
 * Links by mail that set a password (auth/README.md, "Account links"): an invitation for someone
 * new (7 days) and a password reset (1 hour); random, stored hashed, used once; resent and
 * revoked by admins; throttled like sign-in, and never telling whether an account exists. Links
 * are read from the mail as the outbox holds it.
 */
describe('account links: invitations and password resets', () => {
  let t: TestApp;
  let pid: string;
  let oid: string;
  let otherPid: string;
  let adminUser: TestUser;
  let n = 0;
  const HOUR = 3600_000;
  const DAY = 24 * HOUR;
  const NEW_PASSWORD = 'lichen orchard copper nine';

  const fresh = () => `invitee-${++n}@test.example`;
  const admin = () => t.as(adminUser);
  const anonymous = async () => {
    const c = t.client();
    await c.fetchCsrf();
    return c;
  };
  const inviteBoard = async (email: string, as?: Client) =>
    (as ?? (await admin()))
      .post(`/api/partnerships/${pid}/users`, {
        email,
        name: 'Ada Newcomer',
        memberships: [{ role: 'board_member' }, { role: 'agency_lead', organisationId: oid }],
      })
      .expect(202);
  const mail = async (email: string) => {
    const m = await t.mailTo(email);
    if (!m) throw new Error(`no mail to ${email}`);
    return m;
  };
  const userOf = async (email: string) =>
    (
      await t.db.query(
        'SELECT id, password_hash, password_change_required FROM users WHERE email = $1',
        [email],
      )
    )[0] as { id: string; password_hash: string | null; password_change_required: boolean };
  const pendingOf = async (userId: string) =>
    (
      await t.db.query(
        `SELECT id, role FROM memberships WHERE user_id = $1 AND status = 'pending' ORDER BY role`,
        [userId],
      )
    ).map((r: { id: string }) => r.id) as string[];
  const eventsAbout = async (personId: string) =>
    (
      await t.db.query('SELECT kind FROM audit_events WHERE person_id = $1 ORDER BY id', [personId])
    ).map((e: { kind: string }) => e.kind);
  const setPassword = (c: Client, token: string, password = NEW_PASSWORD) =>
    c.post('/api/auth/invitation', { token, password });
  const signIn = async (email: string, password: string) =>
    (await anonymous()).post('/api/auth/login', { email, password });

  beforeAll(async () => {
    // Addresses come from X-Forwarded-For, so the throttle tests can play several clients.
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
    const p = await t.given.partnership({ name: 'Fenbridge Safeguarding Partnership' });
    pid = p.id;
    oid = (await t.given.organisation({ partnershipId: pid, name: 'Fenbridge Academy' })).id;
    otherPid = (await t.given.partnership()).id;
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    await t.db.query(`UPDATE users SET name = 'Priya Admin' WHERE id = $1`, [adminUser.id]);
  });
  afterAll(() => t.close());
  // Every test starts with the throttle's counters empty (the throttle tests fill them).
  beforeEach(() => t.db.query('DELETE FROM sign_in_throttles'));

  describe('invitations', () => {
    it('makes a new person an account with no password, pending roles and one invitation mail', async () => {
      const email = fresh();
      const res = await inviteBoard(email);
      expect(res.body).toEqual({
        email,
        memberships: [
          { role: 'board_member', partnershipId: pid, organisationId: null },
          { role: 'agency_lead', partnershipId: null, organisationId: oid },
        ],
      });
      const user = await userOf(email);
      expect(user.password_hash).toBeNull();
      expect(await pendingOf(user.id)).toHaveLength(2);
      const m = await mail(email);
      expect(m).toMatchObject({ template: 'invitation', partnership_id: pid, user_id: user.id });
      expect(linkPath(m)).toMatch(/^\/invitation\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(m.text_body).toContain('Priya Admin');
      expect(m.text_body).toContain('Fenbridge Safeguarding Partnership');
      const [{ mails }] = await t.db.query(
        'SELECT count(*)::int AS mails FROM mail_outbox WHERE to_address = $1',
        [email],
      );
      expect(mails).toBe(1);
      expect(await eventsAbout(user.id)).toEqual(['invitation.sent', 'invitation.sent']);
      // Until the password is set, signing in is refused exactly as a wrong password is.
      const invited = await signIn(email, 'anything at all here');
      const unknown = await signIn('nobody-at-all@test.example', 'anything at all here');
      expect(invited.status).toBe(401);
      expect(invited.body).toEqual(unknown.body);
    });

    it('shows who and what the link is for, sets the password once and signs the person in', async () => {
      const email = fresh();
      const at = new Date();
      await inviteBoard(email);
      const token = linkToken(await mail(email));
      const c = await anonymous();
      const shown = await c.get(`/api/auth/invitation/${encodeURIComponent(token)}`).expect(200);
      expect(shown.body).toMatchObject({ email, name: 'Ada Newcomer' });
      expect(shown.body.invitations.map((i: { role: string }) => i.role).sort()).toEqual([
        'agency_lead',
        'board_member',
      ]);
      expect(shown.body.invitations[0].invitedByName).toBe('Priya Admin');
      const expires = new Date(shown.body.expiresAt).getTime();
      expect(Math.abs(expires - (at.getTime() + 7 * DAY))).toBeLessThan(60_000);

      // The policy first: the link still works after a refused password.
      const weak = await setPassword(c, token, 'fenbridge safeguarding partnership').expect(400);
      expect(weak.body.details).toEqual([
        {
          field: 'password',
          problems: [expect.objectContaining({ code: 'passwordHasAppWords' })],
        },
      ]);
      const ok = await setPassword(c, token).expect(200);
      expect(ok.body).toMatchObject({ email, mustChangePassword: false, memberships: [] });
      expect(String(ok.headers['set-cookie'])).toContain('pies_session=');
      c.csrf = ok.body.csrfToken;
      await c.get('/api/auth/me').expect(200);
      // The roles wait on the invitations page, as for anyone offered one.
      const offered = await c.get('/api/invitations').expect(200);
      for (const i of offered.body) await c.post(`/api/invitations/${i.id}/accept`).expect(204);
      await c.get(`/api/partnerships/${pid}/organisations`).expect(200);

      // Used once: the link no longer works, either way, with one answer.
      const again = await setPassword(await anonymous(), token, 'another long passphrase');
      expect(again.status).toBe(404);
      expect(again.body).toMatchObject({ code: 'ACCOUNT_LINK_INVALID' });
      const look = await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(404);
      expect(look.body).toEqual(again.body);
      for (const bad of ['nonsense', `${token.split('.')[0]}.${'A'.repeat(43)}`]) {
        const res = await (await anonymous()).get(`/api/auth/invitation/${bad}`).expect(404);
        expect(res.body).toEqual(again.body);
      }
      await t.as({ email, password: NEW_PASSWORD });
      expect((await signIn(email, 'another long passphrase')).status).toBe(401);
      const user = await userOf(email);
      expect(await eventsAbout(user.id)).toContain('invitation.password_set');
    });

    it('lets two uses of one link race: exactly one sets the password', async () => {
      const email = fresh();
      await inviteBoard(email);
      const token = linkToken(await mail(email));
      const [a, b] = await Promise.all([anonymous(), anonymous()]);
      const results = await Promise.all([
        setPassword(a, token, 'first racing passphrase'),
        setPassword(b, token, 'second racing passphrase'),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 404]);
    });

    it('keeps no link in clear: only the SHA-256 of its secret', async () => {
      const email = fresh();
      await inviteBoard(email);
      const token = linkToken(await mail(email));
      const [id, secret] = token.split('.');
      const rows = await t.db.query(
        'SELECT row_to_json(a)::text AS json, a.verifier, a.purpose FROM account_tokens a WHERE id = $1',
        [id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].purpose).toBe('invitation');
      expect(rows[0].verifier).toBe(createHash('sha256').update(secret).digest('hex'));
      const everything = await t.db.query(
        'SELECT row_to_json(a)::text AS json FROM account_tokens a',
      );
      for (const r of everything) expect(r.json).not.toContain(secret);
    });

    it('stops working after 7 days', async () => {
      const start = Date.now();
      t.clock.set(new Date(start));
      const email = fresh();
      await inviteBoard(email);
      const token = linkToken(await mail(email));
      t.clock.set(new Date(start + 7 * DAY - 60_000));
      await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(200);
      t.clock.set(new Date(start + 7 * DAY));
      await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(404);
      const late = await setPassword(await anonymous(), token).expect(404);
      expect(late.body.code).toBe('ACCOUNT_LINK_INVALID');
      expect((await userOf(email)).password_hash).toBeNull();
      // A new link, sent again by an admin, works for 7 days from then.
      const [mid] = await pendingOf((await userOf(email)).id);
      await (await admin()).post(`/api/memberships/${mid}/resend-invitation`).expect(204);
      await setPassword(await anonymous(), linkToken(await mail(email))).expect(200);
      t.clock.set(new Date());
    });

    it('sends again with a new link: the old one stops working', async () => {
      const email = fresh();
      await inviteBoard(email);
      const first = linkToken(await mail(email));
      const user = await userOf(email);
      const [mid] = await pendingOf(user.id);
      const a = await admin();
      await a.post(`/api/memberships/${mid}/resend-invitation`).expect(204);
      const m = await mail(email);
      expect(m.template).toBe('invitation');
      const second = linkToken(m);
      expect(second).not.toBe(first);
      await (await anonymous()).get(`/api/auth/invitation/${first}`).expect(404);
      await (await anonymous()).get(`/api/auth/invitation/${second}`).expect(200);
      expect(await eventsAbout(user.id)).toContain('invitation.resent');
      // Only a pending invitation, only by the admins over it.
      const other = await t.as(
        await t.given.user({ role: 'partnership_admin', partnershipId: otherPid }),
      );
      await other.post(`/api/memberships/${mid}/resend-invitation`).expect(404);
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      await lead.post(`/api/memberships/${mid}/resend-invitation`).expect(403);
      const c = await anonymous();
      c.csrf = (await setPassword(c, second).expect(200)).body.csrfToken;
      await c.post(`/api/invitations/${mid}/accept`).expect(204);
      const answered = await a.post(`/api/memberships/${mid}/resend-invitation`).expect(409);
      expect(answered.body.code).toBe('INVITATION_ANSWERED');
    });

    it('revoking the last role offered ends the link; with one still offered it works on', async () => {
      const email = fresh();
      await inviteBoard(email);
      const token = linkToken(await mail(email));
      const user = await userOf(email);
      const [first, second] = await pendingOf(user.id);
      const a = await admin();
      await a.delete(`/api/memberships/${first}`).expect(204);
      const shown = await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(200);
      expect(shown.body.invitations).toHaveLength(1);
      await a.delete(`/api/memberships/${second}`).expect(204);
      await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(404);
      await setPassword(await anonymous(), token).expect(404);
      expect(await eventsAbout(user.id)).toEqual([
        'invitation.sent',
        'invitation.sent',
        'invitation.revoked',
        'invitation.revoked',
      ]);
    });

    it('offers an existing account the role by mail, with no link and never a second account', async () => {
      const otherOrg = await t.given.organisation({ partnershipId: otherPid });
      const existing = await t.given.user({ role: 'agency_lead', organisationId: otherOrg.id });
      const before = await userOf(existing.email);
      await inviteBoard(existing.email);
      const [{ accounts }] = await t.db.query(
        'SELECT count(*)::int AS accounts FROM users WHERE email = $1',
        [existing.email],
      );
      expect(accounts).toBe(1);
      const m = await mail(existing.email);
      expect(m).toMatchObject({
        template: 'role-offered',
        user_id: existing.id,
        partnership_id: pid,
      });
      expect(linkPath(m)).toBe('/invitations');
      expect(
        await t.db.query('SELECT 1 FROM account_tokens WHERE user_id = $1', [existing.id]),
      ).toEqual([]);
      expect((await userOf(existing.email)).password_hash).toBe(before.password_hash);
      await t.as(existing);
      // Sending it again sends the same kind of mail.
      const [mid] = await pendingOf(existing.id);
      await (await admin()).post(`/api/memberships/${mid}/resend-invitation`).expect(204);
      expect((await mail(existing.email)).template).toBe('role-offered');
    });

    it('sends an agency lead’s invitation too, on the organisation’s partnership', async () => {
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      const email = fresh();
      await lead
        .post(`/api/organisations/${oid}/members`, {
          email,
          name: 'Cal Contributor',
          role: 'agency_contributor',
        })
        .expect(202);
      const m = await mail(email);
      expect(m).toMatchObject({ template: 'invitation', partnership_id: pid });
      expect(m.text_body).toContain('Fenbridge Academy');
    });

    it('refuses a password sent when adding a person: 400 naming the field', async () => {
      const email = fresh();
      const res = await (
        await admin()
      )
        .post(`/api/partnerships/${pid}/users`, {
          email,
          name: 'Typed Password',
          password: TEST_PASSWORD,
          memberships: [{ role: 'board_member' }],
        })
        .expect(400);
      expect(res.body.details).toEqual([
        { field: 'password', problems: [expect.objectContaining({ code: 'unknownProperty' })] },
      ]);
      expect(await userOf(email)).toBeUndefined();
    });
  });

  describe('forgotten password', () => {
    const requestReset = async (email: string, ip = '192.0.2.1') => {
      const c = await anonymous();
      return c.agent
        .post('/api/auth/password-reset')
        .set('X-CSRF-Token', c.csrf)
        .set('X-Forwarded-For', ip)
        .send({ email });
    };
    const complete = async (token: string, password = NEW_PASSWORD, ip = '192.0.2.1') => {
      const c = await anonymous();
      return c.agent
        .post('/api/auth/password-reset/complete')
        .set('X-CSRF-Token', c.csrf)
        .set('X-Forwarded-For', ip)
        .send({ token, password });
    };
    const person = () => t.given.user({ role: 'agency_lead', organisationId: oid });
    const expectStatus = async (sent: Promise<Response>, status: number) => {
      const res = await sent;
      expect({ status: res.status, body: res.body }).toMatchObject({ status });
      return res;
    };

    it('answers alike whether or not the address has an account; only an account gets a mail', async () => {
      const known = await person();
      const disabled = await person();
      await t.db.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [
        disabled.id,
        new Date(),
      ]);
      const unknown = 'no-account-here@test.example';
      const answers = [];
      for (const email of [known.email, unknown, disabled.email]) {
        const res = await expectStatus(requestReset(email), 202);
        answers.push({
          body: { ...res.body, email: 'EMAIL' },
          headers: Object.keys(res.headers).sort(),
        });
        expect(res.body).toEqual({ email });
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      const m = await mail(known.email);
      expect(m).toMatchObject({
        template: 'password-reset',
        user_id: known.id,
        partnership_id: pid,
      });
      expect(linkPath(m)).toMatch(/^\/reset-password\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(await t.mailTo(unknown)).toBeUndefined();
      expect(await t.mailTo(disabled.email)).toBeUndefined();
      expect(
        await t.db.query('SELECT 1 FROM account_tokens WHERE user_id = $1', [disabled.id]),
      ).toEqual([]);
    });

    it('sets a new password once: every session ends, the old password stops working', async () => {
      const p = await person();
      const here = await t.as(p);
      const there = await t.as(p);
      await t.db.query('UPDATE users SET password_change_required = true WHERE id = $1', [p.id]);
      await expectStatus(requestReset(p.email), 202);
      const token = linkToken(await mail(p.email));
      const weak = await expectStatus(complete(token, 'short'), 400);
      expect(weak.body.details[0].field).toBe('password');
      await expectStatus(complete(token), 204);
      await here.get('/api/auth/me').expect(401);
      await there.get('/api/auth/me').expect(401);
      expect((await signIn(p.email, p.password)).status).toBe(401);
      const after = await t.as({ email: p.email, password: NEW_PASSWORD });
      expect((await after.get('/api/auth/me').expect(200)).body.mustChangePassword).toBe(false);
      const again = await expectStatus(complete(token, 'yet another long passphrase'), 404);
      expect(again.body.code).toBe('ACCOUNT_LINK_INVALID');
      expect(await eventsAbout(p.id)).toEqual(['password.reset']);
      // A reset link is not an invitation link, nor the other way round.
      await (await anonymous()).get(`/api/auth/invitation/${token}`).expect(404);
    });

    it('works for an hour; a newer request replaces the link', async () => {
      const p = await person();
      const start = Date.now();
      t.clock.set(new Date(start));
      await expectStatus(requestReset(p.email), 202);
      const first = linkToken(await mail(p.email));
      await expectStatus(requestReset(p.email), 202);
      const second = linkToken(await mail(p.email));
      expect(second).not.toBe(first);
      await expectStatus(complete(first), 404);
      t.clock.set(new Date(start + HOUR));
      await expectStatus(complete(second), 404);
      await expectStatus(requestReset(p.email), 202);
      const third = linkToken(await mail(p.email));
      t.clock.set(new Date(start + 2 * HOUR - 60_000));
      await expectStatus(complete(third), 204);
      t.clock.set(new Date());
    });

    it('is throttled per address and per account, alike for an unknown address', async () => {
      const p = await person();
      const unknown = 'nobody-throttled@test.example';
      const statuses = async (email: string, ip: string, times: number) => {
        const out: number[] = [];
        for (let i = 0; i < times; i++) out.push((await requestReset(email, ip)).status);
        return out;
      };
      // Five from one address for one email, then a wait: the same for both.
      expect(await statuses(p.email, '198.51.100.1', 6)).toEqual([202, 202, 202, 202, 202, 429]);
      expect(await statuses(unknown, '198.51.100.1', 6)).toEqual([202, 202, 202, 202, 202, 429]);
      const known429 = await requestReset(p.email, '198.51.100.1');
      const unknown429 = await requestReset(unknown, '198.51.100.1');
      expect(unknown429.body).toEqual(known429.body);
      expect(known429.body.code).toBe('SIGN_IN_THROTTLED');
      expect(unknown429.headers['retry-after']).toBe(known429.headers['retry-after']);
      // Ten for one email from anywhere.
      const spread: number[] = [];
      for (let i = 0; i < 4; i++)
        spread.push(...(await statuses(p.email, `198.51.100.${10 + i}`, 1)));
      expect(spread).toEqual([202, 202, 202, 202]);
      expect(await statuses(p.email, '198.51.100.20', 2)).toEqual([202, 429]);
      // The requests never lock the owner out of signing in.
      await t.as(p);
      // Wrong links count as wrong passwords on the address.
      const guesses: number[] = [];
      for (let i = 0; i < 6; i++)
        guesses.push(
          (await complete(`${p.id}.${'B'.repeat(43)}`, NEW_PASSWORD, '198.51.100.99')).status,
        );
      expect(guesses).toEqual([404, 404, 404, 404, 404, 429]);
    });
  });
});
