import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestApp, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PIES = readFileSync(
  resolve(__dirname, '../../../templates/frameworks/online-safeguarding-pies.yaml'),
  'utf8',
);
/** The shipped framework under a later version, as someone might publish it first. */
const piesNext = PIES.replace(/^version: .*$/m, "version: '2027.1'");
const own = (id: string, version = '1.0') =>
  testFrameworkYaml(version).replace('id: test-framework', `id: ${id}`);

describe('frameworks belong to the platform or to one partnership', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const adminOf = async (partnershipId: string) =>
    t.as(await t.given.user({ role: 'partnership_admin', partnershipId }));

  it("refuses a shipped framework's id to a partnership admin, and lets a platform admin publish it", async () => {
    const admin = await adminOf((await t.given.partnership()).id);
    const refused = await admin.post('/api/frameworks', { yaml: piesNext }).expect(403);
    expect(refused.body.code).toBe('FRAMEWORK_ID_RESERVED');
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const published = await platform.post('/api/frameworks', { yaml: piesNext }).expect(201);
    expect(published.body).toMatchObject({
      frameworkId: 'online-safeguarding-pies',
      version: '2027.1',
      ownerPartnershipId: null,
    });
    // Every partnership sees the platform's framework; none may publish under its id.
    await admin.get('/api/frameworks/online-safeguarding-pies/versions/2027.1').expect(200);
    const again = await admin.post('/api/frameworks', {
      yaml: own('online-safeguarding-pies', '9'),
    });
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 403,
      code: 'FRAMEWORK_ID_RESERVED',
    });
  });

  it('refuses an import by an admin of several partnerships, which would have no single owner', async () => {
    const [a, b] = [await t.given.partnership(), await t.given.partnership()];
    const user = await t.given.user({ role: 'partnership_admin', partnershipId: a.id });
    await t.db.query(
      `INSERT INTO memberships (user_id, role, partnership_id, status) VALUES ($1, 'partnership_admin', $2, 'active')`,
      [user.id, b.id],
    );
    const res = await (await t.as(user)).post('/api/frameworks', { yaml: own('two-homes') });
    expect({ status: res.status, code: res.body.code }).toEqual({
      status: 400,
      code: 'FRAMEWORK_OWNER_AMBIGUOUS',
    });
  });

  it("keeps partnership A's framework from partnership B, which may publish the same id as its own", async () => {
    const [a, b] = [await t.given.partnership(), await t.given.partnership()];
    const [adminA, adminB] = [await adminOf(a.id), await adminOf(b.id)];
    const orgB = await t.given.organisation({ partnershipId: b.id });
    const leadB = await t.as(await t.given.user({ role: 'agency_lead', organisationId: orgB.id }));

    const fromA = await adminA.post('/api/frameworks', { yaml: own('local-audit') }).expect(201);
    expect(fromA.body.ownerPartnershipId).toBe(a.id);
    await adminA.get('/api/frameworks/local-audit/versions/1.0').expect(200);
    for (const client of [adminB, leadB]) {
      await client.get('/api/frameworks/local-audit/versions/1.0').expect(404);
      await client.get('/api/frameworks/local-audit/diff?from=1.0&to=1.0').expect(404);
      const list = (await client.get('/api/frameworks').expect(200)).body as {
        frameworkId: string;
      }[];
      expect(list.map((f) => f.frameworkId)).not.toContain('local-audit');
    }
    // B's cycle cannot use A's version.
    const cycle = await adminB.post(`/api/partnerships/${b.id}/cycles`, {
      name: 'B on A',
      frameworkVersionId: fromA.body.id,
      opensOn: '2026-01-01',
    });
    expect({ status: cycle.status, code: cycle.body.code }).toEqual({
      status: 404,
      code: 'RESOURCE_NOT_FOUND',
    });
    // The same id and version with other content is B's own, not a conflict with A's.
    const fromB = await adminB
      .post('/api/frameworks', { yaml: own('local-audit').replace('Tests', 'Partnership B') })
      .expect(201);
    expect(fromB.body).toMatchObject({ ownerPartnershipId: b.id });
    expect(fromB.body.id).not.toBe(fromA.body.id);
    await adminA
      .post(`/api/partnerships/${a.id}/cycles`, {
        name: 'A on its own',
        frameworkVersionId: fromA.body.id,
        opensOn: '2026-01-01',
      })
      .expect(201);
  });
});
