/**
 * An improvement action's rules as SQL conditions on the actions row `ac`, one home each. `today`
 * is the SQL for the clock's London date (a query parameter such as `$2`): never the database's.
 */

/** Closed: done, or dropped (with a reason). */
export const closedActionSql = (ac: string) => `${ac}.status IN ('done', 'dropped')`;

/** Neither done nor dropped: carried into the next cycle, listed as open. */
export const openActionSql = (ac: string) => `NOT ${closedActionSql(ac)}`;

/** Open and past its due date: a done or dropped action is never overdue. */
export const overdueActionSql = (ac: string, today: string) =>
  `(${openActionSql(ac)} AND ${ac}.due_on < ${today}::date)`;
