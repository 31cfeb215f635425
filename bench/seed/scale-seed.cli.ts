/**
 * npm run seed:scale -- --partnership "Large County" --orgs 1000 --cycles 3
 * Creates a large, realistic partnership on the PIES framework in the database
 * (DATABASE_URL, or the embedded one under DATA_DIR).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { connectDatabase } from '../../apps/api/src/database/connection';
import { FrameworksService } from '../../apps/api/src/frameworks/frameworks.service';
import { DataSource } from 'typeorm';
import { DEFAULT_FRAMEWORK } from '../../apps/api/src/demo/demo-seed.service';
import { seedScale } from './scale-seeder';

async function main() {
  const { values } = parseArgs({
    options: {
      partnership: { type: 'string', default: 'Large County Safeguarding Children Partnership' },
      orgs: { type: 'string', default: '1000' },
      cycles: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
    },
  });
  const orgs = Number(values.orgs);
  const cycles = Number(values.cycles);
  if (!Number.isInteger(orgs) || orgs < 1 || orgs > 20000)
    throw new Error('--orgs must be a whole number from 1 to 20000');
  if (!Number.isInteger(cycles) || cycles < 1 || cycles > 10)
    throw new Error('--cycles must be a whole number from 1 to 10');
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DEMO_DATA: 'false',
  });
  const db = await connectDatabase(config.DATABASE_URL, config.DATA_DIR, () => undefined);
  const app = await createApp({ config, databaseUrl: db.url });
  try {
    const started = performance.now();
    const framework = await app
      .get(FrameworksService)
      .import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
    const definition = await app.get(FrameworksService).definitionById(framework.id);
    const result = await seedScale(app.get(DataSource), {
      partnership: values.partnership!,
      orgs,
      cycles,
      frameworkVersionId: framework.id,
      definition,
      seed: Number(values.seed),
      log: (m) => process.stderr.write(`  ${m}\n`),
    });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `seeded "${values.partnership}": ${orgs} agencies, ${result.audits} audits, ${result.responses} responses in ${seconds.toFixed(1)} s\n`,
    );
  } finally {
    await app.close();
    await db.embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
