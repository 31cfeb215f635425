import type { Answer, AnswerChange } from './answer';

/** What the framework allows for one indicator's answer. */
export interface IndicatorRules {
  /** The values of the framework's scale. */
  levels: readonly number[];
  allowNotApplicable: boolean;
}

export type AnswerProblemCode =
  'levelWithNotApplicable' | 'levelNotInScale' | 'notApplicableNotAllowed';

export interface AnswerProblem {
  field: 'level' | 'notApplicable';
  code: AnswerProblemCode;
  params?: { levels: readonly number[] };
}

/**
 * Why an answer may not be saved, in field order (none when it may): a level sent together
 * with not applicable, a level outside the framework's scale, or not applicable where the
 * indicator applies to every agency. `sent` is what the client sent; `answer` the answer it
 * makes (see mergeAnswer), or the whole answer a form holds.
 */
export function answerProblems(
  sent: AnswerChange,
  answer: Answer,
  { levels, allowNotApplicable }: IndicatorRules,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  if (sent.notApplicable && sent.level != null)
    problems.push({ field: 'level', code: 'levelWithNotApplicable' });
  if (answer.level != null && !levels.includes(answer.level))
    problems.push({ field: 'level', code: 'levelNotInScale', params: { levels } });
  if (answer.notApplicable && !allowNotApplicable)
    problems.push({ field: 'notApplicable', code: 'notApplicableNotAllowed' });
  return problems;
}

/** A problem in English, as the API words it. */
export function answerProblemText(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'levelWithNotApplicable':
      return 'must be left out when notApplicable is true';
    case 'levelNotInScale':
      return `must be one of ${problem.params?.levels.join(', ')}`;
    case 'notApplicableNotAllowed':
      return 'this indicator applies to every agency';
  }
}
