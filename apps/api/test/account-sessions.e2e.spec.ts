import { startTestApp, type TestApp, type TestUser } from './test-app';

interface Listed {
  id: string;
  current: boolean;
  lastSeenAt: string;
  userAgent: string | null;
}

/**
 * A person's own sessions: they see where they are signed in and end one, or every one but the
 * session asking; nobody else can name them, and each ending is on their account's record.
 */
describe('account sessions', () => {
  let t: TestApp;
  let person: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    person = await t.given.user();
  });
  afterAll(() => t.close());

  const events = async (kind: string) =>
    (
      await t.db.query(
        'SELECT actor_id, subject FROM audit_events WHERE person_id = $1 AND kind = $2',
        [person.id, kind],
      )
    ).length;

  it('lists where they are signed in, this session first, and ends another one', async () => {
    const laptop = await t.as(person);
    const phone = await t.as(person);
    const listed = (await laptop.get('/api/account/sessions').expect(200)).body as Listed[];
    expect(listed).toHaveLength(2);
    expect(listed.map((s) => s.current)).toEqual([true, false]);
    // The token's hash, the session's key, is never shown.
    const [{ hash }] = await t.db.query('SELECT id AS hash FROM sessions WHERE public_id = $1', [
      listed[1].id,
    ]);
    expect(JSON.stringify(listed)).not.toContain(hash);

    await laptop.delete(`/api/account/sessions/${listed[1].id}`).expect(204);
    await phone.get('/api/auth/me').expect(401);
    await laptop.get('/api/auth/me').expect(200);
    expect((await laptop.get('/api/account/sessions').expect(200)).body).toHaveLength(1);
    expect(await events('session.ended')).toBe(1);
  });

  it("refuses another person's session as 404 and a bad id as 400 naming the field", async () => {
    const mine = await t.as(person);
    const [{ id }] = (await mine.get('/api/account/sessions').expect(200)).body as Listed[];
    const other = await t.as(await t.given.user());
    await other.delete(`/api/account/sessions/${id}`).expect(404);
    await mine.get('/api/auth/me').expect(200);
    const bad = await other.delete('/api/account/sessions/not-a-uuid').expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['sessionId']);
  });

  it('signs out everywhere but here, and lists no session that has expired or idled out', async () => {
    const here = await t.as(person);
    const elsewhere = [await t.as(person), await t.as(person)];
    await t.db.query(
      `UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE public_id = (
         SELECT public_id FROM sessions WHERE user_id = $1 ORDER BY created_at LIMIT 1)`,
      [person.id],
    );
    const before = (await here.get('/api/account/sessions').expect(200)).body as Listed[];
    const [{ live }] = await t.db.query(
      `SELECT count(*)::int AS live FROM sessions WHERE user_id = $1 AND last_seen_at > now() - interval '1 hour'`,
      [person.id],
    );
    expect(before).toHaveLength(live);

    await here.post('/api/account/sessions/end-others').expect(204);
    for (const c of elsewhere) await c.get('/api/auth/me').expect(401);
    await here.get('/api/auth/me').expect(200);
    const after = (await here.get('/api/account/sessions').expect(200)).body as Listed[];
    expect(after.map((s) => s.current)).toEqual([true]);
    expect(await events('session.others_ended')).toBe(1);
  });
});
