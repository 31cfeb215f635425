import { startTestApp, type Client, type TestApp, type TestUser } from './test-app';
import { agencyOnTheFramework } from './test-framework';

/**
 * An autosave passes the access guard as every route does. These tests hold the save route to
 * the guard's answers for every reason it refuses, and check that nothing refused was saved.
 */
describe('autosave: refused by the access guard', () => {
  let t: TestApp;
  let audit: string;
  let org: string;
  let pid: string;
  let leadUser: TestUser;
  let lead: Client;
  let contributor: Client;
  let otherLead: Client;
  let board: Client;
  let version = 0;

  const url = (code = 'P1.1') => `/api/audits/${audit}/responses/${code}`;
  const commentary = async (code = 'P1.1') =>
    (
      await t.db.query(
        `SELECT commentary FROM responses WHERE audit_id = $1 AND indicator_code = $2`,
        [audit, code],
      )
    )[0]?.commentary;
  type Res = { status: number; body: { message: string } };
  /** The session token in a client's cookie. */
  const sessionOf = (c: Client) => /pies_session=([^;]+)/.exec(c.cookieHeader())![1];
  /** A save sent with this session token and CSRF token (cookie and header agreeing). */
  const sendAs = (session: string, csrf: string, body: object) =>
    t
      .client()
      .agent.put(url())
      .set('Cookie', `pies_session=${session}; pies_csrf=${csrf}`)
      .set('X-CSRF-Token', csrf)
      .send(body);
  /** A save by the lead that lands, keeping `version` current. */
  const leadSaves = async (text: string) => {
    const res = await lead.put(url(), { version, level: 2, commentary: text }).expect(200);
    version = res.body.version;
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '30' });
    const world = await agencyOnTheFramework(t, 2);
    ({ org, pid } = world);
    audit = await world.openCycle('2025-27', '2025-09-01');
    leadUser = await t.given.user({ role: 'agency_lead', organisationId: org });
    lead = await t.as(leadUser);
    const contributorUser = await t.given.user({ role: 'agency_contributor', organisationId: org });
    contributor = await t.as(contributorUser);
    otherLead = await t.as(
      await t.given.user({ role: 'agency_lead', organisationId: world.orgs[1] }),
    );
    board = await t.as(await t.given.user({ role: 'board_member', partnershipId: pid }));
    await lead.post(`/api/audits/${audit}/start`).expect(200);
    await lead
      .put(`/api/audits/${audit}/assignments`, {
        assignments: [{ userId: contributorUser.id, indicatorCode: 'I1.1' }],
      })
      .expect(200);
    await leadSaves('first');
  });
  afterAll(() => t.close());

  it('saves as the signed-in user', async () => {
    const res = await leadSaves('as the lead');
    expect(res.body).toMatchObject({ commentary: 'as the lead', updatedBy: expect.any(String) });
    expect(await commentary()).toBe('as the lead');
    const [event] = await t.db.query(
      `SELECT actor_id FROM audit_events WHERE audit_id = $1 ORDER BY at DESC, id DESC LIMIT 1`,
      [audit],
    );
    expect(event.actor_id).toBe(leadUser.id);
  });

  it('lets a contributor save what is assigned to them, and only that', async () => {
    await contributor.put(url('I1.1'), { version: 0, level: 1, commentary: 'mine' }).expect(200);
    const res = await contributor.put(url(), { version, level: 1, commentary: 'not mine' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('INDICATOR_NOT_ASSIGNED');
    expect(res.body.message).toBe('P1.1 is not assigned to you; ask your agency lead');
    expect(await commentary()).not.toBe('not mine');
  });

  it("answers each refusal with the guard's status and message, and saves nothing", async () => {
    const body = () => ({ version, level: 3, commentary: 'refused' });
    const refusals: [string, () => Promise<Res>, number, string][] = [
      [
        'no CSRF header',
        () => lead.agent.put(url()).send(body()),
        403,
        'missing or invalid CSRF token: send the pies_csrf cookie value in the X-CSRF-Token header',
      ],
      [
        "another session's CSRF token",
        () => sendAs(sessionOf(lead), contributor.csrf, body()),
        403,
        'CSRF token does not belong to this session',
      ],
      ['a lead of another agency', () => otherLead.put(url(), body()), 404, 'resource not found'],
      [
        'a board member, on a draft',
        () => board.put(url(), body()),
        403,
        'needs one of these roles: agency_lead, agency_contributor',
      ],
      ['an unknown session', () => sendAs('nope', lead.csrf, body()), 401, 'sign in to continue'],
    ];
    const got = [];
    for (const [why, send] of refusals) {
      const res = await send();
      got.push([why, res.status, res.body.message]);
      expect(await commentary()).not.toBe('refused');
    }
    expect(got).toEqual(refusals.map(([why, , status, message]) => [why, status, message]));
  });

  it('refuses a session that has expired, gone idle or lost its user, and a removed member', async () => {
    const body = () => ({ version, level: 3, commentary: 'too late' });
    const cases: [string, string, number][] = [
      [
        'expired',
        `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        401,
      ],
      [
        'idle',
        `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
        401,
      ],
      ['disabled', `UPDATE users SET disabled_at = now() WHERE id = $1`, 401],
      ['removed', `DELETE FROM memberships WHERE user_id = $1`, 404],
    ];
    for (const [why, sql, status] of cases) {
      const user = await t.given.user({ role: 'agency_lead', organisationId: org });
      const client = await t.as(user);
      await client
        .put(url('P1.2'), { version: 0, level: 1 })
        .expect((r) => expect(r.status).toBeLessThan(410));
      await t.db.query(sql, [user.id]);
      const res = await client.put(url(), body());
      expect([why, res.status]).toEqual([why, status]);
      expect(await commentary()).not.toBe('too late');
    }
  });

  it('marks the session seen', async () => {
    await t.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '5 minutes' WHERE user_id = $1`,
      [leadUser.id],
    );
    await leadSaves('seen');
    const [{ fresh }] = await t.db.query(
      `SELECT bool_and(last_seen_at > now() - interval '1 minute') AS fresh FROM sessions WHERE user_id = $1`,
      [leadUser.id],
    );
    expect(fresh).toBe(true);
  });

  it('reports a bad body only once the guard would let the caller in', async () => {
    const bad = { version: 'x', level: 9 };
    const stranger = await sendAs('nope', lead.csrf, bad);
    expect(stranger.status).toBe(401);
    expect((await otherLead.put(url(), bad)).status).toBe(404);
    const own = await lead.put(url(), bad);
    expect(own.status).toBe(400);
    expect(own.body.message).toContain('version');
    expect((await otherLead.put(url('X9.9'), { version: 0 })).status).toBe(404);
    expect((await lead.put(url('X9.9'), { version: 0 })).status).toBe(404);
  });
});
