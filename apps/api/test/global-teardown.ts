import { adminQuery, TEMPLATE_DB } from './test-database';

export default async function globalTeardown(): Promise<void> {
  // Shared by several Jest projects: the first one to run does the work.
  const g = globalThis as { piesTornDown?: boolean; piesEmbedded?: { stop(): Promise<void> } };
  if (g.piesTornDown) return;
  g.piesTornDown = true;
  await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`).catch(() => undefined);
  await g.piesEmbedded?.stop();
}
