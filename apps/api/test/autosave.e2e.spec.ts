import { startTestApp, type Client, type TestApp } from './test-app';
import { agencyOnTheFramework, testFrameworkYaml } from './test-framework';

/** The autosave path: one answer at a time, optimistic versions, its audit event. */
describe('autosave', () => {
  let t: TestApp;
  let lead: Client;
  let auditId: string;
  const save = (code: string, body: object) =>
    lead.put(`/api/audits/${auditId}/responses/${code}`, body);

  beforeAll(async () => {
    t = await startTestApp();
    const { org, openCycle } = await agencyOnTheFramework(t);
    auditId = await openCycle('2025-27', '2025-09-01');
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org }));
  });
  afterAll(() => t.close());

  it('returns the saved answer with its new version and records before and after', async () => {
    const first = await save('P1.1', { version: 0, level: 2, commentary: 'Draft' }).expect(200);
    expect(first.body).toMatchObject({
      indicatorCode: 'P1.1',
      level: 2,
      commentary: 'Draft',
      version: 1,
      notApplicable: false,
    });
    expect(first.body.updatedBy).toMatch(/^Test /);
    expect(new Date(first.body.updatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const second = await save('P1.1', { version: 1, commentary: 'Reviewed' }).expect(200);
    expect(second.body).toMatchObject({ level: 2, commentary: 'Reviewed', version: 2 });
    const [event] = await t.db.query(
      `SELECT before, after FROM audit_events WHERE audit_id = $1 AND kind = 'response.saved' ORDER BY id DESC LIMIT 1`,
      [auditId],
    );
    expect(event.before).toMatchObject({ level: 2, commentary: 'Draft', version: 1 });
    expect(event.after).toEqual({
      level: 2,
      notApplicable: false,
      notApplicableReason: null,
      commentary: 'Reviewed',
      version: 2,
    });
  });

  it('treats a repeated save as done and a stale one as a conflict', async () => {
    await save('P1.1', { version: 1, commentary: 'Reviewed' }).expect(200); // the retry
    const stale = await save('P1.1', { version: 1, commentary: 'Other' }).expect(409);
    expect(stale.body.code).toBe('RESPONSE_VERSION_CONFLICT');
    expect(stale.body.details.current).toMatchObject({ commentary: 'Reviewed', version: 2 });
  });

  it('makes a not-applicable answer applicable again when a level is chosen (was a 500)', async () => {
    await save('I1.2', {
      version: 0,
      notApplicable: true,
      notApplicableReason: 'No devices',
    }).expect(200);
    const res = await save('I1.2', { version: 1, level: 3 }).expect(200);
    expect(res.body).toMatchObject({ level: 3, notApplicable: false, notApplicableReason: null });
  });

  it('names each rule an invalid answer breaks, and saves nothing', async () => {
    const cases: [string, object, string, string, object][] = [
      [
        'I1.2',
        { version: 2, notApplicable: true, level: 2 },
        'level',
        'levelWithNotApplicable',
        {},
      ],
      ['I2.1', { version: 0, level: 7 }, 'level', 'levelNotInScale', { levels: [1, 2, 3, 4] }],
      ['P1.1', { version: 2, notApplicable: true }, 'notApplicable', 'notApplicableNotAllowed', {}],
    ];
    const messages = [];
    for (const [code, body, field, problem, params] of cases) {
      const res = await save(code, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([
        { field, problems: [{ code: problem, params, message: expect.any(String) }] },
      ]);
      messages.push(res.body.message);
    }
    expect(messages).toEqual([
      'level must be left out when notApplicable is true',
      'level must be one of 1, 2, 3, 4',
      'notApplicable this indicator applies to every agency',
    ]);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM responses WHERE audit_id = $1 AND indicator_code = 'I2.1'`,
      [auditId],
    );
    expect(n).toBe(0);
  });

  it('writes no new version and no event when nothing changes', async () => {
    const events = async () =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE audit_id = $1 AND kind = 'response.saved'`,
          [auditId],
        )
      )[0].n;
    const before = await events();
    const same = await save('P1.1', { version: 2, commentary: 'Reviewed' }).expect(200);
    expect(same.body).toMatchObject({ commentary: 'Reviewed', version: 2 });
    expect(await events()).toBe(before);
  });

  it('loses no acknowledged write when many saves race on one answer', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        save('P1.2', { version: 0, level: 1 + (i % 4), commentary: `Writer ${i}` }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(ok).toHaveLength(1);
    const [row] = await t.db.query(
      `SELECT version, commentary FROM responses WHERE audit_id = $1 AND indicator_code = 'P1.2'`,
      [auditId],
    );
    expect(row).toEqual({ version: 1, commentary: ok[0].body.commentary });
  });
});

describe('autosave on an audit not started yet', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts it with the pre-fill, takes version 0 over a pre-filled answer and keeps the fields not sent', async () => {
    const { pid, org, openCycle } = await agencyOnTheFramework(t);
    const board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    const lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org }));
    // Last cycle: every indicator answered, submitted and accepted.
    const previous = await openCycle('2023-25', '2023-09-01');
    for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1'])
      await lead
        .put(`/api/audits/${previous}/responses/${code}`, {
          version: 0,
          level: 3,
          commentary: `Last time: ${code}`,
        })
        .expect(200);
    await lead.post(`/api/audits/${previous}/submit`).expect(200);
    await board.post(`/api/audits/${previous}/accept`).expect(200);

    // This cycle's audit has not been started; the client saw no answers (version 0).
    const current = await openCycle('2025-27', '2025-09-01');
    const saved = await lead
      .put(`/api/audits/${current}/responses/P1.2`, { version: 0, level: 4 })
      .expect(200);
    expect(saved.body).toMatchObject({
      level: 4,
      commentary: 'Last time: P1.2', // pre-filled, and not sent: kept
      version: 2,
      prefilled: true,
    });
    const audit = await lead.get(`/api/audits/${current}`).expect(200);
    expect(audit.body.status).toBe('in_progress');
    expect(audit.body.prefilledFromId).toBe(previous);
    // A second client that loaded the pre-filled answer (version 1) is now out of date.
    const stale = await lead
      .put(`/api/audits/${current}/responses/P1.2`, { version: 1, level: 1 })
      .expect(409);
    expect(stale.body.details.current).toMatchObject({ level: 4, version: 2 });
    // The accepted audit cannot change.
    const locked = await lead
      .put(`/api/audits/${previous}/responses/P1.1`, { version: 1, level: 1 })
      .expect(409);
    expect(locked.body.code).toBe('AUDIT_LOCKED');
    expect(locked.body.details).toEqual({ status: 'accepted' });
    // ...but a retry of a save that landed before is still answered with the stored answer.
    const retried = await lead
      .put(`/api/audits/${previous}/responses/P1.1`, { version: 0, level: 3 })
      .expect(200);
    expect(retried.body).toMatchObject({ level: 3, commentary: 'Last time: P1.1', version: 1 });
  });
});

describe('autosave and the connection pool', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('needs no second connection inside a save, so a full pool cannot deadlock on a cold cache', async () => {
    // With one connection, any query a save sends outside its transaction waits forever: the
    // same wait that hung every save when 100 arrived at once on a 20-connection pool.
    t = await startTestApp({ DATABASE_POOL_SIZE: '1' }, { listen: true });
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const imported = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    // A copy this process has never read, so its definition is not in the per-process cache.
    const [{ id: versionId }] = await t.db.query(
      `INSERT INTO framework_versions (framework_id, version, title, publisher, definition, source_yaml, content_hash)
       SELECT framework_id, '1.0-copy', title, publisher, definition, source_yaml, content_hash
         FROM framework_versions WHERE id = $1 RETURNING id`,
      [imported],
    );
    await t.db.query(
      `INSERT INTO framework_indicators (framework_version_id, code, area_code, standard_code, position, statement, benchmark, weight, allow_not_applicable, content_hash)
       SELECT $2, code, area_code, standard_code, position, statement, benchmark, weight, allow_not_applicable, content_hash
         FROM framework_indicators WHERE framework_version_id = $1`,
      [imported, versionId],
    );
    const pid = (await t.given.partnership()).id;
    const [cycle] = await t.db.query(
      `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status)
       VALUES ($1, 'c', $2, '2025-09-01', '2027-07-31', 'open') RETURNING id`,
      [pid, versionId],
    );
    // One lead per agency, each saving their own audit at the same moment.
    const leads: { auditId: string; cookie: string; csrf: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const org = (await t.given.organisation({ partnershipId: pid })).id;
      const [audit] = await t.db.query(
        `INSERT INTO audits (cycle_id, organisation_id, status) VALUES ($1, $2, 'in_progress') RETURNING id`,
        [cycle.id, org],
      );
      const user = await t.given.user({ role: 'agency_lead', organisationId: org });
      const pre = await fetch(`${t.baseUrl}/api/auth/csrf`);
      const preCsrf = ((await pre.json()) as { csrfToken: string }).csrfToken;
      const login = await fetch(`${t.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': preCsrf,
          cookie: `pies_csrf=${preCsrf}`,
        },
        body: JSON.stringify({ email: user.email, password: user.password }),
      });
      leads.push({
        auditId: audit.id,
        csrf: ((await login.json()) as { csrfToken: string }).csrfToken,
        cookie: login.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
      });
    }
    // Each transaction holds a connection while the definition is fetched for the first time.
    const saves = await Promise.all(
      leads.map((l) =>
        fetch(`${t.baseUrl}/api/audits/${l.auditId}/responses/P1.1`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': l.csrf, cookie: l.cookie },
          body: JSON.stringify({ version: 0, level: 2, commentary: 'First save' }),
          signal: AbortSignal.timeout(8000),
        }).then((r) => r.status),
      ),
    );
    expect(saves).toEqual(leads.map(() => 200));
  }, 20_000);
});
