import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];

/**
 * The board's review of a resubmitted audit: what changed since it was returned, read from the
 * two submission snapshots, and who has the review.
 */
describe('review: changes since return, and the reviewer', () => {
  let t: TestApp;
  let platform: Client, admin: Client, board: Client, lead: Client, otherBoard: Client;
  let pid: string, oid: string, auditId: string, boardId: string, adminId: string;
  let leadId: string, otherBoardId: string, secondBoardId: string;

  async function save(code: string, change: Record<string, unknown>) {
    const audit = await lead.get(`/api/audits/${auditId}`).expect(200);
    const r = audit.body.responses.find((x: { indicatorCode: string }) => x.indicatorCode === code);
    return lead
      .put(`/api/audits/${auditId}/responses/${code}`, {
        version: r?.version ?? 0,
        level: r?.level ?? 2,
        commentary: r?.commentary ?? `About ${code}.`,
        ...change,
      })
      .expect(200);
  }

  async function upload(code: string, filename: string): Promise<string> {
    const res = await lead.agent
      .post(`/api/audits/${auditId}/evidence`)
      .set('X-CSRF-Token', lead.csrf)
      .field('indicatorCode', code)
      .attach('file', PDF, { filename })
      .expect(201);
    return res.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    pid = (await t.given.partnership()).id;
    oid = (await t.given.organisation({ partnershipId: pid })).id;
    const other = (await t.given.partnership()).id;
    platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const a = await t.given.user({ role: 'partnership_admin', partnershipId: pid });
    adminId = a.id;
    admin = await t.as(a);
    const b = await t.given.user({ role: 'board_member', partnershipId: pid });
    boardId = b.id;
    board = await t.as(b);
    secondBoardId = (await t.given.user({ role: 'board_member', partnershipId: pid })).id;
    const l = await t.given.user({ role: 'agency_lead', organisationId: oid });
    leadId = l.id;
    lead = await t.as(l);
    const ob = await t.given.user({ role: 'board_member', partnershipId: other });
    otherBoardId = ob.id;
    otherBoard = await t.as(ob);
    const v = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('1.0') })
      .expect(201);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: v.body.id,
        opensOn: '2025-09-01',
        status: 'open',
      })
      .expect(201);
    const audits = await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200);
    auditId = audits.body[0].id;
    await lead.post(`/api/audits/${auditId}/start`).expect(200);
  });
  afterAll(() => t.close());

  let kept: string, dropped: string, changedAction: string, removedAction: string;

  it('shows no changes for a first submission', async () => {
    for (const code of CODES) await save(code, { level: 2, commentary: `About ${code}.` });
    kept = await upload('P1.1', 'policy.pdf');
    dropped = await upload('P1.2', 'old-review.pdf');
    changedAction = (
      await lead
        .post(`/api/audits/${auditId}/actions`, {
          indicatorCode: 'I1.1',
          description: 'Test the filter termly.',
          owner: 'IT',
          dueOn: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    removedAction = (
      await lead
        .post(`/api/audits/${auditId}/actions`, {
          indicatorCode: 'I1.2',
          description: 'Buy monitoring software.',
          owner: 'IT',
        })
        .expect(201)
    ).body.id;
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    const res = await board.get(`/api/audits/${auditId}/changes-since-return`).expect(200);
    expect(res.body).toEqual({
      returnedSubmittedAt: null,
      resubmittedAt: expect.any(String),
      changes: [],
    });
  });

  it('after return and resubmission, lists each indicator that changed and nothing else', async () => {
    await board
      .post(`/api/audits/${auditId}/return`, { reason: 'Say more about filtering.' })
      .expect(200);
    await save('P1.1', { level: 3 });
    await save('I1.1', { commentary: 'Filtering is tested each term by the IT lead.' });
    // A submitted file cannot be deleted (the snapshot names it): it is taken off the indicator.
    await lead.delete(`/api/evidence/${dropped}`).expect(409);
    await lead
      .post(`/api/audits/${auditId}/evidence/detach`, {
        evidenceId: dropped,
        indicatorCode: 'P1.2',
      })
      .expect(204);
    const added = await upload('I2.1', 'reporting-routes.pdf');
    await lead
      .patch(`/api/actions/${changedAction}`, {
        dueOn: '2027-03-31',
        status: 'in_progress',
        note: 'Waiting on the new filtering contract.',
      })
      .expect(200);
    await lead.delete(`/api/actions/${removedAction}`).expect(204);
    const newAction = (
      await lead
        .post(`/api/audits/${auditId}/actions`, {
          indicatorCode: 'I2.1',
          description: 'Put the reporting routes on posters.',
          owner: 'DSL',
        })
        .expect(201)
    ).body.id;
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);

    const res = await board.get(`/api/audits/${auditId}/changes-since-return`).expect(200);
    expect(res.body.returnedSubmittedAt).toEqual(expect.any(String));
    expect(new Date(res.body.resubmittedAt) > new Date(res.body.returnedSubmittedAt)).toBe(true);
    const none = { added: [], removed: [] };
    // In indicator-code order (the page puts them in the framework's order).
    expect(res.body.changes.map((c: { indicatorCode: string }) => c.indicatorCode)).toEqual([
      'I1.1',
      'I1.2',
      'I2.1',
      'P1.1',
      'P1.2',
    ]);
    expect(res.body.changes).toEqual(
      expect.arrayContaining([
        {
          indicatorCode: 'P1.1',
          level: {
            before: { level: 2, notApplicable: false, notApplicableReason: null },
            after: { level: 3, notApplicable: false, notApplicableReason: null },
          },
          evidence: none,
          links: none,
          actions: [],
        },
        {
          indicatorCode: 'P1.2',
          evidence: { added: [], removed: [{ id: dropped, fileName: 'old-review.pdf' }] },
          links: none,
          actions: [],
        },
        {
          indicatorCode: 'I1.1',
          commentary: {
            before: 'About I1.1.',
            after: 'Filtering is tested each term by the IT lead.',
          },
          evidence: none,
          links: none,
          actions: [
            {
              id: changedAction,
              change: 'changed',
              description: 'Test the filter termly.',
              fields: [
                { field: 'dueOn', before: '2026-12-31', after: '2027-03-31' },
                { field: 'status', before: 'not_started', after: 'in_progress' },
              ],
            },
          ],
        },
        {
          indicatorCode: 'I1.2',
          evidence: none,
          links: none,
          actions: [
            {
              id: removedAction,
              change: 'removed',
              description: 'Buy monitoring software.',
              fields: [],
            },
          ],
        },
        {
          indicatorCode: 'I2.1',
          evidence: { added: [{ id: added, fileName: 'reporting-routes.pdf' }], removed: [] },
          links: none,
          actions: [
            {
              id: newAction,
              change: 'added',
              description: 'Put the reporting routes on posters.',
              fields: [],
            },
          ],
        },
      ]),
    );
    // The file kept throughout is no change.
    expect(JSON.stringify(res.body)).not.toContain(kept);
  });

  it('is the board’s: the agency and another partnership’s board do not get it', async () => {
    await admin.get(`/api/audits/${auditId}/changes-since-return`).expect(200);
    await lead.get(`/api/audits/${auditId}/changes-since-return`).expect(403);
    await otherBoard.get(`/api/audits/${auditId}/changes-since-return`).expect(404);
  });

  it('assigns a board member as reviewer, shows them in the queue and the audit, and unassigns; each in the trail', async () => {
    const none = await board.get(`/api/account/attention`).expect(200);
    const queued = none.body.board[0].awaitingDecision.items[0];
    expect(queued).toMatchObject({ auditId, reviewerId: null, reviewerName: null });

    const mine = await board
      .put(`/api/audits/${auditId}/reviewer`, { userId: boardId })
      .expect(200);
    expect(mine.body.reviewer).toEqual({ id: boardId, name: expect.any(String) });
    // Again: nothing changes, nothing more in the trail.
    await board.put(`/api/audits/${auditId}/reviewer`, { userId: boardId }).expect(200);
    const queue = await board.get(`/api/account/attention`).expect(200);
    expect(queue.body.board[0].awaitingDecision.items[0]).toMatchObject({
      auditId,
      reviewerId: boardId,
      reviewerName: mine.body.reviewer.name,
    });
    const audit = await board.get(`/api/audits/${auditId}`).expect(200);
    expect(audit.body.reviewer).toEqual(mine.body.reviewer);

    // The partnership admin hands it to another board member, then takes it away.
    const handed = await admin
      .put(`/api/audits/${auditId}/reviewer`, { userId: secondBoardId })
      .expect(200);
    expect(handed.body.reviewer.id).toBe(secondBoardId);
    const cleared = await admin.delete(`/api/audits/${auditId}/reviewer`).expect(200);
    expect(cleared.body).toEqual({ reviewer: null });
    await admin.delete(`/api/audits/${auditId}/reviewer`).expect(200);

    const events = await t.db.query(
      `SELECT kind, actor_id, before, after FROM audit_events
        WHERE audit_id = $1 AND kind LIKE 'reviewer.%' ORDER BY at, id`,
      [auditId],
    );
    expect(events).toEqual([
      {
        kind: 'reviewer.assigned',
        actor_id: boardId,
        before: { reviewerId: null },
        after: { reviewerId: boardId },
      },
      {
        kind: 'reviewer.assigned',
        actor_id: adminId,
        before: { reviewerId: boardId },
        after: { reviewerId: secondBoardId },
      },
      {
        kind: 'reviewer.unassigned',
        actor_id: adminId,
        before: { reviewerId: secondBoardId },
        after: { reviewerId: null },
      },
    ]);
  });

  it('assigns only a board member of the audit’s partnership', async () => {
    // The agency's lead is in the audit's tenant but not on its board: 400 naming userId.
    const notBoard = await admin
      .put(`/api/audits/${auditId}/reviewer`, { userId: leadId })
      .expect(400);
    expect(notBoard.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'userId', problems: [{ code: 'reviewerNotOnBoard' }] }],
    });
    // The partnership admin is on the partnership but not a board member.
    const adminNot = await board
      .put(`/api/audits/${auditId}/reviewer`, { userId: adminId })
      .expect(400);
    expect(adminNot.body.details[0].field).toBe('userId');
    // Another partnership's board member, or nobody: the same 404 as any id outside the tenant.
    await admin.put(`/api/audits/${auditId}/reviewer`, { userId: otherBoardId }).expect(404);
    await admin
      .put(`/api/audits/${auditId}/reviewer`, { userId: '00000000-0000-4000-8000-000000000000' })
      .expect(404);
    // Not a UUID, or missing: 400 naming the field.
    const bad = await admin.put(`/api/audits/${auditId}/reviewer`, { userId: 'me' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['userId']);
    const missing = await admin.put(`/api/audits/${auditId}/reviewer`, {}).expect(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(['userId']);
    // Nobody was assigned by any of these.
    const audit = await admin.get(`/api/audits/${auditId}`).expect(200);
    expect(audit.body.reviewer).toBeNull();
  });

  it('is assigned by the board and its admins only', async () => {
    await lead.put(`/api/audits/${auditId}/reviewer`, { userId: boardId }).expect(403);
    await lead.delete(`/api/audits/${auditId}/reviewer`).expect(403);
    await otherBoard.put(`/api/audits/${auditId}/reviewer`, { userId: boardId }).expect(404);
  });
});
