import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The job queue's schema: pg-boss installs and migrates it itself; our migrations leave it alone. */
export const JOB_SCHEMA = 'pgboss';

/**
 * The one description of how the app talks to PostgreSQL, used by the API, the migration
 * tool and the tests. Migrations are the only way the schema changes.
 */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // <root>/migrations from apps/api/src/database, and dist/migrations once built.
    migrations: [join(__dirname, '..', '..', '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: {
      max: poolSize,
      // A connection idle for a minute closes (pg's default is ten seconds). Closing them
      // sooner means the next burst of requests opens many cold backends at once (their
      // catalog caches and plans rebuilt) and stalls while they warm up.
      idleTimeoutMillis: 60_000,
      application_name: 'pies-audit',
      // JIT compilation costs more than it saves on these short analytical queries.
      options: '-c jit=off',
    },
  };
}
