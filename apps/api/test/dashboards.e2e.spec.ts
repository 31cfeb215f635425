import { rebuildCycleSummaries } from '../src/dashboards/summary';
import { buildOpenApiDocument } from '../src/openapi/openapi';
import { SchemaChecker } from './openapi-conformance';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Dashboard figures against hand-computed expectations. Test framework: levels 1-4 score
 * 0/40/75/100; area P = {P1.1, P1.2}, area I = {I1.1, I1.2, I2.1}; all weights 1.
 */
type Answers = Record<string, number | 'na'>;

describe('dashboards', () => {
  let t: TestApp;
  let board: Client, otherBoard: Client, lead: Client, siblingLead: Client;
  let pid: string;
  let versionId: string;
  const org: Record<string, string> = {};
  const audit: Record<string, string> = {};

  async function seedAudit(
    cycleId: string,
    organisationId: string,
    status: string,
    answers: Answers,
  ): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO audits (cycle_id, organisation_id, status, accepted_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [cycleId, organisationId, status, status === 'accepted' ? new Date() : null],
    );
    for (const [code, a] of Object.entries(answers)) {
      await t.db.query(
        `INSERT INTO responses (audit_id, indicator_code, level, not_applicable, commentary) VALUES ($1, $2, $3, $4, 'c')`,
        [id, code, a === 'na' ? null : a, a === 'na'],
      );
    }
    return id;
  }

  const cycle = async (partnershipId: string, name: string, opensOn: string, dueOn: string) =>
    (
      await t.db.query(
        `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status) VALUES ($1, $2, $3, $4, $5, 'open') RETURNING id`,
        [partnershipId, name, versionId, opensOn, dueOn],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    versionId = (
      await platform.post('/api/frameworks', { yaml: testFrameworkYaml('1.0') }).expect(201)
    ).body.id;
    pid = (await t.given.partnership()).id;
    for (const [k, sector] of [
      ['X', 'education'],
      ['Y', 'education'],
      ['Z', 'health'],
      ['R', 'police'],
      ['D', 'health'],
    ] as const) {
      org[k] = (await t.given.organisation({ partnershipId: pid, sector, name: `Agency ${k}` })).id;
    }
    const previous = await cycle(pid, '2023-25', '2023-09-01', '2025-07-31');
    const current = await cycle(pid, '2025-27', '2025-09-01', '2027-07-31');
    await seedAudit(previous, org.X, 'accepted', { 'P1.1': 3, 'P1.2': 3, 'I1.1': 3 });
    audit.X = await seedAudit(current, org.X, 'accepted', {
      'P1.1': 4,
      'P1.2': 2,
      'I1.1': 3,
      'I1.2': 'na',
    });
    audit.Y = await seedAudit(current, org.Y, 'submitted', {
      'P1.1': 1,
      'P1.2': 3,
      'I1.1': 4,
      'I1.2': 4,
      'I2.1': 2,
    });
    audit.Z = await seedAudit(current, org.Z, 'accepted', {
      'P1.1': 3,
      'P1.2': 3,
      'I1.1': 'na',
      'I1.2': 'na',
      'I2.1': 1,
    });
    audit.R = await seedAudit(current, org.R, 'returned', { 'P1.1': 2 });
    audit.D = await seedAudit(current, org.D, 'in_progress', {
      'P1.1': 4,
      'P1.2': 4,
      'I1.1': 4,
      'I1.2': 4,
      'I2.1': 4,
    });
    // Another partnership, all top marks: must not move these figures.
    const other = await t.given.partnership();
    const otherOrg = await t.given.organisation({ partnershipId: other.id, sector: 'education' });
    const otherCycle = await cycle(other.id, '2025-27', '2025-09-01', '2027-07-31');
    await seedAudit(otherCycle, otherOrg.id, 'accepted', {
      'P1.1': 4,
      'P1.2': 4,
      'I1.1': 4,
      'I1.2': 4,
      'I2.1': 4,
    });

    // Seeded in bulk, not through the submit workflow: build the summaries it would maintain.
    const { definition } = (
      await platform.get('/api/frameworks/test-framework/versions/1.0').expect(200)
    ).body;
    for (const c of [previous, current, otherCycle])
      await rebuildCycleSummaries(t.db, c, definition, t.clock.now());
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    otherBoard = await t.as(await t.given.user({ role: 'board_member', partnershipId: other.id }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org.X }));
    siblingLead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org.Y }));
  });
  afterAll(() => t.close());

  it('computes partnership averages over submitted, returned and accepted audits only', async () => {
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    expect(d.countedStates).toEqual(['submitted', 'returned', 'accepted']);
    expect(d.completion).toEqual({
      not_started: 0,
      in_progress: 1,
      submitted: 1,
      returned: 1,
      accepted: 2,
      overdue: 0,
      total: 5,
    });
    expect(d.partnership.agenciesCounted).toBe(4);
    // P: X 70, Y 37.5, Z 75, R 40 → 55.625. I: X 75, Y 80, Z 0 (R has none) → 51.667.
    const areas = Object.fromEntries(d.partnership.areas.map((a: { code: string }) => [a.code, a]));
    expect(areas.P).toMatchObject({
      score: 55.6,
      rag: 'amber',
      benchmark: 75,
      previous: 75,
      change: -19.4,
    });
    expect(areas.I).toMatchObject({ score: 51.7, rag: 'amber', benchmark: 75, previous: 75 });
    // Overall: X 72.5, Y 58.75, Z 37.5, R 40 (P only) → 52.1875.
    expect(d.partnership.overall).toMatchObject({
      score: 52.2,
      rag: 'amber',
      previous: 75,
      change: -22.8,
    });
  });

  it('gives the heat map sorted and paged, with change against the previous cycle', async () => {
    const d = (
      await board.get(`/api/partnerships/${pid}/dashboard?sort=-overall&pageSize=3`).expect(200)
    ).body;
    expect(d.heatMap).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(d.heatMap.items.map((r: { organisation: string }) => r.organisation)).toEqual([
      'Agency X',
      'Agency Y',
      'Agency R',
    ]);
    expect(d.heatMap.items[0]).toMatchObject({
      status: 'accepted',
      overall: { score: 72.5, rag: 'amber' },
      areas: { P: { score: 70, rag: 'amber' }, I: { score: 75, rag: 'green' } },
      previousOverall: 75,
      change: -2.5,
    });
    expect(d.heatMap.items[2]).toMatchObject({
      organisation: 'Agency R',
      areas: { P: { score: 40 } },
      previousOverall: null,
    });
    const page2 = (
      await board
        .get(`/api/partnerships/${pid}/dashboard?sort=-overall&pageSize=3&page=2`)
        .expect(200)
    ).body;
    expect(page2.heatMap.items.map((r: { organisation: string }) => r.organisation)).toEqual([
      'Agency Z',
    ]);
    const byI = (await board.get(`/api/partnerships/${pid}/dashboard?sort=I`).expect(200)).body;
    expect(byI.heatMap.items.map((r: { organisation: string }) => r.organisation)).toEqual([
      'Agency R',
      'Agency Z',
      'Agency X',
      'Agency Y',
    ]);
  });

  it('agrees with the scoring library for every agency', async () => {
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    for (const row of d.heatMap.items) {
      const s = (await board.get(`/api/audits/${row.auditId}/score`).expect(200)).body;
      expect(row.overall.score).toBeCloseTo(s.overall.score, 1);
    }
  });

  it('averages by sector, including a sector with one agency', async () => {
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    const sectors = Object.fromEntries(d.sectors.map((s: { sector: string }) => [s.sector, s]));
    expect(sectors.education).toMatchObject({ agencies: 2, overall: { score: 65.6 } });
    expect(sectors.health).toMatchObject({
      agencies: 1,
      overall: { score: 37.5 },
      areas: { P: { score: 75 }, I: { score: 0, rag: 'red' } },
    });
    expect(sectors.police).toMatchObject({ agencies: 1, overall: { score: 40 } });
  });

  it('ranks indicators by share below benchmark, then mean level (libs/scoring weakestAndStrongest)', async () => {
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    expect(d.weakestIndicators.slice(0, 2)).toEqual([
      expect.objectContaining({
        code: 'I2.1',
        meanLevel: 1.5,
        belowBenchmarkShare: 1,
        responses: 2,
      }),
      expect.objectContaining({
        code: 'P1.1',
        meanLevel: 2.5,
        belowBenchmarkShare: 0.5,
        responses: 4,
      }),
    ]);
    expect(d.strongestIndicators[0]).toMatchObject({ code: 'I1.2', meanLevel: 4 });
    // Two thirds meet P1.2's benchmark: it is among the strongest, so not listed as weakest.
    expect(d.strongestIndicators).toContainEqual(
      expect.objectContaining({ code: 'P1.2', meanLevel: 2.67, belowBenchmarkShare: 0.333 }),
    );
    expect(d.weakestIndicators.map((i: { code: string }) => i.code)).not.toContain('P1.2');
  });

  it('filters by sector and state', async () => {
    const edu = (await board.get(`/api/partnerships/${pid}/dashboard?sector=education`).expect(200))
      .body;
    expect(edu.partnership.agenciesCounted).toBe(2);
    expect(edu.completion.total).toBe(2);
    const accepted = (
      await board.get(`/api/partnerships/${pid}/dashboard?state=accepted`).expect(200)
    ).body;
    expect(accepted.countedStates).toEqual(['accepted']);
    expect(
      accepted.heatMap.items.map((r: { organisation: string }) => r.organisation).sort(),
    ).toEqual(['Agency X', 'Agency Z']);
    await board.get(`/api/partnerships/${pid}/dashboard?state=in_progress`).expect(400);
    await otherBoard.get(`/api/partnerships/${pid}/dashboard`).expect(404);
  });

  it('shows an agency its scores against the partnership average and benchmark, with history', async () => {
    const d = (await lead.get(`/api/organisations/${org.X}/dashboard`).expect(200)).body;
    expect(d.radar.areas).toEqual([
      expect.objectContaining({ code: 'P', score: 70, partnershipAverage: 55.6, benchmark: 75 }),
      expect.objectContaining({ code: 'I', score: 75, partnershipAverage: 51.7, benchmark: 75 }),
    ]);
    expect(
      d.history.map((h: { cycle: { name: string }; overall: { score: number } }) => [
        h.cycle.name,
        h.overall.score,
      ]),
    ).toEqual([
      ['2025-27', 72.5],
      ['2023-25', 75],
    ]);
    await board.get(`/api/organisations/${org.X}/dashboard`).expect(200);
    await siblingLead.get(`/api/organisations/${org.X}/dashboard`).expect(404);
    await otherBoard.get(`/api/organisations/${org.X}/dashboard`).expect(404);
  });

  it("shows the board an agency's submitted work only, and the agency its own draft", async () => {
    const dLead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org.D }));
    const own = (await dLead.get(`/api/organisations/${org.D}/dashboard`).expect(200)).body;
    expect(own.includesDrafts).toBe(true);
    expect(own.radar.status).toBe('in_progress');
    // A draft has no stored score: libs/scoring scores its answers (all at level 4) as it stands.
    expect(own.history[0].overall.score).toBe(100);
    expect(own.radar.areas.map((a: { score: number }) => a.score)).toEqual([100, 100]);
    const seenByBoard = (await board.get(`/api/organisations/${org.D}/dashboard`).expect(200)).body;
    expect(seenByBoard.includesDrafts).toBe(false);
    expect(seenByBoard.radar).toBeNull();
    expect(seenByBoard.history).toEqual([]);
  });

  it('answers exactly as openapi.json declares, every list filled', async () => {
    // An open challenge, an overdue action and one without a due date on X's audit; an agency
    // overdue in another partnership. Last in this file: the figures above stay as they were.
    const [{ id: challengeId }] = await t.db.query(
      `INSERT INTO challenges (audit_id, indicator_code) VALUES ($1, 'P1.1') RETURNING id`,
      [audit.X],
    );
    await t.db.query(
      `INSERT INTO challenge_messages (challenge_id, body) VALUES ($1, 'Where is the policy?')`,
      [challengeId],
    );
    await t.db.query(
      `INSERT INTO actions (raised_in_audit_id, organisation_id, indicator_code, description, owner, due_on)
       SELECT a.id, a.organisation_id, x.code, x.description, x.owner, x.due_on::date
         FROM audits a, (VALUES ('P1.2', 'Train staff', 'Head of safeguarding', '2024-01-31'),
                                (NULL, 'Review filtering', 'IT lead', NULL)) AS x(code, description, owner, due_on)
        WHERE a.id = $1`,
      [audit.X],
    );
    const late = await t.given.partnership();
    const lateOrg = await t.given.organisation({ partnershipId: late.id, sector: 'police' });
    await seedAudit(
      await cycle(late.id, '2024', '2024-01-01', '2024-06-30'),
      lateOrg.id,
      'not_started',
      {},
    );
    const lateBoard = await t.as(
      await t.given.user({ role: 'board_member', partnershipId: late.id }),
    );

    const spec = new SchemaChecker(buildOpenApiDocument(t.app));
    const [P, O] = ['partnerships/{partnershipId}', 'organisations/{organisationId}'];
    const cases: [string, Client, string][] = [
      [`${P}/dashboard`, board, `partnerships/${pid}/dashboard`],
      [`${P}/dashboard`, lateBoard, `partnerships/${late.id}/dashboard`],
      [`${O}/dashboard`, lead, `organisations/${org.X}/dashboard`],
      [`${O}/dashboard`, board, `organisations/${org.D}/dashboard`],
      ['audits/{auditId}/score', board, `audits/${audit.Z}/score`],
    ];
    const roots = new Set<string>();
    for (const [path, client, url] of cases) {
      const body = (await client.get(`/api/${url}`).expect(200)).body;
      const name = spec.responseSchema(`/api/${path}`);
      roots.add(name);
      expect({ url, problems: spec.check(name, body) }).toEqual({ url, problems: [] });
    }
    const unseen = [...roots]
      .flatMap((r) => [...spec.reachable(r)])
      .filter((n) => !spec.seen.has(n));
    expect(unseen).toEqual([]);
  });
});
