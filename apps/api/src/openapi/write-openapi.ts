/**
 * Writes the OpenAPI description to openapi.json (`npm run openapi`), or with `--check`
 * fails when the committed file differs from what the code describes (CI).
 * Builds the app in preview mode: routes and DTOs are read, nothing connects to a database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { buildOpenApiDocument } from './openapi';

const FILE = join(__dirname, '..', '..', '..', '..', 'openapi.json');

async function main() {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp({ config, databaseUrl: 'postgres://preview/none', preview: true });
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(FILE, 'utf8');
    } catch {
      // missing counts as different
    }
    if (committed !== text) {
      process.stderr.write(
        'openapi.json is out of date with the code: run `npm run openapi` and commit it.\n',
      );
      process.exitCode = 1;
      return;
    }
    process.stderr.write('openapi.json matches the code\n');
    return;
  }
  writeFileSync(FILE, text);
  process.stderr.write(`wrote ${FILE}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
