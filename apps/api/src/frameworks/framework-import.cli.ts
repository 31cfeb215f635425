/**
 * npm run framework:import -- templates/frameworks/<file>.yaml
 * Imports a framework version into the database (DATABASE_URL, or the embedded one), through
 * the same service and validation as POST /api/frameworks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../app.factory';
import { DomainError } from '../common/errors/domain-errors';
import { loadConfig } from '../config/app-config';
import { connectDatabase } from '../database/connection';
import { FrameworksService } from './frameworks.service';
import type { LocatedProblem } from './problem-locations';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run framework:import -- <file.yaml>');
  const yaml = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const db = await connectDatabase(config.DATABASE_URL, config.DATA_DIR, () => undefined);
  const app = await createApp({ config, databaseUrl: db.url });
  try {
    const result = await app.get(FrameworksService).import(yaml, null);
    process.stdout.write(
      `${result.created ? 'imported' : 'already imported (identical)'}: ${result.frameworkId} ${result.version} ` +
        `(${result.indicatorCount} indicators, sha256 ${result.contentHash.slice(0, 12)})\n`,
    );
  } catch (err) {
    if (err instanceof DomainError) {
      process.stderr.write(`${err.message}\n`);
      const details = err.details as LocatedProblem[] | undefined;
      for (const d of details ?? [])
        process.stderr.write(
          `  ${d.line ? `${file}:${d.line} ` : ''}${d.field || '(file)'}: ${d.problems.map((p) => p.message).join('; ')}\n`,
        );
      process.exitCode = 1;
    } else throw err;
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
