import { answerGaps } from './answer-gaps';

describe('answerGaps', () => {
  const answer = {
    level: 2,
    notApplicable: false,
    notApplicableReason: null,
    commentary: 'Reviewed termly',
  };

  it('finds nothing missing in a levelled answer with commentary', () => {
    expect(answerGaps(answer)).toEqual([]);
  });

  it('needs a level and commentary, blank commentary counting as none', () => {
    expect(answerGaps(null)).toEqual(['level', 'commentary']);
    expect(answerGaps({ ...answer, level: null })).toEqual(['level']);
    expect(answerGaps({ ...answer, commentary: '  \n' })).toEqual(['commentary']);
  });

  it('needs only a reason when not applicable', () => {
    const na = { ...answer, level: null, commentary: null, notApplicable: true };
    expect(answerGaps({ ...na, notApplicableReason: 'No devices on site' })).toEqual([]);
    expect(answerGaps({ ...na, notApplicableReason: ' ' })).toEqual(['notApplicableReason']);
    expect(answerGaps(na)).toEqual(['notApplicableReason']);
  });
});
