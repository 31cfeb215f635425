import type { FrameworkDefinition } from '@pies/framework';
import { scoreAudit } from '@pies/scoring';
import { rebuildCycleSummaries } from '../src/dashboards/summary';
import { startTestApp, type Client, type TestApp } from './test-app';
import { testFrameworkYaml } from './test-framework';

/**
 * Scoring has one home, libs/scoring: the scores the dashboards average are stored from it, in
 * the transaction that brings an audit to the board (or by the bulk rebuild). Every stored row
 * must equal libs/scoring's result for the audit's answers as they are in the database.
 * The framework here is weighted (area I counts twice, indicator I1.1 three times), so a
 * stored score that forgot a weight would differ.
 */
describe('stored audit scores', () => {
  let t: TestApp;
  let lead: Client, board: Client, admin: Client;
  let definition: FrameworkDefinition;
  let versionId: string, pid: string, org: string;

  const weightedYaml = testFrameworkYaml('1.0')
    .replace('  - code: I\n    title:', '  - code: I\n    weight: 2\n    title:')
    .replace('- code: I1.1\n', '- code: I1.1\n            weight: 3\n');

  /** libs/scoring's result for the answers stored now, as the dashboards keep it. */
  async function expected(auditId: string) {
    const answers: { code: string; level: number | null; notApplicable: boolean }[] =
      await t.db.query(
        'SELECT indicator_code AS code, level, not_applicable AS "notApplicable" FROM responses WHERE audit_id = $1',
        [auditId],
      );
    const s = scoreAudit(definition, answers);
    return {
      overall: s.overall.score,
      areas: Object.fromEntries(
        s.areas.flatMap((a) => (a.score === null ? [] : [[a.code, a.score]])),
      ),
    };
  }
  async function stored(auditId: string) {
    const [row] = await t.db.query('SELECT overall, areas FROM audit_scores WHERE audit_id = $1', [
      auditId,
    ]);
    return row ?? null;
  }
  async function answer(auditId: string, answers: Record<string, number | 'na'>) {
    const audit = (await lead.get(`/api/audits/${auditId}`).expect(200)).body;
    for (const [code, a] of Object.entries(answers)) {
      const current = audit.responses.find(
        (r: { indicatorCode: string }) => r.indicatorCode === code,
      );
      await lead
        .put(
          `/api/audits/${auditId}/responses/${code}`,
          a === 'na'
            ? {
                version: current?.version ?? 0,
                notApplicable: true,
                notApplicableReason: 'No devices',
              }
            : { version: current?.version ?? 0, level: a, commentary: `Level ${a}` },
        )
        .expect(200);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const platform = await t.as(await t.given.user({ role: 'platform_admin' }));
    const imported = await platform.post('/api/frameworks', { yaml: weightedYaml }).expect(201);
    versionId = imported.body.id;
    definition = (await platform.get('/api/frameworks/test-framework/versions/1.0').expect(200))
      .body.definition;
    expect(definition.areas.find((a) => a.code === 'I')?.weight).toBe(2);
    pid = (await t.given.partnership()).id;
    org = (await t.given.organisation({ partnershipId: pid })).id;
    admin = await t.as(await t.given.user({ role: 'partnership_admin', partnershipId: pid }));
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    lead = await t.as(await t.given.user({ role: 'agency_lead', organisationId: org }));
  });
  afterAll(() => t.close());

  it('stores libs/scoring result at submit, keeps it through return, drops it on reopening, renews it at resubmit and accept', async () => {
    const cycle = await admin
      .post(`/api/partnerships/${pid}/cycles`, {
        name: '2025-27',
        frameworkVersionId: versionId,
        opensOn: '2025-09-01',
        dueOn: '2027-07-31',
        status: 'open',
      })
      .expect(201);
    const [{ id: auditId }] = (await admin.get(`/api/cycles/${cycle.body.id}/audits`).expect(200))
      .body;
    await answer(auditId, { 'P1.1': 4, 'P1.2': 2, 'I1.1': 2, 'I1.2': 'na', 'I2.1': 4 });
    expect(await stored(auditId)).toBeNull(); // a draft: nothing for the board to count
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    // By hand: P = (100 + 40) / 2 = 70; I = (40×3 + 100) / 4 = 55; overall = (70 + 55×2) / 3 = 60.
    expect(await stored(auditId)).toEqual({ overall: 60, areas: { P: 70, I: 55 } });
    expect(await stored(auditId)).toEqual(await expected(auditId));
    const api = (await lead.get(`/api/audits/${auditId}/score`).expect(200)).body;
    expect(api.overall.score).toBe(60);

    await board.post(`/api/audits/${auditId}/return`, { reason: 'More evidence' }).expect(200);
    expect(await stored(auditId)).toEqual(await expected(auditId));
    await answer(auditId, { 'I1.1': 4 }); // the first change takes it back to the agency
    expect(await stored(auditId)).toBeNull();
    await lead.post(`/api/audits/${auditId}/submit`).expect(200);
    // I = (100×3 + 100) / 4 = 100; overall = (70 + 200) / 3 = 90.
    expect(await stored(auditId)).toEqual({ overall: 90, areas: { P: 70, I: 100 } });
    await board.post(`/api/audits/${auditId}/accept`).expect(200);
    expect(await stored(auditId)).toEqual(await expected(auditId));
    const d = (await board.get(`/api/partnerships/${pid}/dashboard`).expect(200)).body;
    expect(d.partnership.overall.score).toBe(90);
  });

  it('stores libs/scoring result for every board-visible audit loaded in bulk', async () => {
    // A deterministic spread of answers: every level, not applicable, unanswered, empty audits.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const [{ id: cycleId }] = await t.db.query(
      `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status)
       VALUES ($1, 'Bulk', $2, '2023-09-01', '2025-07-31', 'closed') RETURNING id`,
      [pid, versionId],
    );
    const statuses = ['submitted', 'returned', 'accepted', 'in_progress', 'not_started'];
    const audits: { id: string; status: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const o = (await t.given.organisation({ partnershipId: pid })).id;
      const status = statuses[i % statuses.length];
      const [{ id }] = await t.db.query(
        'INSERT INTO audits (cycle_id, organisation_id, status) VALUES ($1, $2, $3) RETURNING id',
        [cycleId, o, status],
      );
      for (const code of ['P1.1', 'P1.2', 'I1.1', 'I1.2', 'I2.1']) {
        const r = next();
        if (r < 0.15) continue; // unanswered
        const na = code !== 'P1.1' && r < 0.3;
        await t.db.query(
          'INSERT INTO responses (audit_id, indicator_code, level, not_applicable, commentary) VALUES ($1, $2, $3, $4, $5)',
          [id, code, na ? null : 1 + Math.floor(next() * 4), na, 'c'],
        );
      }
      audits.push({ id, status });
    }
    await rebuildCycleSummaries(t.db, cycleId, definition, t.clock.now());
    for (const a of audits) {
      if (['submitted', 'returned', 'accepted'].includes(a.status)) {
        expect({ id: a.id, score: await stored(a.id) }).toEqual({
          id: a.id,
          score: await expected(a.id),
        });
      } else expect(await stored(a.id)).toBeNull();
    }
    // The indicator statistics count libs/scoring's answered indicators and benchmarks met.
    const want: Record<string, { responses: number; levelSum: number; below: number }> = {};
    for (const a of audits.filter((x) =>
      ['submitted', 'returned', 'accepted'].includes(x.status),
    )) {
      const answers = await t.db.query(
        'SELECT indicator_code AS code, level, not_applicable AS "notApplicable" FROM responses WHERE audit_id = $1',
        [a.id],
      );
      for (const i of scoreAudit(definition, answers).indicators) {
        if (i.status !== 'answered') continue;
        const w = (want[`${i.code} ${a.status}`] ??= { responses: 0, levelSum: 0, below: 0 });
        w.responses++;
        w.levelSum += i.level!;
        if (!i.benchmarkMet) w.below++;
      }
    }
    const got = await t.db.query(
      `SELECT indicator_code || ' ' || status AS key, sum(responses)::int AS responses,
              sum(level_sum)::int AS "levelSum", sum(below_benchmark)::int AS below
         FROM cycle_indicator_stats WHERE cycle_id = $1 GROUP BY 1`,
      [cycleId],
    );
    expect(
      Object.fromEntries(
        got.map((r: { key: string; responses: number; levelSum: number; below: number }) => [
          r.key,
          { responses: r.responses, levelSum: r.levelSum, below: r.below },
        ]),
      ),
    ).toEqual(want);
    expect(Object.values(want).some((w) => w.below > 0)).toBe(true);
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM audit_scores WHERE cycle_id = $1 AND overall IS NOT NULL',
      [cycleId],
    );
    expect(n).toBeGreaterThan(10);
  });
});
