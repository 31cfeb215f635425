import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFramework } from '@pies/framework';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PIES = readFileSync(
  resolve(__dirname, '../../../templates/frameworks/online-safeguarding-pies.yaml'),
  'utf8',
);

/** A framework version downloads as YAML in the import format, to edit and import again. */
describe('a framework version as YAML', () => {
  let t: TestApp;
  let platform: Client;
  beforeAll(async () => {
    t = await startTestApp();
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
  });
  afterAll(() => t.close());

  const yamlOf = (client: Client, frameworkId: string, version: string) =>
    client.get(`/api/frameworks/${frameworkId}/versions/${version}/yaml`).buffer(true);

  it('exports a version that imports unchanged as the same version (same content hash)', async () => {
    const imported = await platform.post('/api/frameworks', { yaml: PIES }).expect(201);
    const stored = await platform
      .get(`/api/frameworks/online-safeguarding-pies/versions/${imported.body.version}`)
      .expect(200);
    const res = await yamlOf(platform, 'online-safeguarding-pies', imported.body.version).expect(
      200,
    );
    expect(res.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="online-safeguarding-pies-${imported.body.version}.yaml"`,
    );
    const yaml = res.text;
    const parsed = parseFramework(yaml);
    expect(parsed.ok && parsed.framework).toEqual(stored.body.definition);
    // Imported again as it is: the identical version, not a new one (200, not 201).
    const again = await platform.post('/api/frameworks', { yaml }).expect(200);
    expect(again.body).toMatchObject({
      id: imported.body.id,
      contentHash: imported.body.contentHash,
      created: false,
    });
  });

  it('edited and imported under a new version, it is that version with the change', async () => {
    const yaml = (await yamlOf(platform, 'online-safeguarding-pies', '2026.1').expect(200)).text;
    const edited = yaml
      .replace(/^version: .*$/m, 'version: "2026.2"')
      .replace(/^(\s+- code: P1\.1\n\s+statement: )[\s\S]*?\n(\s+guidance:)/m, '$1A new P1.1.\n$2');
    expect(edited).not.toBe(yaml);
    await platform.post('/api/frameworks', { yaml: edited }).expect(201);
    const diff = await platform
      .get('/api/frameworks/online-safeguarding-pies/diff?from=2026.1&to=2026.2')
      .expect(200);
    expect(diff.body.changed.map((c: { code: string }) => c.code)).toEqual(['P1.1']);
    expect(diff.body.added).toEqual([]);
    expect(diff.body.removed).toEqual([]);
  });

  it("keeps a partnership's own framework from other partnerships, and names a bad version", async () => {
    const a = await t.given.partnership();
    const b = await t.given.partnership();
    const adminA = await t.as(
      await t.given.user({ role: 'partnership_admin', partnershipId: a.id }),
    );
    const boardB = await t.as(await t.given.user({ role: 'board_member', partnershipId: b.id }));
    await adminA
      .post('/api/frameworks', {
        yaml: testFrameworkYaml('1.0').replace('id: test-framework', 'id: a-own'),
      })
      .expect(201);
    expect((await yamlOf(adminA, 'a-own', '1.0').expect(200)).text).toContain('id: a-own');
    await yamlOf(boardB, 'a-own', '1.0').expect(404);
    await yamlOf(adminA, 'a-own', '9.9').expect(404);
    const bad = await yamlOf(adminA, 'a-own', 'not%20a%20version').expect(400);
    expect(JSON.stringify(bad.body)).toContain('version');
  });
});
