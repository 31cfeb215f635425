import { adminQuery, runPrefix } from './test-database';

export default async function globalTeardown(): Promise<void> {
  // Shared by several Jest projects: the first one to run does the work.
  const g = globalThis as { piesTornDown?: boolean; piesEmbedded?: { stop(): Promise<void> } };
  if (g.piesTornDown) return;
  g.piesTornDown = true;
  // This run's template and any database a test file did not get to drop.
  const mine = await adminQuery<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
    [runPrefix()],
  ).catch(() => []);
  for (const { datname } of mine)
    await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => undefined);
  await g.piesEmbedded?.stop();
}
