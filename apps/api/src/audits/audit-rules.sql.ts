/**
 * An audit's rules as SQL conditions, one home each, used by every query that needs them. They
 * take the table aliases of the query they go into, and a time rule the SQL for the clock's London
 * date (`today`, a query parameter such as `$2`). The states come from libs/domain.
 */
import { BOARD_COUNTED_STATES, CYCLE_WARNING_DAYS, WITH_AGENCY_STATES } from '@pies/domain';

const literals = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** `column IN ('a', 'b')`: a check constraint from a list in libs/domain. */
export const oneOfSql = (column: string, values: readonly string[]) =>
  `${column} IN (${literals(values)})`;

/** The board sees and counts the audit `a`: submitted, returned or accepted. */
export const boardVisibleSql = (a: string) => `${a}.status IN (${literals(BOARD_COUNTED_STATES)})`;

/** The audit `a` is with its agency past the due date of its cycle `c`. */
export const auditOverdueSql = (a: string, c: string, today: string) =>
  `(${a}.status IN (${literals(WITH_AGENCY_STATES)}) AND ${c}.due_on < ${today}::date)`;

/**
 * The audit `a` is with its agency and its cycle `c` is due soon: today or within the next
 * CYCLE_WARNING_DAYS (the compliance rule's window in libs/domain), not yet overdue.
 */
export const auditDueSoonSql = (a: string, c: string, today: string) =>
  `(${a}.status IN (${literals(WITH_AGENCY_STATES)}) AND ${c}.due_on >= ${today}::date
    AND ${c}.due_on < ${today}::date + ${CYCLE_WARNING_DAYS})`;

/** The response `r` counts as answered: a level, or not applicable. */
export const responseAnsweredSql = (r: string) => `(${r}.level IS NOT NULL OR ${r}.not_applicable)`;

/**
 * The submission of the audit `a` stands: submitted or accepted, not returned. An agency's
 * latest such audit is what the next cycle pre-fills from and what its report compares with.
 */
export const submissionStandsSql = (a: string) => `${a}.status IN ('submitted', 'accepted')`;

/**
 * The response `r` was carried forward from the last audit and no one has confirmed it or saved
 * over it yet: carryState in libs/domain (answers/answer-gaps.ts) as SQL, for counts (the spec
 * beside this file checks they agree). Submitting and the web app's progress decide through
 * answerGaps itself.
 */
export const awaitingConfirmationSql = (r: string) =>
  `(${r}.prefilled AND ${r}.confirmed_at IS NULL)`;

/**
 * The indicators of audit `a` with something carried forward that waits for a person: the answer
 * (awaitingConfirmationSql), or evidence nobody has yet said is still current. The
 * `confirmation`, `freshAnswer` and `evidenceStillCurrent` gaps of answerGaps together, as SQL
 * for counts: one row per indicator.
 */
export const carriedAwaitingCodesSql = (a: string) => `
  SELECT rr.indicator_code FROM responses rr WHERE rr.audit_id = ${a}.id AND ${awaitingConfirmationSql('rr')}
  UNION
  SELECT ea.indicator_code FROM evidence_attachments ea WHERE ea.audit_id = ${a}.id AND ea.still_current_asked`;
