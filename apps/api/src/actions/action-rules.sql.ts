/** An improvement action's rules as SQL conditions on the actions row `ac`, one home each. */

/** Not done yet: carried into the next cycle, listed as open. */
export const openActionSql = (ac: string) => `${ac}.status <> 'done'`;

/** Open and past its due date. */
export const overdueActionSql = (ac: string) =>
  `(${openActionSql(ac)} AND ${ac}.due_on < current_date)`;
