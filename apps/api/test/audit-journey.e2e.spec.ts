import { createHash } from 'node:crypto';
import { canonicalJson } from '@pies/framework';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const answer = (version: number, level: number, commentary = `Evidence for level ${level}.`) => ({
  version,
  level,
  commentary,
});

describe('the audit journey', () => {
  let t: TestApp;
  let platform: Client, admin: Client, board: Client, lead: Client, contributor: Client;
  let pid: string, oid: string, contributorId: string;
  let v1: string;
  let cycleId: string;
  let auditId: string;

  beforeAll(async () => {
    t = await startTestApp({ EVIDENCE_MAX_MB: '1' });
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid, sector: 'education' })).id;
    await t.given.organisation({ partnershipId: pid, sector: 'health' });
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    const c = await t.given.user({ role: 'agency_contributor', organisationId: oid });
    contributorId = c.id;
    contributor = await t.as(c);
  });
  afterAll(() => t.close());

  it('imports a framework: new 201, identical again 200, changed same version 409, bad file 400 with paths', async () => {
    const created = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(201);
    expect(created.body).toMatchObject({
      frameworkId: 'test-framework',
      version: '1.0',
      indicatorCount: 5,
      created: true,
    });
    v1 = created.body.id;
    const again = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(200);
    expect(again.body).toMatchObject({ id: v1, created: false });
    const changed = await platform.post('/api/frameworks', {
      yaml: testFrameworkYaml('1.0', { p12Statement: 'Changed.' }),
    });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('FRAMEWORK_VERSION_PUBLISHED');
    const bad = await platform
      .post('/api/frameworks', {
        yaml: testFrameworkYaml('1.1')
          .replace('benchmark: 3', 'benchmark: 7')
          .replace('code: I1.2', 'code: I1.1'),
      })
      .expect(400);
    expect(bad.body.code).toBe('FRAMEWORK_INVALID');
    const fields = bad.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['scale.benchmark', 'areas[1].standards[0].indicators[1].code']),
    );
    // Each problem says where it is in the file.
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        {
          field: 'scale.benchmark',
          problems: [{ code: 'frameworkRule', params: {}, message: expect.any(String) }],
          line: 8,
        },
        {
          field: 'areas[1].standards[0].indicators[1].code',
          problems: [
            { code: 'frameworkRule', params: {}, message: expect.stringContaining('I1.1') },
          ],
          line: 59,
        },
      ]),
    );
    const list = await lead.get('/api/frameworks').expect(200);
    expect(list.body[0].versions.map((v: { version: string }) => v.version)).toEqual(['1.0']);
  });

  it('opens a cycle: every member organisation gets an audit, due two years on by default', async () => {
    const res = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: v1,
        opensOn: '2025-09-01',
        status: 'open',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      status: 'open',
      dueOn: '2027-09-01',
      audits: { not_started: 2 },
    });
    cycleId = res.body.id;
    const audits = await board.get(`/api/cycles/${cycleId}/audits`).expect(200);
    expect(audits.body).toHaveLength(2);
    auditId = audits.body.find(
      (a: { organisation: { id: string } }) => a.organisation.id === oid,
    ).id;
    // An organisation joining later gets one too.
    const late = await admin
      .post(`/api/partnerships/${pid}/organisations`, {
        name: 'Late Joiner FC',
        sector: 'sport_leisure',
      })
      .expect(201);
    const lateAudits = await admin.get(`/api/organisations/${late.body.id}/audits`).expect(200);
    expect(lateAudits.body.map((a: { cycle: { id: string } }) => a.cycle.id)).toEqual([cycleId]);
  });

  it('the lead assigns an area; the contributor edits only what is assigned', async () => {
    await lead
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [{ userId: contributorId, areaCode: 'I' }],
      })
      .expect(200);
    const ok = await contributor
      .put(`/api/audits/${auditId}/responses/I1.1`, answer(0, 3, 'Filtering is tested each term.'))
      .expect(200);
    expect(ok.body).toMatchObject({ indicatorCode: 'I1.1', level: 3, version: 1 });
    const refused = await contributor.put(`/api/audits/${auditId}/responses/P1.1`, answer(0, 2));
    expect(refused.status).toBe(403);
    const audit = await lead.get(`/api/audits/${auditId}`).expect(200);
    expect(audit.body.status).toBe('in_progress'); // the first save started it
    // Someone who is not a member of the organisation does not exist as far as it can tell.
    const unknown = await lead
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [{ userId: '00000000-0000-4000-8000-000000000000', areaCode: 'I' }],
      })
      .expect(404);
    expect(unknown.body.message).toBe('user (assignments.0.userId) not found');
  });

  it('saves answers with optimistic versions; bad levels and N/A where not allowed are 400', async () => {
    await lead
      .put(
        `/api/audits/${auditId}/responses/P1.1`,
        answer(0, 2, 'Draft policy awaiting governors.'),
      )
      .expect(200);
    const p12 = await lead
      .put(`/api/audits/${auditId}/responses/P1.2`, { version: 0, level: 4 })
      .expect(200);
    expect(p12.body.commentary).toBeNull();
    await lead
      .put(`/api/audits/${auditId}/responses/I1.2`, {
        version: 0,
        notApplicable: true,
        notApplicableReason: 'We provide no devices.',
      })
      .expect(200);
    const badLevel = await lead
      .put(`/api/audits/${auditId}/responses/P1.2`, { version: 1, level: 9 })
      .expect(400);
    expect(badLevel.body.details[0].field).toBe('level');
    const na = await lead
      .put(`/api/audits/${auditId}/responses/P1.1`, {
        version: 1,
        notApplicable: true,
        notApplicableReason: 'x',
      })
      .expect(400);
    expect(na.body.details[0].field).toBe('notApplicable');
    await lead.put(`/api/audits/${auditId}/responses/X9.9`, answer(0, 1)).expect(404);
  });

  it('takes evidence files by content, and refuses fakes, oversize and executables', async () => {
    const up = await lead.agent
      .post(`/api/audits/${auditId}/evidence`)
      .set('X-CSRF-Token', lead.csrf)
      .field('indicatorCode', 'P1.1')
      .attach('file', PDF, { filename: '../../Online Safety Policy.pdf', contentType: 'text/html' })
      .expect(201);
    expect(up.body).toMatchObject({
      fileName: 'Online Safety Policy.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const down = await board.get(`/api/evidence/${up.body.id}`);
    expect(down.status).toBe(403); // the board waits for submission
    const own = await lead
      .get(`/api/evidence/${up.body.id}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain('attachment');
    expect(Buffer.compare(own.body as Buffer, PDF)).toBe(0);

    const upload = (buf: Buffer, filename: string) =>
      lead.agent
        .post(`/api/audits/${auditId}/evidence`)
        .set('X-CSRF-Token', lead.csrf)
        .field('indicatorCode', 'P1.1')
        .attach('file', buf, { filename });
    const fake = await upload(PNG, 'policy.pdf');
    expect(fake.status).toBe(400);
    expect(fake.body.message).toContain('PNG image');
    expect(fake.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          field: 'file',
          problems: [
            {
              code: 'fileExtensionMismatch',
              params: { type: 'a PNG image', extension: 'pdf', expected: 'png' },
            },
          ],
        },
      ],
    });
    const exe = await upload(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), 'tool.exe');
    expect(exe.status).toBe(400);
    const big = await upload(Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]), 'big.pdf');
    expect(big.status).toBe(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM evidence_files WHERE audit_id = $1',
      [auditId],
    );
    expect(n).toBe(1);
  });

  it('keeps an action plan with overdue actions flagged', async () => {
    const a = await lead
      .post(`/api/audits/${auditId}/actions`, {
        indicatorCode: 'P1.1',
        description: 'Governors to approve the policy.',
        owner: 'Head teacher',
        dueOn: '2020-01-31',
      })
      .expect(201);
    expect(a.body).toMatchObject({ status: 'not_started', overdue: true });
    const done = await lead
      .patch(`/api/actions/${a.body.id}`, { status: 'in_progress' })
      .expect(200);
    expect(done.body.status).toBe('in_progress');
    // A contributor adds and changes actions on the indicators assigned to them (area I), not
    // elsewhere nor on the audit as a whole: those are the leads' (403 ACTION_NOT_YOURS).
    const other = await contributor
      .post(`/api/audits/${auditId}/actions`, {
        indicatorCode: 'I1.1',
        description: 'Termly filter test.',
        owner: 'IT',
      })
      .expect(201);
    expect(other.body.mayChange).toBe('all');
    for (const body of [
      { description: 'Whole audit.', owner: 'IT' },
      { indicatorCode: 'P1.2', description: 'Not mine.', owner: 'IT' },
    ]) {
      const refused = await contributor.post(`/api/audits/${auditId}/actions`, body).expect(403);
      expect(refused.body.code).toBe('ACTION_NOT_YOURS');
    }
    await contributor.patch(`/api/actions/${a.body.id}`, { status: 'done' }).expect(403);
    await contributor.delete(`/api/actions/${a.body.id}`).expect(403);
    const plan = (await contributor.get(`/api/audits/${auditId}/actions`).expect(200)).body as {
      id: string;
      mayChange: string;
    }[];
    expect(plan.map((x) => [x.id, x.mayChange])).toEqual([
      [a.body.id, 'none'],
      [other.body.id, 'all'],
    ]);
    await contributor.delete(`/api/actions/${other.body.id}`).expect(204);
  });

  it('refuses to submit with gaps, listing every missing code with its title (422)', async () => {
    await contributor.post(`/api/audits/${auditId}/submit`).expect(403);
    const res = await lead.post(`/api/audits/${auditId}/submit`).expect(422);
    expect(res.body.code).toBe('AUDIT_INCOMPLETE');
    const gap = (code: string, message: string) => ({ code, params: {}, message });
    expect(res.body.details).toEqual([
      {
        indicatorCode: 'P1.2',
        title: 'The agency reviews the policy every year.',
        problems: [gap('commentaryRequired', 'needs commentary')],
      },
      {
        indicatorCode: 'I2.1',
        title: 'The agency knows the reporting routes.',
        problems: [
          gap('levelRequired', 'needs a level'),
          gap('commentaryRequired', 'needs commentary'),
        ],
      },
    ]);
  });

  it('submits: stores a snapshot with its SHA-256 and freezes the audit', async () => {
    await lead
      .put(`/api/audits/${auditId}/responses/P1.2`, {
        version: 1,
        commentary: 'Reviewed every September.',
      })
      .expect(200);
    await contributor
      .put(`/api/audits/${auditId}/responses/I2.1`, answer(0, 3, 'Posters in every room.'))
      .expect(200);
    const res = await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    expect(res.body.status).toBe('submitted');
    const [row] = await t.db.query('SELECT snapshot, sha256 FROM submissions WHERE audit_id = $1', [
      auditId,
    ]);
    expect(res.body.latestSubmission.sha256).toBe(row.sha256);
    expect(createHash('sha256').update(canonicalJson(row.snapshot)).digest('hex')).toBe(row.sha256);
    expect(row.snapshot.responses.map((r: { indicatorCode: string }) => r.indicatorCode)).toEqual([
      'I1.1',
      'I1.2',
      'I2.1',
      'P1.1',
      'P1.2',
    ]);

    const write = await lead.put(`/api/audits/${auditId}/responses/P1.1`, answer(1, 3));
    expect(write.status).toBe(409);
    expect(write.body.message).toContain('audit is submitted');
    await lead.post(`/api/audits/${auditId}/actions`, { description: 'x', owner: 'y' }).expect(409);
    await lead.put(`/api/audits/${auditId}/assignments`, { assignments: [] }).expect(409);
    const ev = await lead.agent
      .post(`/api/audits/${auditId}/evidence`)
      .set('X-CSRF-Token', lead.csrf)
      .field('indicatorCode', 'P1.1')
      .attach('file', PDF, { filename: 'b.pdf' });
    expect(ev.status).toBe(409);
    await lead.post(`/api/audits/${auditId}/submit`).expect(409);
  });

  let challengeId: string;
  it('the board challenges an indicator, the lead replies, the board returns the audit', async () => {
    const read = await board.get(`/api/audits/${auditId}`).expect(200);
    expect(read.body.score.overall.score).toBeGreaterThan(0);
    const ch = await board
      .post(`/api/audits/${auditId}/challenges`, {
        indicatorCode: 'P1.1',
        question: 'When will governors approve the policy?',
      })
      .expect(201);
    challengeId = ch.body.id;
    const reply = await lead
      .post(`/api/challenges/${challengeId}/replies`, { body: 'At the March meeting.' })
      .expect(201);
    expect(reply.body.messages.map((m: { authorSide: string }) => m.authorSide)).toEqual([
      'board',
      'agency',
    ]);
    await board
      .post(`/api/challenges/${challengeId}/replies`, { body: 'Please send the minutes.' })
      .expect(201);
    await lead.post(`/api/audits/${auditId}/return`, { reason: 'x' }).expect(403);
    await board.post(`/api/audits/${auditId}/return`, { reason: '' }).expect(400);
    const ret = await board
      .post(`/api/audits/${auditId}/return`, { reason: 'Please update P1.1 once approved.' })
      .expect(200);
    expect(ret.body).toMatchObject({
      status: 'returned',
      returnReason: 'Please update P1.1 once approved.',
    });
    await board.post(`/api/audits/${auditId}/accept`).expect(409);
  });

  it('the lead edits the returned audit and resubmits; the board resolves and accepts', async () => {
    const current = await lead.get(`/api/audits/${auditId}`).expect(200);
    const p11 = current.body.responses.find(
      (r: { indicatorCode: string }) => r.indicatorCode === 'P1.1',
    );
    await lead
      .put(
        `/api/audits/${auditId}/responses/P1.1`,
        answer(p11.version, 3, 'Approved by governors in March.'),
      )
      .expect(200);
    expect((await lead.get(`/api/audits/${auditId}`)).body.status).toBe('in_progress');
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM submissions WHERE audit_id = $1',
      [auditId],
    );
    expect(n).toBe(2);
    await board.post(`/api/challenges/${challengeId}/resolve`).expect(200);
    await board.post(`/api/challenges/${challengeId}/replies`, { body: 'late' }).expect(409);
    const acc = await board.post(`/api/audits/${auditId}/accept`).expect(200);
    expect(acc.body.status).toBe('accepted');
    const org = await admin.get(`/api/organisations/${oid}`).expect(200);
    expect(org.body.compliance).toEqual([
      expect.objectContaining({ partnershipId: pid, status: 'compliant' }),
    ]);
  });

  it('keeps an append-only trail of every change', async () => {
    const res = await admin.get(`/api/audits/${auditId}/events?limit=1000`).expect(200);
    const kinds = res.body.map((e: { kind: string }) => e.kind);
    for (const k of [
      'assignments.replaced',
      'audit.started',
      'response.saved',
      'evidence.uploaded',
      'action.created',
      'action.updated',
      'action.deleted',
      'audit.submitted',
      'challenge.raised',
      'challenge.replied',
      'audit.returned',
      'audit.reopened',
      'challenge.resolved',
      'audit.accepted',
    ]) {
      expect(kinds).toContain(k);
    }
    const saved = res.body.find(
      (e: { kind: string; subject: string }) => e.kind === 'response.saved' && e.subject === 'P1.1',
    );
    expect(saved).toMatchObject({
      before: null,
      after: expect.objectContaining({ level: 2 }),
      actorName: expect.any(String),
    });
    await expect(t.db.query('UPDATE audit_events SET kind = $1', ['tampered'])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  it('the next cycle pre-fills from the accepted audit, flags changed indicators and carries open actions', async () => {
    const v2 = await platform
      .post('/api/frameworks', {
        yaml: testFrameworkYaml('2.0', {
          p12Statement: 'The agency reviews the policy after every incident and yearly.',
          extraIndicator: true,
        }),
      })
      .expect(201);
    const diff = await lead.get('/api/frameworks/test-framework/diff?from=1.0&to=2.0').expect(200);
    expect(diff.body.added.map((i: { code: string }) => i.code)).toEqual(['I2.2']);
    expect(diff.body.changed.map((i: { code: string }) => i.code)).toEqual(['P1.2']);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2027-29',
        frameworkVersionId: v2.body.id,
        opensOn: '2027-09-01',
        status: 'open',
      })
      .expect(201);
    expect(cycle.body.dueOn).toBe('2029-09-01');
    const audits = await lead.get(`/api/organisations/${oid}/audits`).expect(200);
    const next = audits.body.find((a: { cycle: { id: string } }) => a.cycle.id === cycle.body.id);
    const started = await lead.post(`/api/audits/${next.id}/start`).expect(200);
    expect(started.body.prefilledFromId).toBe(auditId);
    const byCode = Object.fromEntries(
      started.body.responses.map((r: { indicatorCode: string }) => [r.indicatorCode, r]),
    );
    expect(Object.keys(byCode).sort()).toEqual(['I1.1', 'I1.2', 'I2.1', 'P1.1', 'P1.2']);
    expect(byCode['P1.2']).toMatchObject({ prefilled: true, changedSinceLast: true, level: 4 });
    expect(byCode['P1.1']).toMatchObject({ prefilled: true, changedSinceLast: false, level: 3 });
    expect(started.body.counts).toMatchObject({
      total: 6,
      answered: 4,
      notApplicable: 1,
      unanswered: 1,
    });
    const actions = await lead.get(`/api/audits/${next.id}/actions`).expect(200);
    expect(actions.body).toEqual([
      expect.objectContaining({
        description: 'Governors to approve the policy.',
        carriedOver: true,
        status: 'in_progress',
      }),
    ]);
    // The board does not see the new draft.
    const draft = await board.get(`/api/audits/${next.id}`);
    expect(draft.status).toBe(403);
    expect(draft.body.message).toContain('not been submitted');
  });

  it('two clients saving the same answer at the same version: one wins, the other gets 409 with it', async () => {
    const audits = await lead.get(`/api/organisations/${oid}/audits`).expect(200);
    const draftId = audits.body.find((a: { status: string }) => a.status === 'in_progress').id;
    const lead2 = await t.as(await t.given.user({ role: 'agency_lead', organisationId: oid }));
    const [a, b] = await Promise.all([
      lead.put(`/api/audits/${draftId}/responses/I2.2`, answer(0, 2, 'From the first client.')),
      lead2.put(`/api/audits/${draftId}/responses/I2.2`, answer(0, 4, 'From the second client.')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.code).toBe('RESPONSE_VERSION_CONFLICT');
    expect(loser.body.details.current).toMatchObject({
      level: winner.body.level,
      commentary: winner.body.commentary,
      version: 1,
    });
    const [row] = await t.db.query(
      `SELECT level, commentary, version FROM responses WHERE audit_id = $1 AND indicator_code = 'I2.2'`,
      [draftId],
    );
    expect(row).toEqual({
      level: winner.body.level,
      commentary: winner.body.commentary,
      version: 1,
    });
    // A retry of the winning save is idempotent.
    const retry = await (a.status === 200 ? lead : lead2).put(
      `/api/audits/${draftId}/responses/I2.2`,
      answer(0, winner.body.level, winner.body.commentary),
    );
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(1);
  });

  it('dates a cycle opened on 29 February due on 28 February two years on, the calendar rule of @pies/domain', async () => {
    const res = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2032-34',
        frameworkVersionId: v1,
        opensOn: '2032-02-29',
      })
      .expect(201);
    expect(res.body).toMatchObject({ status: 'draft', opensOn: '2032-02-29', dueOn: '2034-02-28' });
  });
});
