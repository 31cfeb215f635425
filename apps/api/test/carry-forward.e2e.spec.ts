import { startTestApp, type Client, type TestApp } from './test-app';
import { agencyOnTheFramework, testFrameworkYaml } from './test-framework';

const CODES = ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'];
const P12_NEW = 'The agency reviews the policy after every incident and yearly.';

interface Response {
  indicatorCode: string;
  level: number | null;
  commentary: string | null;
  version: number;
  prefilled: boolean;
  changedSinceLast: boolean;
  confirmedAt: string | null;
}

/**
 * Honest carry-forward: answers copied from the last audit count only once the lead (or the
 * assigned contributor) confirms them, one by one or a standard at a time; a reworded indicator
 * needs a new answer. Submitting is refused while any waits.
 */
describe('carry-forward', () => {
  let t: TestApp;
  let lead: Client, contributor: Client, board: Client, otherLead: Client;
  let auditId: string;

  const responses = async (): Promise<Record<string, Response>> => {
    const audit = await lead.get(`/api/audits/${auditId}`).expect(200);
    return Object.fromEntries(
      (audit.body.responses as Response[]).map((r) => [r.indicatorCode, r]),
    );
  };
  const confirmEvents = async (code: string) =>
    (
      await t.db.query(
        `SELECT actor_id, subject, before, after FROM audit_events
          WHERE audit_id = $1 AND kind = 'response.confirmed' AND subject = $2`,
        [auditId, code],
      )
    ).map((e: { after: object }) => e);

  beforeAll(async () => {
    t = await startTestApp();
    const { pid, org, admin, openCycle } = await agencyOnTheFramework(t, 2);
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org }));
    const c = await t.given.user({ role: 'agency_contributor', organisationId: org });
    contributor = await t.as(c);
    const other = await t.given.organisation({ partnershipId: pid });
    otherLead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: other.id }));
    // Last cycle: every indicator answered, submitted and accepted.
    const previous = await openCycle('2023-25', '2023-09-01');
    for (const code of CODES)
      await lead
        .put(`/api/audits/${previous}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Last time: ${code}`,
        })
        .expect(200);
    await lead.post(`/api/audits/${previous}/submit`).expect(200);
    await board.post(`/api/audits/${previous}/accept`).expect(200);
    // This cycle uses a new framework version in which P1.2's wording changed.
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const v2 = await platform
      .post('/api/frameworks', { yaml: testFrameworkYaml('2.0', { p12Statement: P12_NEW }) })
      .expect(201);
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: v2.body.id,
        opensOn: '2025-09-01',
        status: 'open',
      })
      .expect(201);
    const list = await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200);
    auditId = list.body.find((a: { organisation: { id: string } }) => a.organisation.id === org).id;
    await lead
      .put(`/api/audits/${auditId}/assignments`, {
        assignments: [{ userId: c.id, indicatorCode: 'I1.1' }],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('starting pre-fills every answer as carried forward, none confirmed', async () => {
    await lead.post(`/api/audits/${auditId}/start`).expect(200);
    const byCode = await responses();
    expect(Object.keys(byCode).sort()).toEqual([...CODES].sort());
    for (const code of CODES)
      expect(byCode[code]).toMatchObject({ prefilled: true, confirmedAt: null, level: 3 });
    expect(byCode['P1.2'].changedSinceLast).toBe(true);
    expect(byCode['P1.1'].changedSinceLast).toBe(false);
    // The counts say they are answered, and that all five wait for confirming.
    const audit = await lead.get(`/api/audits/${auditId}`).expect(200);
    expect(audit.body.counts).toEqual({
      total: 5,
      answered: 5,
      notApplicable: 0,
      unanswered: 0,
      toConfirm: 5,
    });
  });

  it('refuses to submit while any is unconfirmed, listing each by code and title', async () => {
    const res = await lead.post(`/api/audits/${auditId}/submit`).expect(422);
    expect(res.body.code).toBe('AUDIT_INCOMPLETE');
    expect(res.body.details).toHaveLength(5);
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        {
          indicatorCode: 'P1.1',
          title: 'The agency has an online safety policy.',
          problems: [expect.objectContaining({ code: 'confirmationRequired' })],
        },
        {
          indicatorCode: 'P1.2',
          title: P12_NEW,
          problems: [expect.objectContaining({ code: 'freshAnswerRequired' })],
        },
      ]),
    );
    expect(res.body.message).toContain('P1.1 "The agency has an online safety policy."');
    const [row] = await t.db.query('SELECT status FROM audits WHERE id = $1', [auditId]);
    expect(row.status).toBe('in_progress');
  });

  it('answers bad input with 400 naming the field', async () => {
    const path = `/api/audits/${auditId}/standards/I1/confirm`;
    const fieldsOf = (body: { details: { field: string }[] }) => body.details.map((d) => d.field);
    expect(fieldsOf((await lead.post(path, {}).expect(400)).body)).toEqual(['indicatorCodes']);
    expect(fieldsOf((await lead.post(path, { indicatorCodes: [] }).expect(400)).body)).toEqual([
      'indicatorCodes',
    ]);
    expect(fieldsOf((await lead.post(path, { indicatorCodes: ['I1'] }).expect(400)).body)).toEqual([
      'indicatorCodes',
    ]);
    const badStandard = await lead
      .post(`/api/audits/${auditId}/standards/i-1/confirm`, { indicatorCodes: ['I1.1'] })
      .expect(400);
    expect(fieldsOf(badStandard.body)).toEqual(['standardCode']);
    const badCode = await lead.post(`/api/audits/${auditId}/responses/P1/confirm`).expect(400);
    expect(fieldsOf(badCode.body)).toEqual(['indicatorCode']);
    // An indicator of another standard is named too.
    const outside = await lead.post(path, { indicatorCodes: ['I1.1', 'P1.1'] }).expect(400);
    expect(outside.body.details[0]).toMatchObject({
      field: 'indicatorCodes',
      problems: [expect.objectContaining({ code: 'notInFramework' })],
    });
    await lead
      .post(`/api/audits/${auditId}/standards/Z9/confirm`, { indicatorCodes: ['Z9.1'] })
      .expect(404);
    await lead.post(`/api/audits/${auditId}/responses/Z9.9/confirm`).expect(404);
  });

  it('refuses the board (a draft) and another organisation, and changes nothing', async () => {
    const one = `/api/audits/${auditId}/responses/I2.1/confirm`;
    const all = `/api/audits/${auditId}/standards/I2/confirm`;
    const body = { indicatorCodes: ['I2.1'] };
    expect((await board.post(one)).status).toBe(403);
    expect((await board.post(all, body)).status).toBe(403);
    expect((await otherLead.post(one)).status).toBe(404);
    expect((await otherLead.post(all, body)).status).toBe(404);
    expect((await responses())['I2.1'].confirmedAt).toBeNull();
  });

  it('lets a contributor confirm only what is assigned to them', async () => {
    const mine = await contributor
      .post(`/api/audits/${auditId}/responses/I1.1/confirm`)
      .expect(200);
    expect(mine.body).toMatchObject({ indicatorCode: 'I1.1', confirmedAt: expect.any(String) });
    const notMine = await contributor
      .post(`/api/audits/${auditId}/responses/I2.1/confirm`)
      .expect(403);
    expect(notMine.body.code).toBe('INDICATOR_NOT_ASSIGNED');
    // I1.2 in the same standard is not theirs: the standard is not theirs to confirm.
    const standard = await contributor
      .post(`/api/audits/${auditId}/standards/I1/confirm`, { indicatorCodes: ['I1.2'] })
      .expect(403);
    expect(standard.body.code).toBe('INDICATOR_NOT_ASSIGNED');
    const byCode = await responses();
    expect(byCode['I2.1'].confirmedAt).toBeNull();
    expect(byCode['I1.2'].confirmedAt).toBeNull();
  });

  it('confirms one answer as it is, with an audit event, once', async () => {
    const before = (await responses())['I2.1'];
    const res = await lead.post(`/api/audits/${auditId}/responses/I2.1/confirm`).expect(200);
    expect(res.body).toMatchObject({
      level: 3,
      commentary: 'Last time: I2.1',
      version: before.version, // the answer is unchanged: an open editor is not made stale
      confirmedAt: expect.any(String),
    });
    const again = await lead.post(`/api/audits/${auditId}/responses/I2.1/confirm`).expect(200);
    expect(again.body.confirmedAt).toBe(res.body.confirmedAt);
    const events = await confirmEvents('I2.1');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      before: { confirmedAt: null },
      after: { confirmedAt: res.body.confirmedAt },
    });
  });

  it('confirms a standard: exactly the answers seen together, which must be all those waiting', async () => {
    // I1.1 was confirmed by the contributor: only I1.2 is waiting, and it was not sent.
    const stale = await lead
      .post(`/api/audits/${auditId}/standards/I1/confirm`, { indicatorCodes: ['I1.1'] })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'CARRIED_ANSWERS_CHANGED',
      details: { indicatorCodes: ['I1.2'] },
    });
    expect((await responses())['I1.2'].confirmedAt).toBeNull();
    const res = await lead
      .post(`/api/audits/${auditId}/standards/I1/confirm`, { indicatorCodes: ['I1.1', 'I1.2'] })
      .expect(200);
    expect(res.body.map((r: Response) => r.indicatorCode)).toEqual(['I1.1', 'I1.2']);
    expect(res.body.every((r: Response) => r.confirmedAt !== null)).toBe(true);
    expect(await confirmEvents('I1.2')).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ standard: 'I1' }) }),
    ]);
    // A retry finds them confirmed and changes nothing.
    await lead
      .post(`/api/audits/${auditId}/standards/I1/confirm`, { indicatorCodes: ['I1.1', 'I1.2'] })
      .expect(200);
    expect(await confirmEvents('I1.2')).toHaveLength(1);
  });

  it('needs a fresh answer where the wording changed: no confirming it, nor saving it unchanged', async () => {
    const one = await lead.post(`/api/audits/${auditId}/responses/P1.2/confirm`).expect(422);
    expect(one.body).toMatchObject({
      code: 'FRESH_ANSWER_NEEDED',
      details: { indicatorCodes: ['P1.2'] },
    });
    const standard = await lead
      .post(`/api/audits/${auditId}/standards/P1/confirm`, { indicatorCodes: ['P1.1', 'P1.2'] })
      .expect(422);
    expect(standard.body.code).toBe('FRESH_ANSWER_NEEDED');
    expect((await responses())['P1.1'].confirmedAt).toBeNull(); // nothing of the standard moved
    const current = (await responses())['P1.2'];
    const unchanged = await lead
      .put(`/api/audits/${auditId}/responses/P1.2`, {
        version: current.version,
        level: current.level,
        commentary: current.commentary,
      })
      .expect(200);
    expect(unchanged.body).toMatchObject({ confirmedAt: null, changedSinceLast: true });
    const fresh = await lead
      .put(`/api/audits/${auditId}/responses/P1.2`, {
        version: current.version,
        commentary: 'Reviewed after each incident too, since 2026.',
      })
      .expect(200);
    expect(fresh.body).toMatchObject({
      confirmedAt: expect.any(String),
      changedSinceLast: false,
      version: current.version + 1,
    });
  });

  it('counts saving a carried answer as it is as confirming it, then submits', async () => {
    const p11 = (await responses())['P1.1'];
    const saved = await lead
      .put(`/api/audits/${auditId}/responses/P1.1`, {
        version: p11.version,
        level: p11.level,
        commentary: p11.commentary,
      })
      .expect(200);
    expect(saved.body).toMatchObject({ version: p11.version + 1, confirmedAt: expect.any(String) });
    const [row] = await t.db.query(
      `SELECT confirmed_by_id IS NOT NULL AS by FROM responses WHERE audit_id = $1 AND indicator_code = 'P1.1'`,
      [auditId],
    );
    expect(row.by).toBe(true);
    const submitted = await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.counts.toConfirm).toBe(0);
    await lead.post(`/api/audits/${auditId}/responses/P1.1/confirm`).expect(200); // nothing left
  });
});
