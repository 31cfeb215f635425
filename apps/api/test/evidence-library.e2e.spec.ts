import { createHash } from 'node:crypto';
import { allText, inspectPdf } from '@pies/reports/testing';
import { binary, startTestApp, type Client, type TestApp } from './test-app';
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

  it('keeps a link in the library once, attached to several indicators, and in the snapshot', async () => {
    const url = 'https://intranet.example/policies/online-safety';
    const added = await otherLead
      .post(`/api/audits/${otherAuditId}/evidence/links`, {
        indicatorCode: 'P1.1',
        url,
        title: 'Online safety policy',
      })
      .expect(201);
    const linkId = added.body.id;
    expect(added.body).toMatchObject({
      kind: 'link',
      url,
      fileName: 'Online safety policy',
      indicatorCode: 'P1.1',
      sha256: null,
      sizeBytes: null,
      stillCurrentAsked: false,
    });
    // The same address on another indicator: the library's item attached, its title kept.
    const again = await otherLead
      .post(`/api/audits/${otherAuditId}/evidence/links`, {
        indicatorCode: 'P1.2',
        url,
        title: 'Another title',
      })
      .expect(201);
    expect(again.body).toMatchObject({
      id: linkId,
      indicatorCode: 'P1.2',
      fileName: 'Online safety policy',
    });
    const twice = await otherLead.post(`/api/audits/${otherAuditId}/evidence/links`, {
      indicatorCode: 'P1.2',
      url,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('EVIDENCE_ALREADY_ATTACHED');
    // Untitled: the address stands for its title.
    const bare = await otherLead
      .post(`/api/audits/${otherAuditId}/evidence/links`, {
        indicatorCode: 'I1.1',
        url: 'https://intranet.example/filtering-log',
      })
      .expect(201);
    expect(bare.body.fileName).toBe('https://intranet.example/filtering-log');
    // Bad input: a 400 naming each field, nothing stored.
    for (const [body, field] of [
      [{ indicatorCode: 'P1.1', url: 'intranet policy' }, 'url'],
      [{ indicatorCode: 'P1.1', url: 'ftp://intranet.example/policy' }, 'url'],
      [{ indicatorCode: 'P1.1', url, title: 'x'.repeat(201) }, 'title'],
      [{ url }, 'indicatorCode'],
    ] as const) {
      const res = await otherLead.post(`/api/audits/${otherAuditId}/evidence/links`, body);
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const unknown = await otherLead.post(`/api/audits/${otherAuditId}/evidence/links`, {
      indicatorCode: 'P9.9',
      url,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('indicatorCode');
    // Another organisation cannot add to this audit.
    expect(
      (
        await lead.post(`/api/audits/${otherAuditId}/evidence/links`, {
          indicatorCode: 'P1.1',
          url,
        })
      ).status,
    ).toBe(404);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM evidence_files WHERE kind = 'link'`,
    );
    expect(n).toBe(2);

    const library = (
      await otherLead
        .get(
          `/api/organisations/${(await t.db.query('SELECT organisation_id AS id FROM audits WHERE id = $1', [otherAuditId]))[0].id}/evidence`,
        )
        .expect(200)
    ).body;
    expect(library.find((i: { id: string }) => i.id === linkId)).toMatchObject({
      kind: 'link',
      url,
      mediaType: null,
    });
    // A link has no bytes to download.
    await otherLead.get(`/api/evidence/${linkId}`).expect(404);
    const events: { kind: string; subject: string }[] = await t.db.query(
      `SELECT kind, subject FROM audit_events WHERE audit_id = $1 AND after->>'id' = $2 ORDER BY id`,
      [otherAuditId, linkId],
    );
    expect(events).toEqual([
      { kind: 'evidence.linked', subject: 'P1.1' },
      { kind: 'evidence.attached', subject: 'P1.2' },
    ]);

    // Submitted: the snapshot names the link by id with its address; it cannot be deleted.
    for (const code of CODES)
      await otherLead
        .put(`/api/audits/${otherAuditId}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Answer for ${code}.`,
        })
        .expect(200);
    await otherLead.post(`/api/audits/${otherAuditId}/submit`).expect(200);
    const [{ snapshot }] = await t.db.query(
      'SELECT snapshot FROM submissions WHERE audit_id = $1',
      [otherAuditId],
    );
    expect(
      snapshot.evidence
        .filter((e: { kind: string }) => e.kind === 'link')
        .map((e: { indicatorCode: string; url: string }) => `${e.indicatorCode} ${e.url}`),
    ).toEqual([`I1.1 https://intranet.example/filtering-log`, `P1.1 ${url}`, `P1.2 ${url}`]);
    expect(snapshot.responses.every((r: object) => !('evidenceLinks' in r))).toBe(true);
    // The agency's PDF lists the link under each indicator it is attached to, with its address.
    const pdf = await board
      .get(`/api/audits/${otherAuditId}/report.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = allText(await inspectPdf(pdf.body as Buffer));
    expect(text.split('Link: Online safety policy').length - 1).toBe(2);
    expect(text).toContain(url);
    // Returned, so editable again: the link still cannot leave the library.
    await admin.post(`/api/audits/${otherAuditId}/return`, { reason: 'Say more.' }).expect(200);
    const del = await otherLead.delete(`/api/evidence/${linkId}`);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('EVIDENCE_IN_SUBMISSION');
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
    // The later migration of evidence (links into the library) is undone first, redone after.
    const links = t.db.migrations.find((m) => m.name === 'EvidenceLinks1796800000001');
    if (!migration?.down || !links?.down) throw new Error('the evidence migrations are not loaded');
    const runner = t.db.createQueryRunner();
    try {
      await links.down(runner);
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
      await links.up(runner);
    } finally {
      await runner.release();
    }
    // The API reads the migrated rows: the old file is in its organisation's library.
    const library = (await lead.get(`/api/organisations/${oid}/evidence`).expect(200)).body;
    expect(library.map((i: { fileName: string }) => i.fileName)).toContain('old.pdf');
  });

  it('carries attachments into the next cycle, asking "still current?" until confirmed', async () => {
    const link = await lead
      .post(`/api/audits/${auditId}/evidence/links`, {
        indicatorCode: 'I1.2',
        url: 'https://intranet.example/acceptable-use',
        title: 'Acceptable use policy',
      })
      .expect(201);
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    await admin.post(`/api/audits/${auditId}/accept`).expect(200);
    const nextCycle = await admin
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
    // Links are carried like files: the same item, asked about.
    expect(carried.find((e) => e.indicatorCode === 'I1.2')).toMatchObject({
      id: link.body.id,
      stillCurrentAsked: true,
    });
    expect(carried.every((e) => e.stillCurrentAsked)).toBe(true);
    // With the carried answers confirmed (all but I1.2's, which a later test needs waiting),
    // the audit's counts still show the indicators whose evidence waits (the cycle's list of
    // audits reads these counts).
    const codes = [...new Set(carried.map((e) => e.indicatorCode))];
    for (const code of CODES.filter((c) => c !== 'I1.2'))
      await lead.post(`/api/audits/${next}/responses/${code}/confirm`).expect(200);
    const toConfirm = async () =>
      (await admin.get(`/api/cycles/${nextCycle.body.id}/audits`).expect(200)).body.find(
        (a: { id: string }) => a.id === next,
      ).counts.toConfirm;
    expect(await toConfirm()).toBe(codes.length);
    // Submitting needs each carried item's word that it is still current (or its detaching).
    const evidenceGaps = async () => {
      const refused = await lead.post(`/api/audits/${next}/submit`).expect(422);
      expect(refused.body.code).toBe('AUDIT_INCOMPLETE');
      return (refused.body.details as { indicatorCode: string; problems: { code: string }[] }[])
        .filter((d) => d.problems.some((p) => p.code === 'evidenceConfirmationRequired'))
        .map((d) => d.indicatorCode)
        .sort();
    };
    expect(await evidenceGaps()).toEqual([...new Set(carried.map((e) => e.indicatorCode))].sort());
    const confirmed = await lead
      .post(`/api/audits/${next}/evidence/confirm`, { evidenceId: itemId, indicatorCode: 'P1.1' })
      .expect(200);
    expect(confirmed.body).toMatchObject({ id: itemId, stillCurrentAsked: false });
    await lead
      .post(`/api/audits/${next}/evidence/confirm`, { evidenceId: itemId, indicatorCode: 'P1.1' })
      .expect(404);
    expect(await evidenceGaps()).not.toContain('P1.1');
    const waiting = carried.filter((e) => !(e.id === itemId && e.indicatorCode === 'P1.1'));
    expect(await toConfirm()).toBe(new Set(waiting.map((e) => e.indicatorCode)).size);
    expect(await evidenceGaps()).toContain('I1.2');
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

  it('migrates the links answers held into the library: one item per address, every answer attached', async () => {
    const migration = t.db.migrations.find((m) => m.name === 'EvidenceLinks1796800000001');
    if (!migration?.down) throw new Error('the evidence links migration is not loaded');
    const runner = t.db.createQueryRunner();
    const url = 'https://intranet.example/policies/online-safety';
    const [{ id: next }] = await t.db.query(
      'SELECT id FROM audits WHERE organisation_id = $1 AND id <> $2',
      [oid, auditId],
    );
    try {
      await migration.down(runner);
      // Down put the other agency's links back on its answers, in the order attached.
      const [p11] = await t.db.query(
        `SELECT evidence_links FROM responses WHERE audit_id = $1 AND indicator_code = 'P1.1'`,
        [otherAuditId],
      );
      expect(p11.evidence_links).toEqual([{ url, title: 'Online safety policy' }]);
      // Old-style answers: one address on two answers of two audits (one carried forward and
      // not yet confirmed), titled differently; one untitled; one blank entry.
      await t.db.query(
        `UPDATE responses SET evidence_links = $3::jsonb WHERE audit_id = $1 AND indicator_code = $2`,
        [
          auditId,
          'I1.1',
          JSON.stringify([{ url: 'https://a.example/log', title: 'Log' }, { url: ' ' }]),
        ],
      );
      await t.db.query(
        `UPDATE responses SET evidence_links = $2::jsonb, prefilled = true, confirmed_at = NULL
          WHERE audit_id = $1 AND indicator_code = 'I1.1'`,
        [
          next,
          JSON.stringify([
            { url: 'https://a.example/log', title: 'Newer title' },
            { url: 'https://a.example/plan' },
          ]),
        ],
      );
      const submissionsBefore = await t.db.query('SELECT * FROM submissions ORDER BY id');
      const filesBefore = await t.db.query(
        `SELECT id, encode(sha256(content), 'hex') AS hash FROM evidence_files ORDER BY id`,
      );
      await migration.up(runner);
      expect(await t.db.query('SELECT * FROM submissions ORDER BY id')).toEqual(submissionsBefore);
      expect(
        await t.db.query(
          `SELECT id, encode(sha256(content), 'hex') AS hash FROM evidence_files WHERE kind = 'file' ORDER BY id`,
        ),
      ).toEqual(filesBefore);
      const links = await t.db.query(
        `SELECT e.organisation_id = $1 AS ours, e.url, e.file_name AS title,
                array_agg(a.id = $2 ORDER BY a.created_at) AS "inFirst",
                array_agg(ea.indicator_code || ':' || ea.still_current_asked ORDER BY a.created_at, ea.indicator_code) AS uses
           FROM evidence_files e JOIN evidence_attachments ea ON ea.evidence_id = e.id JOIN audits a ON a.id = ea.audit_id
          WHERE e.kind = 'link' GROUP BY e.id ORDER BY e.url`,
        [oid, auditId],
      );
      expect(links).toEqual([
        {
          ours: true,
          url: 'https://a.example/log',
          title: 'Log',
          inFirst: [true, false],
          uses: ['I1.1:false', 'I1.1:true'],
        },
        {
          ours: true,
          url: 'https://a.example/plan',
          title: 'https://a.example/plan',
          inFirst: [false],
          uses: ['I1.1:true'],
        },
        {
          ours: true,
          url: 'https://intranet.example/acceptable-use',
          title: 'Acceptable use policy',
          inFirst: [true, false],
          uses: ['I1.2:false', 'I1.2:true'],
        },
        {
          ours: false,
          url: 'https://intranet.example/filtering-log',
          title: 'https://intranet.example/filtering-log',
          inFirst: [false],
          uses: ['I1.1:false'],
        },
        {
          ours: false,
          url,
          title: 'Online safety policy',
          inFirst: [false, false],
          uses: ['P1.1:false', 'P1.2:false'],
        },
      ]);
    } finally {
      await runner.release();
    }
    // The API reads the migrated rows.
    const evidence = (await lead.get(`/api/audits/${next}`).expect(200)).body.evidence;
    expect(evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'link',
          url: 'https://a.example/plan',
          stillCurrentAsked: true,
        }),
      ]),
    );
  });

  it('lists the library by name as people read it, whatever the case', async () => {
    // The other agency's audit is still being written (this one has been submitted).
    for (const name of ['Beta plan.pdf', 'alpha plan.pdf', 'gamma plan.pdf'])
      await upload(
        otherLead,
        otherAuditId,
        'P1.1',
        Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
        name,
      ).expect(201);
    const [{ id: otherOid }] = await t.db.query(
      'SELECT organisation_id AS id FROM audits WHERE id = $1',
      [otherAuditId],
    );
    const library = (await otherLead.get(`/api/organisations/${otherOid}/evidence`).expect(200))
      .body;
    expect(
      library
        .map((i: { fileName: string }) => i.fileName)
        .filter((n: string) => n.endsWith(' plan.pdf')),
    ).toEqual(['alpha plan.pdf', 'Beta plan.pdf', 'gamma plan.pdf']);
  });
});
