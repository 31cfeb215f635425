import { createHash } from 'node:crypto';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PDF = Buffer.from('%PDF-1.4\n% the online safety policy\n%%EOF\n');
const OTHER_PDF = Buffer.from('%PDF-1.4\n% another agency policy\n%%EOF\n');
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

describe('the evidence library', () => {
  let t: TestApp;
  let lead: Client, otherLead: Client, admin: Client, board: Client;
  let oid: string, auditId: string, otherAuditId: string;
  let version: string, pid: string;

  const upload = (client: Client, audit: string, code: string, content: Buffer, name: string) =>
    client.agent
      .post(`/api/audits/${audit}/evidence`)
      .set('X-CSRF-Token', client.csrf)
      .field('indicatorCode', code)
      .attach('file', content, { filename: name });

  const evidenceOf = async (client: Client, audit: string) =>
    (
      (await client.get(`/api/audits/${audit}`).expect(200)).body.evidence as {
        id: string;
        indicatorCode: string;
      }[]
    ).map((e) => `${e.indicatorCode} ${e.id}`);

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    version = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    const otherOid = (await t.given.organisation({ partnershipId: pid })).id;
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    otherLead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: otherOid }));
    await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: version,
        opensOn: '2025-09-01',
        status: 'open',
      })
      .expect(201);
    const audits: { id: string; organisation_id: string }[] = await t.db.query(
      'SELECT id, organisation_id FROM audits',
    );
    auditId = audits.find((a) => a.organisation_id === oid)!.id;
    otherAuditId = audits.find((a) => a.organisation_id === otherOid)!.id;
  });
  afterAll(() => t.close());

  let itemId: string;

  it('attaches one uploaded file to two indicators, and lists it once in the library', async () => {
    const up = await upload(lead, auditId, 'P1.1', PDF, 'Online safety policy.pdf').expect(201);
    itemId = up.body.id;
    expect(up.body).toMatchObject({ indicatorCode: 'P1.1', stillCurrentAsked: false });
    const attached = await lead
      .post(`/api/audits/${auditId}/evidence/attachments`, {
        evidenceId: itemId,
        indicatorCode: 'P1.2',
      })
      .expect(201);
    expect(attached.body).toMatchObject({
      id: itemId,
      indicatorCode: 'P1.2',
      fileName: 'Online safety policy.pdf',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(await evidenceOf(lead, auditId)).toEqual([`P1.1 ${itemId}`, `P1.2 ${itemId}`]);
    // Once is enough.
    const again = await lead.post(`/api/audits/${auditId}/evidence/attachments`, {
      evidenceId: itemId,
      indicatorCode: 'P1.2',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('EVIDENCE_ALREADY_ATTACHED');

    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    expect(library).toHaveLength(1);
    expect(library[0]).toMatchObject({ id: itemId, inSubmission: false });
    expect(library[0].attachments.map((a: { indicatorCode: string }) => a.indicatorCode)).toEqual([
      'P1.1',
      'P1.2',
    ]);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM evidence_files');
    expect(n).toBe(1);
    const events: { kind: string; subject: string }[] = await t.db.query(
      `SELECT kind, subject FROM audit_events WHERE audit_id = $1 AND kind LIKE 'evidence.%' ORDER BY id`,
      [auditId],
    );
    expect(events).toEqual([
      { kind: 'evidence.uploaded', subject: 'P1.1' },
      { kind: 'evidence.attached', subject: 'P1.2' },
    ]);
  });

  it("refuses another organisation's item as 404, and a bad id as 400 naming the field", async () => {
    const theirs = await otherLead.post(`/api/audits/${otherAuditId}/evidence/attachments`, {
      evidenceId: itemId,
      indicatorCode: 'P1.1',
    });
    expect(theirs.status).toBe(404);
    const other = await upload(otherLead, otherAuditId, 'P1.1', OTHER_PDF, 'theirs.pdf').expect(
      201,
    );
    const mine = await lead.post(`/api/audits/${auditId}/evidence/attachments`, {
      evidenceId: other.body.id,
      indicatorCode: 'P1.1',
    });
    expect(mine.status).toBe(404);
    const detachTheirs = await lead.post(`/api/audits/${auditId}/evidence/detach`, {
      evidenceId: other.body.id,
      indicatorCode: 'P1.1',
    });
    expect(detachTheirs.status).toBe(404);
    const bad = await lead
      .post(`/api/audits/${auditId}/evidence/attachments`, {
        evidenceId: 'not-a-uuid',
        indicatorCode: 'P1.1',
      })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('evidenceId');
    await lead.get(`/api/organisations/${oid}/evidence`).expect(200);
    expect((await otherLead.get(`/api/organisations/${oid}/evidence`)).status).toBe(404);
    // Nothing changed for either.
    expect(await evidenceOf(lead, auditId)).toEqual([`P1.1 ${itemId}`, `P1.2 ${itemId}`]);
    expect(await evidenceOf(otherLead, otherAuditId)).toEqual([`P1.1 ${other.body.id}`]);
  });

  it('detaches a file from one indicator and keeps it in the library', async () => {
    const spare = await upload(lead, auditId, 'I1.1', PDF, 'Spare copy.pdf').expect(201);
    await lead
      .post(`/api/audits/${auditId}/evidence/attachments`, {
        evidenceId: spare.body.id,
        indicatorCode: 'I1.2',
      })
      .expect(201);
    await lead
      .post(`/api/audits/${auditId}/evidence/detach`, {
        evidenceId: spare.body.id,
        indicatorCode: 'I1.1',
      })
      .expect(204);
    const missing = await lead.post(`/api/audits/${auditId}/evidence/detach`, {
      evidenceId: spare.body.id,
      indicatorCode: 'I1.1',
    });
    expect(missing.status).toBe(404);
    expect(await evidenceOf(lead, auditId)).toEqual(
      expect.arrayContaining([`I1.2 ${spare.body.id}`]),
    );
    expect(await evidenceOf(lead, auditId)).not.toContain(`I1.1 ${spare.body.id}`);
    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    expect(library.map((i: { id: string }) => i.id)).toContain(spare.body.id);
    // Deleted from the library: gone from every indicator, with the trail saying so.
    await lead.delete(`/api/evidence/${spare.body.id}`).expect(204);
    expect(await evidenceOf(lead, auditId)).not.toContain(`I1.2 ${spare.body.id}`);
    const events: { kind: string; subject: string }[] = await t.db.query(
      `SELECT kind, subject FROM audit_events WHERE audit_id = $1 AND (after->>'id' = $2 OR before->>'id' = $2) ORDER BY id`,
      [auditId, spare.body.id],
    );
    expect(events).toEqual([
      { kind: 'evidence.uploaded', subject: 'I1.1' },
      { kind: 'evidence.attached', subject: 'I1.2' },
      { kind: 'evidence.detached', subject: 'I1.1' },
      { kind: 'evidence.deleted', subject: 'I1.2' },
    ]);
  });

  it('never deletes a file a submission names, even once the audit is returned', async () => {
    for (const code of CODES)
      await lead
        .put(`/api/audits/${auditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Answer for ${code}.`,
        })
        .expect(200);
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    const [before] = await t.db.query(
      'SELECT snapshot, sha256 FROM submissions WHERE audit_id = $1',
      [auditId],
    );
    expect(
      before.snapshot.evidence.map((e: { indicatorCode: string; id: string }) => [
        e.indicatorCode,
        e.id,
      ]),
    ).toEqual([
      ['P1.1', itemId],
      ['P1.2', itemId],
    ]);
    await admin.post(`/api/audits/${auditId}/return`, { reason: 'Say more.' }).expect(200);
    await lead
      .post(`/api/audits/${auditId}/evidence/detach`, { evidenceId: itemId, indicatorCode: 'P1.2' })
      .expect(204);
    const del = await lead.delete(`/api/evidence/${itemId}`);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('EVIDENCE_IN_SUBMISSION');
    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    expect(library.find((i: { id: string }) => i.id === itemId)).toMatchObject({
      inSubmission: true,
    });
    const [after] = await t.db.query(
      'SELECT snapshot, sha256 FROM submissions WHERE audit_id = $1',
      [auditId],
    );
    expect(after).toEqual(before);
  });

  it('migrates old evidence rows: every file kept, each with its one attachment, submissions untouched', async () => {
    // The migration itself, as the app's data source loaded it from migrations/.
    const migration = t.db.migrations.find((m) => m.name === 'EvidenceLibrary1796600000001');
    if (!migration?.down) throw new Error('the evidence library migration is not loaded');
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      // Old-style rows, as they were before the library: one per audit and indicator.
      await t.db.query(
        `INSERT INTO evidence_files (audit_id, indicator_code, file_name, media_type, size_bytes, sha256, content)
         VALUES ($1, 'I2.1', 'old.pdf', 'application/pdf', $2, 'x', $3), ($4, 'I2.1', 'old.pdf', 'application/pdf', $2, 'x', $3)`,
        [auditId, PDF.length, PDF, otherAuditId],
      );
      const files = async () =>
        t.db.query(
          `SELECT id, audit_id, indicator_code, file_name, sha256, encode(sha256(content), 'hex') AS hash
             FROM evidence_files ORDER BY id`,
        );
      const filesBefore = await files();
      const submissionsBefore = await t.db.query('SELECT * FROM submissions ORDER BY id');
      await migration.up(runner);
      expect(await files()).toEqual(filesBefore);
      expect(await t.db.query('SELECT * FROM submissions ORDER BY id')).toEqual(submissionsBefore);
      const attachments = await t.db.query(
        `SELECT ea.evidence_id AS id, ea.audit_id, ea.indicator_code, ea.still_current_asked,
                e.organisation_id = a.organisation_id AS same_org
           FROM evidence_attachments ea JOIN evidence_files e ON e.id = ea.evidence_id JOIN audits a ON a.id = ea.audit_id
          ORDER BY ea.evidence_id`,
      );
      expect(attachments).toHaveLength(filesBefore.length);
      expect(attachments).toEqual(
        filesBefore.map((f: { id: string; audit_id: string; indicator_code: string }) => ({
          id: f.id,
          audit_id: f.audit_id,
          indicator_code: f.indicator_code,
          still_current_asked: false,
          same_org: true,
        })),
      );
    } finally {
      await runner.release();
    }
    // The API reads the migrated rows: the old file is in its organisation's library.
    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    expect(library.map((i: { fileName: string }) => i.fileName)).toContain('old.pdf');
  });

  it('carries attachments into the next cycle, asking "still current?" until confirmed', async () => {
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    await admin.post(`/api/audits/${auditId}/accept`).expect(200);
    await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2027-29',
        frameworkVersionId: version,
        opensOn: '2027-09-01',
        status: 'open',
      })
      .expect(201);
    const [{ id: next }] = await t.db.query(
      'SELECT id FROM audits WHERE organisation_id = $1 AND id <> $2',
      [oid, auditId],
    );
    await lead.post(`/api/audits/${next}/start`).expect(200);
    const carried = (await lead.get(`/api/audits/${next}`).expect(200)).body.evidence as {
      id: string;
      indicatorCode: string;
      stillCurrentAsked: boolean;
    }[];
    const p11 = carried.find((e) => e.indicatorCode === 'P1.1');
    expect(p11).toMatchObject({ id: itemId, stillCurrentAsked: true });
    expect(carried.every((e) => e.stillCurrentAsked)).toBe(true);
    const confirmed = await lead
      .post(`/api/audits/${next}/evidence/confirm`, { evidenceId: itemId, indicatorCode: 'P1.1' })
      .expect(200);
    expect(confirmed.body).toMatchObject({ id: itemId, stillCurrentAsked: false });
    await lead
      .post(`/api/audits/${next}/evidence/confirm`, { evidenceId: itemId, indicatorCode: 'P1.1' })
      .expect(404);
    // The same file, one row: used in both cycles.
    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    const item = library.find((i: { id: string }) => i.id === itemId);
    expect(item.attachments.map((a: { cycle: string }) => a.cycle)).toEqual(['2025-27', '2027-29']);
    const [{ kind }] = await t.db.query(
      `SELECT kind FROM audit_events WHERE audit_id = $1 AND kind LIKE 'evidence.%'`,
      [next],
    );
    expect(kind).toBe('evidence.confirmed');

    // A file uploaded in the new (draft) audit is the agency's alone, until an audit the board
    // sees uses it.
    const fresh = await upload(lead, next, 'P1.1', OTHER_PDF, 'New policy.pdf').expect(201);
    expect((await board.get(`/api/evidence/${fresh.body.id}`)).status).toBe(403);
    expect((await board.get(`/api/evidence/${itemId}`)).status).toBe(200);
    await t.db.query(
      `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code) VALUES ($1, $2, 'P1.2')`,
      [fresh.body.id, auditId],
    );
    expect((await board.get(`/api/evidence/${fresh.body.id}`)).status).toBe(200);
  });
});
