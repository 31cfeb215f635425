import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

// The one way raw SQL runs in the API. TypeORM's `.query` returns `any`, which would flow
// untyped into DTOs; these helpers make each call name its row type instead. Lint forbids a
// direct `.query(` call anywhere else in apps/api/src (migrations and tests aside).
//
// The row type is a promise about the SQL, not a runtime check: declare it next to the query,
// with the column aliases and the types `pg` returns (bigint and numeric as strings unless cast).

/** What runs SQL: a DataSource, a transaction's EntityManager, or a QueryRunner. */
export interface Db {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** An UPDATE or DELETE: TypeORM answers these with `[rows, affected]`, not the rows. */
const CHANGE = /^\s*(UPDATE|DELETE)\b/i;

/** Every row of a SELECT (or of an INSERT with RETURNING; an UPDATE or DELETE: changeRows). */
export async function queryRows<Row>(db: Db, sql: string, params?: unknown[]): Promise<Row[]> {
  if (CHANGE.test(sql))
    throw new Error(`an UPDATE or DELETE reads its rows with changeRows: ${sql.slice(0, 80)}`);
  return (await db.query(sql, params)) as Row[];
}

/** The first row, or undefined when there is none. */
export async function queryRow<Row>(
  db: Db,
  sql: string,
  params?: unknown[],
): Promise<Row | undefined> {
  const [first] = await queryRows<Row>(db, sql, params);
  return first;
}

/** The row a statement always returns (INSERT ... RETURNING, an aggregate without GROUP BY). */
export async function oneRow<Row>(db: Db, sql: string, params?: unknown[]): Promise<Row> {
  const first = await queryRow<Row>(db, sql, params);
  if (first === undefined) throw new Error(`expected a row from: ${sql.slice(0, 80)}`);
  return first;
}

/**
 * An UPDATE or DELETE, with the rows it RETURNS (if any) and how many rows it changed: for
 * these TypeORM's PostgreSQL driver answers `[rows, affected]` instead of the rows.
 */
export async function changeRows<Row = never>(
  db: Db,
  sql: string,
  params?: unknown[],
): Promise<{ rows: Row[]; affected: number }> {
  const [changed, affected] = (await db.query(sql, params)) as [Row[], number];
  return { rows: changed, affected };
}

/** A statement whose rows nobody reads: INSERT/UPDATE/DELETE without RETURNING, locks. */
export async function run(db: Db, sql: string, params?: unknown[]): Promise<void> {
  await db.query(sql, params);
}

/**
 * How a library that writes its own SQL (pg-boss) runs it: on the app's pool, or inside the
 * caller's transaction (an EntityManager), so its rows commit or roll back with the caller's.
 */
export function sqlExecutor(db: DataSource | EntityManager) {
  return {
    executeSql: async (text: string, values?: unknown[]): Promise<{ rows: unknown[] }> => {
      if (db instanceof DataSource)
        return ((db.driver as PostgresDriver).master as Pool).query(text, values);
      return { rows: (await db.queryRunner!.query(text, values, true)).records };
    },
  };
}
