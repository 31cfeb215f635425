/**
 * An improvement action's rules as SQL conditions on the actions row `ac`, one home each. `today`
 * is the SQL for the clock's London date (a query parameter such as `$2`): never the database's.
 */

/** Not done yet: carried into the next cycle, listed as open. */
export const openActionSql = (ac: string) => `${ac}.status <> 'done'`;

/** Open and past its due date. */
export const overdueActionSql = (ac: string, today: string) =>
  `(${openActionSql(ac)} AND ${ac}.due_on < ${today}::date)`;
