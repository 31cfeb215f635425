import { type AuditStatus, isEditable } from '../audit-status';
import { type CarryMarks, carryState } from './answer-gaps';

/** An answer to one indicator, as stored. */
export interface Answer {
  level: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  commentary: string | null;
}

/** A stored answer with what the version check needs. */
export interface StoredAnswer extends Answer, CarryMarks {
  version: number;
  /** Copied from the organisation's last audit when this one started. */
  prefilled: boolean;
}

/**
 * The fields one save sends. A field left out (undefined) keeps its value; null clears it
 * (a null `notApplicable` counts as left out). Evidence, files and links, is the library's
 * (attached to the indicator), not part of the answer.
 */
export interface AnswerChange {
  level?: number | null;
  notApplicable?: boolean | null;
  notApplicableReason?: string | null;
  commentary?: string | null;
}

/**
 * The answer after a save: each field sent replaces the current one. Choosing a level makes a
 * not-applicable answer applicable; marking it not applicable clears the level; a reason is
 * kept only while the answer is not applicable.
 */
export function mergeAnswer(current: Answer | null, sent: AnswerChange): Answer {
  const notApplicable =
    sent.notApplicable ?? (sent.level != null ? false : (current?.notApplicable ?? false));
  const keep = <K extends 'level' | 'notApplicableReason' | 'commentary'>(field: K) =>
    sent[field] !== undefined ? (sent[field] as Answer[K]) : (current?.[field] ?? null);
  return {
    level: sent.notApplicable ? null : keep('level'),
    notApplicable,
    notApplicableReason: notApplicable ? keep('notApplicableReason') : null,
    commentary: keep('commentary'),
  };
}

/** Equal as stored: every field. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.level === b.level &&
    a.notApplicable === b.notApplicable &&
    a.notApplicableReason === b.notApplicableReason &&
    a.commentary === b.commentary
  );
}

/**
 * What a save does, given the audit's status, the answer stored now (read under the audit's
 * lock), the merged answer and the version the client last saw:
 * - `landed`: the client's version is stale but the stored answer is already what it sends (a
 *   retry of a save that landed): answer with the stored answer, whatever the audit's state;
 * - `conflict`: the client's version is stale (409 with the stored answer);
 * - `locked`: the audit is submitted or accepted;
 * - `transition`: the audit must first be started or reopened, then the save decided again;
 * - `unchanged`: nothing changes: answer with the stored answer, no new version;
 * - `write`: store the merged answer as the next version. Saving a carried-forward answer as it
 *   is writes too: saving is confirming it. Where its wording changed it needs a changed answer,
 *   so an unchanged save leaves it unconfirmed.
 * An audit not yet started is pre-filled by its first save, which the client had not seen:
 * version 0 is then current for a pre-filled answer still at version 1.
 */
export type SaveDecision = 'landed' | 'conflict' | 'locked' | 'transition' | 'unchanged' | 'write';

export function decideSave(
  status: AuditStatus,
  current: StoredAnswer | null,
  merged: Answer,
  version: number,
): SaveDecision {
  const same = current !== null && sameAnswer(current, merged);
  if (version !== (current?.version ?? 0)) {
    const firstOverPrefill = current?.prefilled === true && current.version === 1 && version === 0;
    // The same answer as a carried one, sent by a client that had not seen it, still confirms it.
    if (same && !(firstOverPrefill && carryState(current) === 'confirm')) return 'landed';
    if (!firstOverPrefill) return 'conflict';
  }
  if (!isEditable(status)) return 'locked';
  if (status !== 'in_progress') return 'transition';
  return same && carryState(current) !== 'confirm' ? 'unchanged' : 'write';
}
