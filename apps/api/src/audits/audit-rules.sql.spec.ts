import { carryState } from '@pies/domain';
import { adminQuery } from '../../test/test-database';
import { awaitingConfirmationSql } from './audit-rules.sql';

/**
 * The SQL form of a libs/domain rule (for counts over many rows) decides as the rule does, on
 * real PostgreSQL, for every combination of the marks it reads.
 */
describe('audit rules in SQL agree with libs/domain', () => {
  const marks = [false, true].flatMap((prefilled) =>
    [null, '2027-03-01T10:00:00Z'].flatMap((confirmedAt) =>
      [false, true].map((changedSinceLast) => ({ prefilled, confirmedAt, changedSinceLast })),
    ),
  );

  it('awaitingConfirmationSql is carryState: carried and not yet confirmed', async () => {
    for (const m of marks) {
      const [row] = await adminQuery<{ awaiting: boolean }>(
        `SELECT ${awaitingConfirmationSql('r')} AS awaiting
           FROM (VALUES ($1::boolean, $2::timestamptz, $3::boolean)) AS r(prefilled, confirmed_at, changed_since_last)`,
        [m.prefilled, m.confirmedAt, m.changedSinceLast],
      );
      expect({ ...m, awaiting: row.awaiting }).toEqual({ ...m, awaiting: carryState(m) !== null });
    }
  });
});
