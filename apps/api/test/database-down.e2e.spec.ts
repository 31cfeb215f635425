import { createServer, connect, type Socket } from 'node:net';
import { freePort } from '../src/database/embedded-postgres';
import { startApiProcess, waitFor } from './api-process';
import { createTestDatabase } from './test-database';

/**
 * The API reaches PostgreSQL through a proxy the test can cut, as when the database dies. The
 * job queue's pollers back off (logging once per step, not every second) and the process still
 * stops within 2 s.
 */
it('backs off while the database is down, and still stops within 2 s', async () => {
  const database = await createTestDatabase();
  const target = new URL(database.url);
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  const proxyPort = await freePort();
  await new Promise<void>((r) => proxy.listen(proxyPort, '127.0.0.1', r));
  const url = new URL(database.url);
  url.hostname = '127.0.0.1';
  url.port = String(proxyPort);
  const api = startApiProcess({
    DATABASE_URL: url.toString(),
    PORT: String(await freePort()),
    JOB_EXPIRE_SECONDS: '2',
  });
  try {
    await waitFor(
      () => api.output().includes('is running at'),
      () => api.output(),
      60_000,
    );
    // The database goes away: open connections drop, new ones are refused.
    await new Promise<void>((r) => {
      proxy.close(() => r());
      for (const s of sockets) s.destroy();
    });
    const cutAt = api.output().length;
    await new Promise((r) => setTimeout(r, 9_000));
    const lines = api
      .output()
      .slice(cutAt)
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; retryInSeconds?: number });
    // Nothing logged as an error, and not a line a second: steps of 1, 2 and 4 s fit in 9 s
    // (with a probe or two in flight when it went), each reported once.
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(5);
    const waits = lines.filter((l) => l.msg.includes('the database is unreachable'));
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(waits.map((l) => l.retryInSeconds)).toEqual([1, 2, 4, 8, 16].slice(0, waits.length));

    const stopping = Date.now();
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(2_000);
  } finally {
    api.child.kill('SIGKILL');
    proxy.close();
    await database.drop();
  }
}, 90_000);
