/**
 * A cycle's rules as SQL conditions, one home each (as audits/audit-rules.sql.ts does for
 * audits). They take the table aliases of the query they go into.
 */
import { LIVE_CYCLE_STATES } from '@pies/domain';
import { oneOfSql } from '../audits/audit-rules.sql';

/**
 * Cycles `x` and `y` overlap: two live (scheduled or open) cycles of one partnership, the later
 * opening before the earlier is due. (The earlier always opens before the later is due, so the
 * rule is the meeting of the two spans from opening date to due date.) A closed or draft cycle
 * overlaps nothing.
 */
export const cyclesOverlapSql = (x: string, y: string) =>
  `(${x}.partnership_id = ${y}.partnership_id AND ${x}.id <> ${y}.id
    AND ${oneOfSql(`${x}.status`, LIVE_CYCLE_STATES)} AND ${oneOfSql(`${y}.status`, LIVE_CYCLE_STATES)}
    AND ${x}.opens_on < ${y}.due_on AND ${y}.opens_on < ${x}.due_on)`;

/** The opening date of cycle `c` has come by `today` (a London date parameter such as `$2`). */
export const openingDayCameSql = (c: string, today: string) => `(${c}.opens_on <= ${today}::date)`;

/** The due date of cycle `c` is before `today` (a London date parameter): it "was due". */
export const dueDatePassedSql = (c: string, today: string) => `(${c}.due_on < ${today}::date)`;

/** The scheduled cycle `c` opens by `today`: its opening date has come. */
export const cycleOpensBySql = (c: string, today: string) =>
  `(${c}.status = 'scheduled' AND ${openingDayCameSql(c, today)})`;
