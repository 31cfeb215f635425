/**
 * A part an answer still needs before the audit can be submitted. `confirmation`: carried
 * forward from the last audit and not yet confirmed; `freshAnswer`: carried forward, but the
 * indicator's wording changed since, so it needs a new answer, not a confirmation;
 * `evidenceStillCurrent`: evidence carried forward with it that nobody has said is still current
 * (confirmed, or detached).
 */
export type AnswerGap =
  | 'notApplicableReason'
  | 'level'
  | 'commentary'
  | 'confirmation'
  | 'freshAnswer'
  | 'evidenceStillCurrent';

/** An item of evidence attached to the indicator, as far as submitting cares. */
export interface AttachedEvidence {
  /** Carried into this audit from the last one, and not yet confirmed as still current. */
  stillCurrentAsked: boolean;
}

/** What an answer carried forward from the last audit still needs (null: nothing). */
export type CarryState = 'confirm' | 'freshAnswer' | null;

/** The marks a carried-forward answer bears. */
export interface CarryMarks {
  /** Copied from the organisation's last audit when this one started. */
  prefilled?: boolean;
  /** When someone confirmed it or saved an answer over it; null while it is only carried. */
  confirmedAt?: string | Date | null;
  /** The indicator's wording changed between the two audits' framework versions. */
  changedSinceLast?: boolean;
}

/**
 * A carried-forward answer counts only once a person stands behind it: confirmed as it is, or
 * (where the indicator's wording changed) answered afresh.
 */
export function carryState(answer: CarryMarks | null): CarryState {
  if (!answer?.prefilled || answer.confirmedAt != null) return null;
  return answer.changedSinceLast ? 'freshAnswer' : 'confirm';
}

/**
 * What an indicator's answer still lacks to count as complete (none when it is): a
 * not-applicable answer needs a reason; any other a level and commentary. No answer at all
 * lacks both. A carried-forward answer not yet confirmed lacks its confirmation (or, where the
 * wording changed, a fresh answer), and evidence carried forward to the indicator lacks the word
 * that it is still current. Submitting needs every indicator complete; the web app's progress
 * counts the same gaps.
 */
export function answerGaps(
  answer:
    | ({
        level?: number | null;
        notApplicable: boolean;
        notApplicableReason?: string | null;
        commentary?: string | null;
      } & CarryMarks)
    | null,
  evidence: readonly AttachedEvidence[] = [],
): AnswerGap[] {
  const gaps: AnswerGap[] = [];
  if (answer?.notApplicable) {
    if (!answer.notApplicableReason?.trim()) gaps.push('notApplicableReason');
  } else {
    if (answer?.level == null) gaps.push('level');
    if (!answer?.commentary?.trim()) gaps.push('commentary');
  }
  const carry = carryState(answer);
  if (carry === 'confirm') gaps.push('confirmation');
  if (carry === 'freshAnswer') gaps.push('freshAnswer');
  if (evidence.some((e) => e.stillCurrentAsked)) gaps.push('evidenceStillCurrent');
  return gaps;
}
