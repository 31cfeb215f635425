import { adminQuery, TEMPLATE_DB } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`).catch(() => undefined);
  await (globalThis as { piesEmbedded?: { stop(): Promise<void> } }).piesEmbedded?.stop();
}
