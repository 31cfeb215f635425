import { hashPassword } from '../src/auth/passwords';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';

/**
 * People through staff turnover: roles changed and removed, invitations revoked, accounts
 * deactivated and reactivated, within the admin's own partnership only; no partnership left
 * without an admin, nobody locking themselves out; every change in the audit trail.
 */
describe('people: roles, leavers and the last admin', () => {
  let t: TestApp;
  let pid: string;
  let oid: string;
  let otherPid: string;
  let otherOid: string;
  let adminUser: TestUser;
  let admin: Client;
  let otherAdmin: Client;
  let platform: Client;

  const membershipOf = async (userId: string, status = 'active'): Promise<string> =>
    (
      await t.db.query(
        'SELECT id FROM memberships WHERE user_id = $1 AND status = $2 ORDER BY created_at LIMIT 1',
        [userId, status],
      )
    )[0].id;
  const eventsAbout = async (personId: string) =>
    (
      await t.db.query(
        'SELECT actor_id, kind, subject, before, after FROM audit_events WHERE person_id = $1 ORDER BY id',
        [personId],
      )
    ).map((e: { kind: string }) => e);

  beforeAll(async () => {
    t = await startTestApp();
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    otherPid = (await t.given.partnership()).id;
    otherOid = (await t.given.organisation({ partnershipId: otherPid })).id;
    adminUser = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    admin = await t.as(adminUser);
    otherAdmin = await t.as(
      await t.given.user({ role: 'partnership_admin', partnershipId: otherPid }),
    );
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
  });
  afterAll(() => t.close());

  describe('roles', () => {
    it('changes a role within its kind, and the person has the new one at their next request', async () => {
      const person = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      const session = await t.as(person);
      const mid = await membershipOf(person.id);
      await admin.patch(`/api/memberships/${mid}`, { role: 'agency_lead' }).expect(204);
      const me = await session.get('/api/auth/me').expect(200);
      expect(me.body.memberships.map((m: { role: string }) => m.role)).toEqual(['agency_lead']);
      expect(await eventsAbout(person.id)).toEqual([
        {
          actor_id: adminUser.id,
          kind: 'membership.role_changed',
          subject: mid,
          before: {
            role: 'agency_contributor',
            partnershipId: null,
            organisationId: oid,
            status: 'active',
          },
          after: {
            role: 'agency_lead',
            partnershipId: null,
            organisationId: oid,
            status: 'active',
          },
        },
      ]);
    });

    it('refuses a role of another kind with a 400 naming the field', async () => {
      const person = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      const res = await admin
        .patch(`/api/memberships/${await membershipOf(person.id)}`, { role: 'board_member' })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([
        {
          field: 'role',
          problems: [
            {
              code: 'roleNotForMembership',
              params: { roles: ['agency_lead', 'agency_contributor'] },
              message: 'must be one of: agency_lead, agency_contributor',
            },
          ],
        },
      ]);
      const bad = await admin
        .patch(`/api/memberships/${await membershipOf(person.id)}`, { role: 'platform_admin' })
        .expect(400);
      expect(bad.body.details[0].field).toBe('role');
    });

    it('removes a membership: it grants nothing from the next request on', async () => {
      const person = await t.given.user({ role: 'agency_lead', organisationId: oid });
      const session = await t.as(person);
      await session.get(`/api/organisations/${oid}/members`).expect(200);
      const mid = await membershipOf(person.id);
      await admin.delete(`/api/memberships/${mid}`).expect(204);
      await session.get(`/api/organisations/${oid}/members`).expect(404);
      expect(await t.db.query('SELECT 1 FROM memberships WHERE id = $1', [mid])).toEqual([]);
      const [event] = await eventsAbout(person.id);
      expect(event).toMatchObject({ kind: 'membership.removed', subject: mid });
      await admin.delete(`/api/memberships/${mid}`).expect(404);
    });

    it('lets only the admins of the membership’s partnership change or remove it', async () => {
      const person = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      const mid = await membershipOf(person.id);
      await otherAdmin.patch(`/api/memberships/${mid}`, { role: 'agency_lead' }).expect(404);
      await otherAdmin.delete(`/api/memberships/${mid}`).expect(404);
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      await lead.delete(`/api/memberships/${mid}`).expect(403);
      expect(await membershipOf(person.id)).toBe(mid);
      // The platform admin may.
      await platform.delete(`/api/memberships/${mid}`).expect(204);
    });

    it('lists pending invitations, and revokes one', async () => {
      const invitee = await t.given.user({ role: 'agency_lead', organisationId: otherOid });
      await admin
        .post(`/api/partnerships/${pid}/users`, {
          email: invitee.email,
          name: 'Whoever',
          memberships: [{ role: 'board_member' }],
        })
        .expect(202);
      const list = await admin.get(`/api/partnerships/${pid}/invitations`).expect(200);
      const mine = list.body.filter((i: { email: string }) => i.email === invitee.email);
      expect(mine).toEqual([
        expect.objectContaining({ role: 'board_member', organisationId: null }),
      ]);
      await otherAdmin.get(`/api/partnerships/${pid}/invitations`).expect(404);
      await admin.delete(`/api/memberships/${mine[0].id}`).expect(204);
      const after = await admin.get(`/api/partnerships/${pid}/invitations`).expect(200);
      expect(after.body.map((i: { id: string }) => i.id)).not.toContain(mine[0].id);
      const events = await eventsAbout(invitee.id);
      expect(events.map((e: { kind: string }) => e.kind)).toEqual([
        'invitation.sent',
        'invitation.revoked',
      ]);
      // The invitee's other role is untouched.
      expect(await membershipOf(invitee.id)).toBeTruthy();
    });
  });

  describe('the last admin, and locking oneself out', () => {
    it('refuses to remove or demote the last partnership admin; allows it while another remains', async () => {
      const p = (await t.given.partnership()).id;
      const first = await t.given.user({ role: 'partnership_admin', partnershipId: p });
      const firstMid = await membershipOf(first.id);
      const removed = await platform.delete(`/api/memberships/${firstMid}`).expect(409);
      expect(removed.body).toMatchObject({
        code: 'LAST_PARTNERSHIP_ADMIN',
        details: { partnershipIds: [p] },
      });
      await platform.patch(`/api/memberships/${firstMid}`, { role: 'board_member' }).expect(409);
      // A deactivated second admin does not count: they cannot sign in.
      const second = await t.given.user({ role: 'partnership_admin', partnershipId: p });
      await t.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [second.id]);
      await platform.delete(`/api/memberships/${firstMid}`).expect(409);
      await platform.post(`/api/accounts/${second.id}/reactivate`).expect(204);
      await platform.patch(`/api/memberships/${firstMid}`, { role: 'board_member' }).expect(204);
      // Now the second is the last: deactivating them is refused too.
      const res = await platform.post(`/api/accounts/${second.id}/deactivate`).expect(409);
      expect(res.body.code).toBe('LAST_PARTNERSHIP_ADMIN');
      const [{ disabled_at }] = await t.db.query('SELECT disabled_at FROM users WHERE id = $1', [
        second.id,
      ]);
      expect(disabled_at).toBeNull();
    });

    it('counts concurrent removals one after another: one of two admins stays', async () => {
      const p = (await t.given.partnership()).id;
      const a = await t.given.user({ role: 'partnership_admin', partnershipId: p });
      const b = await t.given.user({ role: 'partnership_admin', partnershipId: p });
      const results = await Promise.all([
        platform.delete(`/api/memberships/${await membershipOf(a.id)}`),
        platform.post(`/api/accounts/${b.id}/deactivate`),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.partnership_id = $1 AND m.role = 'partnership_admin' AND u.disabled_at IS NULL`,
        [p],
      );
      expect(n).toBe(1);
    });

    it('refuses an admin removing or changing their own admin role, or deactivating themselves', async () => {
      // Another admin exists, so only the self rule can refuse.
      await t.given.user({ role: 'partnership_admin', partnershipId: pid });
      const mid = await membershipOf(adminUser.id);
      const removed = await admin.delete(`/api/memberships/${mid}`).expect(409);
      expect(removed.body.code).toBe('SELF_LOCKOUT');
      await admin.patch(`/api/memberships/${mid}`, { role: 'board_member' }).expect(409);
      const self = await admin.post(`/api/accounts/${adminUser.id}/deactivate`).expect(409);
      expect(self.body.code).toBe('SELF_LOCKOUT');
      await admin.get('/api/auth/me').expect(200);
    });
  });

  describe('deactivation', () => {
    it('ends every open session at once, refuses sign-in, and reactivation restores the person', async () => {
      const person = await t.given.user({ role: 'agency_lead', organisationId: oid });
      const first = await t.as(person);
      const second = await t.as(person);
      await first.get('/api/auth/me').expect(200);
      await admin.post(`/api/accounts/${person.id}/deactivate`).expect(204);
      await first.get('/api/auth/me').expect(401);
      await second.get(`/api/organisations/${oid}`).expect(401);
      expect(await t.db.query('SELECT 1 FROM sessions WHERE user_id = $1', [person.id])).toEqual(
        [],
      );
      await expect(t.as(person)).rejects.toThrow(/login failed: 401/);
      const people = await admin.get(`/api/partnerships/${pid}/users`).expect(200);
      const row = people.body.find((u: { id: string }) => u.id === person.id);
      expect(row.deactivatedAt).not.toBeNull();
      expect(row.lastSignInAt).not.toBeNull();
      expect(row.accountInPartnership).toBe(true);
      // Again: nothing more happens.
      await admin.post(`/api/accounts/${person.id}/deactivate`).expect(204);

      await admin.post(`/api/accounts/${person.id}/reactivate`).expect(204);
      const back = await t.as(person);
      const me = await back.get('/api/auth/me').expect(200);
      expect(me.body.memberships.map((m: { role: string }) => m.role)).toEqual(['agency_lead']);
      expect((await eventsAbout(person.id)).map((e: { kind: string }) => e.kind)).toEqual([
        'account.deactivated',
        'account.reactivated',
      ]);
    });

    it('is for a partnership admin only when all of the account’s roles are in their partnership', async () => {
      const both = await t.given.user({ role: 'agency_lead', organisationId: oid });
      await t.db.query(
        `INSERT INTO memberships (user_id, role, organisation_id, status) VALUES ($1, 'agency_contributor', $2, 'active')`,
        [both.id, otherOid],
      );
      const people = await admin.get(`/api/partnerships/${pid}/users`).expect(200);
      expect(people.body.find((u: { id: string }) => u.id === both.id).accountInPartnership).toBe(
        false,
      );
      await admin.post(`/api/accounts/${both.id}/deactivate`).expect(404);
      await otherAdmin.post(`/api/accounts/${both.id}/deactivate`).expect(404);
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      const mine = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      await lead.post(`/api/accounts/${mine.id}/deactivate`).expect(403);
      await otherAdmin.post(`/api/accounts/${mine.id}/deactivate`).expect(404);
      // The platform admin may deactivate the one with roles in both.
      await platform.post(`/api/accounts/${both.id}/deactivate`).expect(204);
      await platform.post(`/api/accounts/${both.id}/reactivate`).expect(204);
      // A pending invitation elsewhere counts too.
      await t.db.query(
        `INSERT INTO memberships (user_id, role, partnership_id, status) VALUES ($1, 'board_member', $2, 'pending')`,
        [mine.id, otherPid],
      );
      await admin.post(`/api/accounts/${mine.id}/deactivate`).expect(404);
    });
  });

  describe('passwords', () => {
    const PARTNERSHIP = 'Riverside Safeguarding Children Partnership';

    it('refuses a short, common or app-named new password with a 400 naming the field', async () => {
      await t.given.partnership({ name: PARTNERSHIP });
      const person = await t.given.user({ role: 'agency_lead', organisationId: oid });
      const session = await t.as(person);
      const cases: [string, string][] = [
        ['short pass', 'passwordTooShort'],
        ['Password1234!', 'passwordTooCommon'],
        ['qwertyuiop123456', 'passwordTooCommon'],
        ['riverside safeguarding children partnership!', 'passwordHasAppWords'],
        ['my PIES-audit password, 2025', 'passwordHasAppWords'],
      ];
      for (const [newPassword, code] of cases) {
        const res = await session
          .post('/api/auth/password', { currentPassword: person.password, newPassword })
          .expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details).toEqual([
          {
            field: 'newPassword',
            problems: expect.arrayContaining([expect.objectContaining({ code })]),
          },
        ]);
      }
      // The same policy when a new person sets theirs from an invitation link
      // (account-links.e2e.spec.ts).
    });

    it('changes a password with the current one: every other session ends, this one goes on', async () => {
      const person = await t.given.user({ role: 'agency_lead', organisationId: oid });
      const here = await t.as(person);
      const elsewhere = await t.as(person);
      const wrong = await here
        .post('/api/auth/password', {
          currentPassword: 'not my password at all',
          newPassword: 'a different long passphrase',
        })
        .expect(400);
      expect(wrong.body.details).toEqual([
        {
          field: 'currentPassword',
          problems: [expect.objectContaining({ code: 'currentPasswordWrong' })],
        },
      ]);
      await elsewhere.get('/api/auth/me').expect(200);
      const newPassword = 'kettle lantern orchard twelve';
      await here
        .post('/api/auth/password', { currentPassword: person.password, newPassword })
        .expect(204);
      await here.get('/api/auth/me').expect(200);
      await elsewhere.get('/api/auth/me').expect(401);
      await expect(t.as(person)).rejects.toThrow(/401/);
      await t.as({ email: person.email, password: newPassword });
      const [event] = await eventsAbout(person.id);
      expect(event).toEqual({
        actor_id: person.id,
        kind: 'password.changed',
        subject: null,
        before: null,
        after: null,
      });
    });

    it('makes a password shorter than 12 be changed at the next sign-in before anything else', async () => {
      const person = await t.given.user({ role: 'agency_lead', organisationId: oid });
      const old = 'short-one';
      await t.db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
        person.id,
        await hashPassword(old),
      ]);
      const session = await t.as({ email: person.email, password: old });
      const me = await session.get('/api/auth/me').expect(200);
      expect(me.body.mustChangePassword).toBe(true);
      const refused = await session.get(`/api/organisations/${oid}`).expect(403);
      expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await session
        .post('/api/auth/password', {
          currentPassword: old,
          newPassword: 'walnut harbour seven lanterns',
        })
        .expect(204);
      expect((await session.get('/api/auth/me').expect(200)).body.mustChangePassword).toBe(false);
      await session.get(`/api/organisations/${oid}`).expect(200);
    });
  });
});
