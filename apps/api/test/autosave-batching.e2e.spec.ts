import type { Pool } from 'pg';
import { ResponsesService } from '../src/audits/responses.service';
import { SelfAuthorisedSaves } from '../src/audits/self-authorised-saves';
import { logger } from '../src/common/logging/logger';
import { startTestApp, type Client, type TestApp } from './test-app';
import { agencyOnTheFramework } from './test-framework';

/**
 * Under load, concurrent saves share one statement and concurrent session lookups share one
 * query (see Batcher). Whatever batch a request lands in, it must get its own answer: these
 * tests send many requests at once and check each one against what it asked for.
 */
describe('autosave and sign-in checks under concurrent load', () => {
  let t: TestApp;
  let leads: Client[];
  let leadIds: string[];
  let contributor: Client;
  let board: Client;
  let audits: string[];
  /**
   * The SQL of every statement the app sent since `slowSessionLookups()`, which delays each
   * session lookup a little, so that requests arriving meanwhile must wait for a batch.
   */
  let sent: string[] = [];
  const slowSessionLookups = () => {
    sent = [];
    const pool = (t.db.driver as unknown as { master: Pool }).master;
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    jest.spyOn(pool, 'query').mockImplementation((async (...args: unknown[]) => {
      const q = args[0] as string | { text: string };
      const sql = typeof q === 'string' ? q : q.text;
      sent.push(sql);
      if (sql.includes(' AS session')) await new Promise((r) => setTimeout(r, 30));
      return query(...args);
    }) as never);
  };
  const save = (who: Client, audit: string, code: string, body: object) =>
    who.put(`/api/audits/${audit}/responses/${code}`, body);

  beforeAll(async () => {
    t = await startTestApp();
    const world = await agencyOnTheFramework(t, 4);
    await world.openCycle('2025-27', '2025-09-01');
    const cycles = await t.db.query(`SELECT id FROM cycles WHERE partnership_id = $1`, [world.pid]);
    const byOrg = await world.audits(cycles[0].id);
    audits = world.orgs.map((o) => byOrg[o]);
    leads = [];
    leadIds = [];
    for (const organisationId of world.orgs) {
      const user = await t.given.user({ role: 'agency_lead', organisationId });
      leadIds.push(user.id);
      leads.push(await t.as(user));
    }
    for (const [i, lead] of leads.entries())
      await lead.post(`/api/audits/${audits[i]}/start`).expect(200);
    contributor = await t.as(
      await t.given.user({ role: 'agency_contributor', organisationId: world.orgs[0] }),
    );
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: world.pid }));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  /**
   * Batch sizes from now on, of saves the guard let through (`guarded`) and of saves checking
   * their own access (`selfChecked`, on audits this process has saved to before); each batch
   * is slowed a little, so the next saves queue up.
   */
  const slowBatches = () => {
    const sizes = { guarded: [] as number[], selfChecked: [] as number[] };
    const slow = (proto: object, method: string, into: number[]) => {
      const original = (proto as Record<string, unknown>)[method] as (b: unknown[]) => unknown;
      jest.spyOn(proto as never, method as never).mockImplementation(async function (
        this: unknown,
        batch: unknown[],
      ) {
        into.push(batch.length);
        await new Promise((r) => setTimeout(r, 30));
        return original.call(this, batch);
      } as never);
    };
    slow(ResponsesService.prototype, 'saveMany', sizes.guarded);
    slow(SelfAuthorisedSaves.prototype, 'run', sizes.selfChecked);
    return sizes;
  };

  it('gives every save in a shared statement its own outcome', async () => {
    const batches = slowBatches().guarded;
    const codes = ['P1.1', 'P1.2', 'I1.1', 'I2.1'];
    const good = leads.flatMap((lead, i) =>
      codes.map((code) => ({
        i,
        code,
        req: save(lead, audits[i], code, {
          version: 0,
          level: 1 + ((i + code.length) % 4),
          commentary: `Agency ${i} on ${code}`,
        }),
      })),
    );
    const invalid = save(leads[0], audits[0], 'I1.2', { version: 0, level: 9 });
    const forbidden = save(contributor, audits[0], 'I1.2', { version: 0, level: 2 });
    const stale = save(leads[1], audits[1], 'I1.2', { version: 5, level: 2 });
    const [goodRes, invalidRes, forbiddenRes, staleRes] = await Promise.all([
      Promise.all(good.map((g) => g.req)),
      invalid,
      forbidden,
      stale,
    ]);

    expect(Math.max(...batches)).toBeGreaterThan(1); // the saves did share statements
    goodRes.forEach((res, k) => {
      const { i, code } = good[k];
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        indicatorCode: code,
        commentary: `Agency ${i} on ${code}`,
        version: 1,
      });
    });
    expect(invalidRes.status).toBe(400);
    expect(invalidRes.body.details).toEqual([
      { field: 'level', problems: ['must be one of 1, 2, 3, 4'] },
    ]);
    expect(forbiddenRes.status).toBe(403);
    expect(staleRes.status).toBe(409);
    const stored = await t.db.query(
      `SELECT audit_id, indicator_code, commentary, version FROM responses
        WHERE audit_id = ANY($1::uuid[]) ORDER BY commentary`,
      [audits],
    );
    expect(stored).toEqual(
      good
        .map(({ i, code }) => ({
          audit_id: audits[i],
          indicator_code: code,
          commentary: `Agency ${i} on ${code}`,
          version: 1,
        }))
        .sort((a, b) => a.commentary.localeCompare(b.commentary)),
    );
    const [{ events }] = await t.db.query(
      `SELECT count(*)::int AS events FROM audit_events WHERE audit_id = ANY($1::uuid[]) AND kind = 'response.saved'`,
      [audits],
    );
    expect(events).toBe(good.length);
  });

  it('gives every save in a shared self-checking statement its own outcome, refusals among them', async () => {
    const batches = slowBatches().selfChecked; // these audits have been saved to before
    const first = save(leads[0], audits[0], 'P1.1', { version: 1, commentary: 'Lead 0' }).then(
      (r) => r,
    );
    while (batches.length === 0) await new Promise((r) => setTimeout(r, 2));
    const cases = [
      { req: save(leads[1], audits[1], 'P1.1', { version: 1, commentary: 'Lead 1' }), status: 200 },
      { req: save(leads[1], audits[0], 'P1.1', { version: 2, commentary: 'Not 1' }), status: 404 },
      { req: save(board, audits[2], 'P1.1', { version: 1, commentary: 'Board' }), status: 403 },
      { req: save(contributor, audits[0], 'I1.2', { version: 0, level: 2 }), status: 403 },
      { req: save(leads[2], audits[2], 'P1.1', { version: 1, commentary: 'Lead 2' }), status: 200 },
      { req: save(leads[3], audits[3], 'P1.1', { version: 7, commentary: 'Stale' }), status: 409 },
      { req: save(leads[0], audits[0], 'I2.1', { version: 1, level: 9 }), status: 400 },
    ];
    const res = await Promise.all([first, ...cases.map((c) => c.req)]);
    expect(res.map((r) => r.status)).toEqual([200, ...cases.map((c) => c.status)]);
    expect(batches).toEqual([1, cases.length]); // the refused ones were checked in it too
    expect(res.filter((r) => r.status === 200).map((r) => r.body.commentary)).toEqual([
      'Lead 0',
      'Lead 1',
      'Lead 2',
    ]);
    expect(res[4].body.message).toBe('I1.2 is not assigned to you; ask your agency lead');
    expect(res[6].body.details.current).toMatchObject({ commentary: 'Agency 3 on P1.1' });
    const stored = await t.db.query(
      `SELECT commentary FROM responses WHERE indicator_code = 'P1.1' AND audit_id = ANY($1::uuid[])
        ORDER BY commentary`,
      [audits],
    );
    expect(stored.map((r: { commentary: string }) => r.commentary)).toEqual([
      'Agency 3 on P1.1',
      'Lead 0',
      'Lead 1',
      'Lead 2',
    ]);
  });

  it.each([
    ['guarded', 'Second pass', 0, 'batched save failed; saving one by one'],
    ['selfChecked', 'Third pass', 1, 'self-authorised saves failed; checking each'],
  ] as const)(
    'fails only the save the database refuses, even when it shared a statement (%s)',
    async (kind, commentary, version, warning) => {
      if (kind === 'guarded') t.app.get(ResponsesService)['facts'].clear(); // audits not seen yet
      await t.db.query(`CREATE FUNCTION refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.commentary = 'refuse me' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
      await t.db.query(`CREATE TRIGGER refuse_answer BEFORE INSERT OR UPDATE ON responses
      FOR EACH ROW EXECUTE FUNCTION refuse_answer()`);
      const warn = jest.spyOn(logger, 'warn');
      const batches = slowBatches()[kind];
      try {
        // The first save's batch goes alone; once it is under way, the rest queue for the next.
        const first = save(leads[0], audits[0], 'I1.2', { version, commentary }).then((r) => r);
        while (batches.length === 0) await new Promise((r) => setTimeout(r, 2));
        const others = leads
          .slice(1)
          .map((lead, k) => save(lead, audits[k + 1], 'I1.2', { version, commentary }));
        const refused = save(leads[2], audits[2], 'P1.2', { version: 1, commentary: 'refuse me' });
        const [firstRes, othersRes, refusedRes] = await Promise.all([
          first,
          Promise.all(others),
          refused,
        ]);
        expect(batches).toEqual([1, 4]);
        expect(warn).toHaveBeenCalledWith(expect.objectContaining({ saves: 4 }), warning);
        expect(refusedRes.status).toBe(500);
        expect([firstRes, ...othersRes].map((r) => r.status)).toEqual([200, 200, 200, 200]);
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM responses WHERE commentary = $1`,
          [commentary],
        );
        expect(n).toBe(4);
        const [p12] = await t.db.query(
          `SELECT commentary, version FROM responses WHERE audit_id = $1 AND indicator_code = 'P1.2'`,
          [audits[2]],
        );
        expect(p12).toEqual({ commentary: 'Agency 2 on P1.2', version: 1 });
      } finally {
        await t.db.query(`DROP TRIGGER refuse_answer ON responses; DROP FUNCTION refuse_answer()`);
      }
    },
  );

  it('does not hold up other agencies behind an audit another transaction has locked', async () => {
    const lock = t.db.createQueryRunner();
    await lock.startTransaction();
    try {
      // As while the audit is being submitted or started: its row locked for a while.
      await lock.query('SELECT 1 FROM audits WHERE id = $1 FOR UPDATE', [audits[0]]);
      const blocked = save(leads[0], audits[0], 'I2.1', { version: 1, commentary: 'Waited' });
      const blockedRes = blocked.then((r) => r); // sent now, answered once the lock goes
      await new Promise((r) => setTimeout(r, 200));
      const other = await save(leads[1], audits[1], 'I2.1', { version: 1, commentary: 'Free' });
      expect(other.status).toBe(200);
      let answered = false;
      void blockedRes.then(() => (answered = true));
      await new Promise((r) => setTimeout(r, 100));
      expect(answered).toBe(false); // still waiting for the lock, on its own
      await lock.commitTransaction();
      const res = await blockedRes;
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ commentary: 'Waited', version: 2 });
    } finally {
      if (lock.isTransactionActive) await lock.rollbackTransaction();
      await lock.release();
    }
  });

  it('answers each concurrent request for its own session and resource', async () => {
    slowSessionLookups();
    const anonymous = t.client();
    const cases = [
      { who: leads[0], audit: 0, status: 200 },
      { who: leads[1], audit: 1, status: 200 },
      { who: leads[1], audit: 0, status: 404 }, // another agency's audit: not even its existence
      { who: board, audit: 2, status: 403 }, // a draft: the board sees it once submitted
      { who: anonymous, audit: 3, status: 401 },
      { who: contributor, audit: 0, status: 200 },
    ];
    const many = Array.from({ length: 5 }, () => cases).flat();
    const res = await Promise.all(many.map((c) => c.who.get(`/api/audits/${audits[c.audit]}`)));
    expect(res.map((r) => r.status)).toEqual(many.map((c) => c.status));
    res.forEach((r, k) => {
      if (r.status === 200) expect(r.body.id).toBe(audits[many[k].audit]);
    });
    // The lookups did share queries: one row per session in the arrays of one statement.
    expect(sent.some((sql) => sql.includes('unnest($1::text[], $3::uuid[])'))).toBe(true);
  });
});
