import type { Response } from 'supertest';
import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';

/**
 * Adding someone by email: an account from another partnership is never linked without its
 * owner's consent, and the answer does not tell whether the email has an account or whose it
 * is. Anyone not already in the partnership or organisation gets a pending invitation, which
 * grants nothing until they accept it.
 */
describe('adding people across partnerships: invitations', () => {
  let t: TestApp;
  let pid: string;
  let oid: string;
  let otherPid: string;
  let admin: Client;
  let lead: Client;
  let n = 0;

  /** An account that holds a role in the other partnership only, under a real name. */
  async function outsider(): Promise<TestUser & { name: string }> {
    const otherOrg = await t.given.organisation({ partnershipId: otherPid });
    const user = await t.given.user({ role: 'agency_lead', organisationId: otherOrg.id });
    const name = `Rosalind Outsider ${++n}`;
    await t.db.query('UPDATE users SET name = $1 WHERE id = $2', [name, user.id]);
    return { ...user, name };
  }
  const fresh = () => `nobody-yet-${++n}@test.example`;
  const withoutEmail = (res: Response) =>
    JSON.parse(JSON.stringify(res.body).replaceAll(res.body.email ?? '', 'EMAIL'));
  const statuses = async (email: string) =>
    (
      await t.db.query(
        `SELECT m.status FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE u.email = $1 AND (m.organisation_id = $2 OR m.partnership_id = $3) ORDER BY m.created_at`,
        [email, oid, pid],
      )
    ).map((r: { status: string }) => r.status);
  const invitationOf = async (userId: string): Promise<string> =>
    (
      await t.db.query(
        `SELECT id FROM memberships WHERE user_id = $1 AND status = 'pending' ORDER BY created_at DESC LIMIT 1`,
        [userId],
      )
    )[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    otherPid = (await t.given.partnership()).id;
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
  });
  afterAll(() => t.close());

  describe('an agency lead adding a contributor', () => {
    const add = (email: string) =>
      lead.post(`/api/organisations/${oid}/members`, {
        email,
        name: 'Typed Name',
        role: 'agency_contributor',
      });

    it('answers an account from another partnership exactly as a new email: 202, no name', async () => {
      const other = await outsider();
      const known = await add(other.email);
      const unknown = await add(fresh());
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(withoutEmail(known)).toEqual(withoutEmail(unknown));
      expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());
      expect(known.text).not.toContain(other.name);
      expect(known.text).not.toContain(other.id);
      expect(known.body).toEqual({
        email: other.email,
        memberships: [{ role: 'agency_contributor', partnershipId: null, organisationId: oid }],
      });
      // Not linked: an invitation, and the account keeps its own name and password.
      expect(await statuses(other.email)).toEqual(['pending']);
      const [row] = await t.db.query('SELECT name FROM users WHERE id = $1', [other.id]);
      expect(row.name).toBe(other.name);
      await t.as(other);
    });

    it('answers both alike when a password is sent too: the same 400 naming it, nothing added', async () => {
      const other = await outsider();
      const withPassword = (email: string) =>
        lead.post(`/api/organisations/${oid}/members`, {
          email,
          name: 'Typed Name',
          role: 'agency_contributor',
          password: 'a long enough password',
        });
      const known = await withPassword(other.email);
      const unknown = await withPassword(fresh());
      expect(known.status).toBe(400);
      expect(known.body).toEqual(unknown.body);
      expect(known.body.details[0]).toMatchObject({ field: 'password' });
      expect(await statuses(other.email)).toEqual([]);
    });

    it('a pending membership grants nothing until accepted; then it does', async () => {
      const other = await outsider();
      await add(other.email).expect(202);
      const invitee = await t.as(other);
      await invitee.get(`/api/organisations/${oid}/audits`).expect(404);
      await invitee.get(`/api/organisations/${oid}/members`).expect(404);
      const me = await invitee.get('/api/auth/me').expect(200);
      expect(
        me.body.memberships.map((m: { organisationId: string }) => m.organisationId),
      ).not.toContain(oid);

      const list = await invitee.get('/api/invitations').expect(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toMatchObject({
        role: 'agency_contributor',
        organisationId: oid,
        partnershipNames: [expect.any(String)],
        invitedByName: expect.stringMatching(/^Test /),
      });
      await invitee.post(`/api/invitations/${list.body[0].id}/accept`).expect(204);
      await invitee.get(`/api/organisations/${oid}/audits`).expect(200);
      expect(await statuses(other.email)).toEqual(['active']);
      await invitee.get('/api/invitations').expect(200, []);
      const again = await invitee.post(`/api/invitations/${list.body[0].id}/accept`).expect(409);
      expect(again.body.code).toBe('INVITATION_ANSWERED');
    });

    it('a declined invitation is kept as declined, grants nothing, and a new one can be sent', async () => {
      const other = await outsider();
      await add(other.email).expect(202);
      const invitee = await t.as(other);
      const id = await invitationOf(other.id);
      await invitee.post(`/api/invitations/${id}/decline`).expect(204);
      const [row] = await t.db.query(
        'SELECT status, responded_at, invited_by_id FROM memberships WHERE id = $1',
        [id],
      );
      expect(row.status).toBe('declined');
      expect(row.responded_at).toBeInstanceOf(Date);
      expect(row.invited_by_id).toEqual(expect.any(String));
      await invitee.get(`/api/organisations/${oid}/audits`).expect(404);
      expect((await invitee.post(`/api/invitations/${id}/accept`).expect(409)).body.code).toBe(
        'INVITATION_ANSWERED',
      );
      await add(other.email).expect(202);
      expect(await statuses(other.email)).toEqual(['declined', 'pending']);
    });

    it("no one can accept or decline someone else's invitation", async () => {
      const other = await outsider();
      await add(other.email).expect(202);
      const id = await invitationOf(other.id);
      const intruder = await t.as(await outsider());
      for (const answer of ['accept', 'decline']) {
        const res = await intruder.post(`/api/invitations/${id}/${answer}`).expect(404);
        expect(res.body.code).toBe('RESOURCE_NOT_FOUND');
        await lead.post(`/api/invitations/${id}/${answer}`).expect(404);
        await admin.post(`/api/invitations/${id}/${answer}`).expect(404);
      }
      expect((await intruder.get('/api/invitations').expect(200)).body).toEqual([]);
      expect(await statuses(other.email)).toEqual(['pending']);
      const bad = await intruder.post('/api/invitations/not-a-uuid/accept').expect(400);
      expect(bad.body.details[0].field).toBe('invitationId');
    });

    it('adds a member of the organisation at once, with the same shape of answer', async () => {
      const member = await t.given.user({ role: 'agency_contributor', organisationId: oid });
      const res = await lead
        .post(`/api/organisations/${oid}/members`, {
          email: member.email,
          name: 'Ignored',
          role: 'agency_contributor',
        })
        .expect(202);
      expect(Object.keys(res.body).sort()).toEqual(['email', 'memberships']);
      expect(await statuses(member.email)).toEqual(['active']);
    });
  });

  describe('a partnership admin giving partnership roles', () => {
    const add = (email: string) =>
      admin.post(`/api/partnerships/${pid}/users`, {
        email,
        name: 'Typed Name',
        memberships: [{ role: 'board_member' }],
      });

    it('answers an account from another partnership exactly as a new email, and invites it', async () => {
      const other = await outsider();
      const known = await add(other.email);
      const unknown = await add(fresh());
      expect(known.status).toBe(202);
      expect(withoutEmail(known)).toEqual(withoutEmail(unknown));
      expect(known.text).not.toContain(other.name);
      expect(known.body.memberships).toEqual([
        { role: 'board_member', partnershipId: pid, organisationId: null },
      ]);
      expect(await statuses(other.email)).toEqual(['pending']);
    });

    it('the board role is held only once accepted, and only by its owner', async () => {
      const other = await outsider();
      await add(other.email).expect(202);
      const invitee = await t.as(other);
      await invitee.get(`/api/partnerships/${pid}/organisations`).expect(404);
      const id = await invitationOf(other.id);
      await admin.post(`/api/invitations/${id}/accept`).expect(404);
      await invitee.get(`/api/partnerships/${pid}/organisations`).expect(404);
      const [invitation] = (await invitee.get('/api/invitations').expect(200)).body;
      expect(invitation).toMatchObject({ id, role: 'board_member', organisationId: null });
      await invitee.post(`/api/invitations/${id}/accept`).expect(204);
      await invitee.get(`/api/partnerships/${pid}/organisations`).expect(200);
      const people = await admin.get(`/api/partnerships/${pid}/users`).expect(200);
      expect(people.body.map((u: { email: string }) => u.email)).toContain(other.email);
    });

    it('the pending invitee is not listed among the partnership people', async () => {
      const other = await outsider();
      await add(other.email).expect(202);
      const people = await admin.get(`/api/partnerships/${pid}/users`).expect(200);
      expect(people.body.map((u: { email: string }) => u.email)).not.toContain(other.email);
      expect(JSON.stringify(people.body)).not.toContain(other.name);
    });
  });
});
