import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { run } from './typed-query';

const MIGRATION_LOCK = 0x70_1e_5a; // pg_advisory_lock key: one migrator at a time

/** Runs pending migrations under an advisory lock, so several processes can start at once. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await run(runner, 'SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await run(runner, 'SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

@Module({})
export class DatabaseModule {
  static forRoot(url: string, poolSize: number, migrate: boolean): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(url, poolSize),
          dataSourceFactory: async (options) => {
            const ds = await new DataSource(options!).initialize();
            if (migrate) await runMigrations(ds);
            return ds;
          },
        }),
      ],
    };
  }
}
