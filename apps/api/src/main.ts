import 'reflect-metadata';
import { createApp } from './app.factory';
import { logger } from './common/logging/logger';
import { ConfigError, loadConfig } from './config/app-config';
import { connectDatabase } from './database/connection';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo/demo-data';
import { DemoSeedService } from './demo/demo-seed.service';

/** A setting the app cannot start with: say which, and exit with EX_CONFIG. */
function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(
      `${err.message}\nThe app did not start. See the configuration table in README.md.\n`,
    );
    process.exit(78); // EX_CONFIG
  }
  throw err;
}

async function bootstrap() {
  const args = process.argv.slice(2);
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    exitOnConfigError(err);
  }

  const db = await connectDatabase(config.DATABASE_URL, config.DATA_DIR, (m, level = 'info') =>
    logger[level](m),
  ).catch(exitOnConfigError);
  if (db.embedded)
    logger.info(
      { dataDir: config.DATA_DIR },
      'using the embedded PostgreSQL (DATABASE_URL is not set)',
    );

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await app?.close(); // in-flight requests finish (see app.factory); then the pool closes
      await db.embedded?.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    app = await createApp({ config, databaseUrl: db.url });
    if (config.PIES_WORKER_ONLY || args.includes('--worker')) {
      await app.init(); // runs background jobs; serves no HTTP
      logger.info('PIES Audit worker is running background jobs (no HTTP)');
      return;
    }
    const demo =
      !config.isProduction &&
      (config.DEMO_DATA ?? (db.embedded !== null || args.includes('--demo')));
    if (demo) {
      await app.init(); // the job queue runs: the demo's replayed notices queue their mail
      await app.get(DemoSeedService).seed();
    } else if (config.isProduction && (config.DEMO_DATA || args.includes('--demo'))) {
      logger.warn('demo data is never seeded when NODE_ENV=production');
    }
    await app.listen(config.PORT, config.HOST);
    const host =
      config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
    const url = `http://${host}:${config.PORT}`;
    logger.info({ address: url }, 'PIES Audit is listening');
    const lines = [`\n  PIES Audit is running at ${url}`, `  API docs: ${url}/api/docs`];
    if (demo) {
      lines.push(`\n  Demo logins (password: ${DEMO_PASSWORD}):`);
      for (const l of DEMO_LOGINS)
        lines.push(
          `    ${l.email.padEnd(24)} ${l.role}${l.organisation ? ` at ${l.organisation}` : ''}`,
        );
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
  } catch (err) {
    logger.fatal({ err }, 'failed to start');
    await app?.close().catch(() => undefined);
    await db.embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void bootstrap();
