import { startTestApp, type Client, type TestApp } from './test-app';

describe('partnerships, organisations, users and memberships', () => {
  let t: TestApp;
  let platform: Client;

  beforeAll(async () => {
    t = await startTestApp();
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
  });
  afterAll(() => t.close());

  it('platform admin creates a partnership; a duplicate name is a 409', async () => {
    const res = await platform
      .post('/api/partnerships', { name: '  Northshire SCP  ', area: 'Northshire' })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'Northshire SCP',
      area: 'Northshire',
      organisationCount: 0,
    });
    const [row] = await t.db.query('SELECT name FROM partnerships WHERE id = $1', [res.body.id]);
    expect(row.name).toBe('Northshire SCP');
    const dup = await platform.post('/api/partnerships', { name: 'Northshire SCP' }).expect(409);
    expect(dup.body).toMatchObject({ statusCode: 409, code: 'ALREADY_EXISTS', error: 'Conflict' });
  });

  describe('organisations', () => {
    let pid: string;
    let admin: Client;

    beforeAll(async () => {
      pid = (await t.given.partnership()).id;
      admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    });

    it('partnership admin adds, lists with filters and paging, and edits organisations', async () => {
      const names = ['Beacon School', 'Alder Nursery', 'Cedar Health Trust', 'Birch Academy'];
      const sectors = ['education', 'early_years', 'health', 'education'];
      for (let i = 0; i < names.length; i++) {
        const res = await admin
          .post(`/api/partnerships/${pid}/organisations`, { name: names[i], sector: sectors[i] })
          .expect(201);
        expect(res.body).toMatchObject({
          name: names[i],
          sector: sectors[i],
          partnershipIds: [pid],
        });
      }
      const page1 = await admin
        .get(`/api/partnerships/${pid}/organisations?pageSize=3`)
        .expect(200);
      expect(page1.body).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(page1.body.items.map((o: { name: string }) => o.name)).toEqual([
        'Alder Nursery',
        'Beacon School',
        'Birch Academy',
      ]);
      const page2 = await admin
        .get(`/api/partnerships/${pid}/organisations?pageSize=3&page=2`)
        .expect(200);
      expect(page2.body.items.map((o: { name: string }) => o.name)).toEqual(['Cedar Health Trust']);
      const schools = await admin
        .get(`/api/partnerships/${pid}/organisations?sector=education`)
        .expect(200);
      expect(schools.body.total).toBe(2);
      const search = await admin
        .get(`/api/partnerships/${pid}/organisations?search=ACAD`)
        .expect(200);
      expect(search.body.items.map((o: { name: string }) => o.name)).toEqual(['Birch Academy']);
      const wildcard = await admin
        .get(`/api/partnerships/${pid}/organisations?search=%25`)
        .expect(200);
      expect(wildcard.body.total).toBe(0); // % is matched literally, not as a wildcard

      const id = page2.body.items[0].id;
      const edited = await admin
        .patch(`/api/organisations/${id}`, {
          name: 'Cedar NHS Trust',
          contactEmail: 'DSL@Cedar.example',
        })
        .expect(200);
      expect(edited.body).toMatchObject({
        name: 'Cedar NHS Trust',
        sector: 'health',
        contactEmail: 'dsl@cedar.example',
      });
      const cleared = await admin
        .patch(`/api/organisations/${id}`, { contactEmail: null })
        .expect(200);
      expect(cleared.body.contactEmail).toBeNull();
      const [row] = await t.db.query(
        'SELECT name, contact_email FROM organisations WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ name: 'Cedar NHS Trust', contact_email: null });
    });

    it('an organisation can belong to several partnerships and is visible to both boards', async () => {
      const other = await t.given.partnership();
      const org = await t.given.organisation({ partnershipId: pid, sector: 'police' });
      const res = await platform
        .put(`/api/partnerships/${other.id}/organisations/${org.id}`)
        .expect(200);
      expect(res.body.partnershipIds).toEqual([pid, other.id]);
      await platform.put(`/api/partnerships/${other.id}/organisations/${org.id}`).expect(200); // idempotent
      const otherBoard = await t.as(
        await t.given.user({ role: 'board_member', partnershipId: other.id }),
      );
      await otherBoard.get(`/api/organisations/${org.id}`).expect(200);
      const list = await otherBoard.get(`/api/partnerships/${other.id}/organisations`).expect(200);
      expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([org.id]);
      // The organisation's lead sees both partnerships.
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org.id }));
      const mine = await lead.get('/api/partnerships').expect(200);
      expect(mine.body.map((p: { id: string }) => p.id).sort()).toEqual([pid, other.id].sort());
    });
  });

  describe('users and memberships', () => {
    let pid: string;
    let oid: string;
    let admin: Client;

    beforeAll(async () => {
      pid = (await t.given.partnership()).id;
      oid = (await t.given.organisation({ partnershipId: pid })).id;
      admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    });

    it('partnership admin invites a user, who sets a password from the mail and accepts the roles', async () => {
      const { user, client: sam } = await t.invite(admin, `/api/partnerships/${pid}/users`, {
        email: ' Sam.Lead@Example.org ',
        name: 'Sam Lead',
        memberships: [{ role: 'agency_lead', organisationId: oid }, { role: 'board_member' }],
      });
      expect(user.email).toBe('sam.lead@example.org');
      const [row] = await t.db.query('SELECT password_hash FROM users WHERE email = $1', [
        'sam.lead@example.org',
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect((await sam.get('/api/auth/me').expect(200)).body.memberships).toEqual([]);
      const invitations = await sam.get('/api/invitations').expect(200);
      for (const i of invitations.body as { id: string }[])
        await sam.post(`/api/invitations/${i.id}/accept`).expect(204);
      const me = await sam.get('/api/auth/me').expect(200);
      expect(me.body.memberships).toHaveLength(2);
      const list = await admin.get(`/api/partnerships/${pid}/users`).expect(200);
      expect(list.body.map((u: { email: string }) => u.email)).toContain('sam.lead@example.org');
      await t.as(user);
    });

    it('invites an existing account without touching its name or password', async () => {
      const existing = await t.given.user();
      await admin
        .post(`/api/partnerships/${pid}/users`, {
          email: existing.email,
          name: 'Ignored',
          memberships: [{ role: 'board_member' }],
        })
        .expect(202);
      await t.as(existing); // old password still works
      const [row] = await t.db.query(
        `SELECT u.name, m.status FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.id = $1`,
        [existing.id],
      );
      expect(row).toEqual({ name: `Test ${existing.email}`, status: 'pending' });
    });

    it('an agency lead adds contributors to their own organisation, but not leads', async () => {
      const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
      const ok = await lead
        .post(`/api/organisations/${oid}/members`, {
          email: 'helper@example.org',
          name: 'Helper',
          role: 'agency_contributor',
        })
        .expect(202);
      expect(ok.body.memberships).toEqual([
        { role: 'agency_contributor', partnershipId: null, organisationId: oid },
      ]);
      const notLead = await lead.post(`/api/organisations/${oid}/members`, {
        email: 'boss@example.org',
        name: 'Boss',
        role: 'agency_lead',
      });
      expect(notLead.status).toBe(403);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM users WHERE email = 'boss@example.org'`,
      );
      expect(n).toBe(0);
      const { client: boss } = await t.invite(admin, `/api/organisations/${oid}/members`, {
        email: 'boss@example.org',
        name: 'Boss',
        role: 'agency_lead',
      });
      // Members once they accept: until then, invitations.
      const members = await lead.get(`/api/organisations/${oid}/members`).expect(200);
      expect(members.body.map((u: { email: string }) => u.email)).not.toContain('boss@example.org');
      const [invitation] = (await boss.get('/api/invitations').expect(200)).body;
      await boss.post(`/api/invitations/${invitation.id}/accept`).expect(204);
      const after = await lead.get(`/api/organisations/${oid}/members`).expect(200);
      expect(after.body.map((u: { email: string }) => u.email)).toContain('boss@example.org');
    });
  });
});
