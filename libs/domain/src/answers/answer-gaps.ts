/** A part an answer still needs before the audit can be submitted. */
export type AnswerGap = 'notApplicableReason' | 'level' | 'commentary';

/**
 * What an indicator's answer still lacks to count as complete (none when it is): a
 * not-applicable answer needs a reason; any other a level and commentary. No answer at all
 * lacks both. Submitting needs every indicator complete; the web app shows the same gaps.
 */
export function answerGaps(
  answer: {
    level?: number | null;
    notApplicable: boolean;
    notApplicableReason?: string | null;
    commentary?: string | null;
  } | null,
): AnswerGap[] {
  if (answer?.notApplicable)
    return answer.notApplicableReason?.trim() ? [] : ['notApplicableReason'];
  const gaps: AnswerGap[] = [];
  if (answer?.level == null) gaps.push('level');
  if (!answer?.commentary?.trim()) gaps.push('commentary');
  return gaps;
}
