import fc from 'fast-check';
import { mergeAnswer } from './answer';
import { answerProblems, answerProblemText, type IndicatorRules } from './answer-problems';

const rules: IndicatorRules = { levels: [1, 2, 3, 4], allowNotApplicable: false };
const problemsOf = (sent: Parameters<typeof mergeAnswer>[1], r = rules) =>
  answerProblems(sent, mergeAnswer(null, sent), r).map((p) => [p.field, answerProblemText(p)]);

describe('answerProblems', () => {
  it('accepts a level of the scale, no level, and not applicable where allowed', () => {
    expect(problemsOf({ level: 3 })).toEqual([]);
    expect(problemsOf({ level: null, commentary: 'Later' })).toEqual([]);
    expect(problemsOf({ notApplicable: true }, { ...rules, allowNotApplicable: true })).toEqual([]);
  });

  it('names the field and the rule for each problem', () => {
    expect(problemsOf({ level: 9 })).toEqual([['level', 'must be one of 1, 2, 3, 4']]);
    expect(problemsOf({ notApplicable: true })).toEqual([
      ['notApplicable', 'this indicator applies to every agency'],
    ]);
    expect(
      problemsOf({ notApplicable: true, level: 2 }, { ...rules, allowNotApplicable: true }),
    ).toEqual([['level', 'must be left out when notApplicable is true']]);
  });

  it('checks the answer the save makes, not only the fields sent', () => {
    const na = mergeAnswer(null, { notApplicable: true, notApplicableReason: 'Closed site' });
    // an answer made not applicable before the framework said it always applies
    const p = answerProblems({ commentary: 'x' }, mergeAnswer(na, { commentary: 'x' }), rules);
    expect(p.map((x) => x.code)).toEqual(['notApplicableNotAllowed']);
  });

  it('finds no problem in any level of the scale and a problem in any other', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), (level) => {
        const found = problemsOf({ level });
        expect(found.length === 0).toBe(rules.levels.includes(level));
      }),
    );
  });
});
