import { answerGaps, carryState } from './answer-gaps';

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

describe('answerGaps on carried-forward answers', () => {
  const carried = {
    level: 3,
    notApplicable: false,
    notApplicableReason: null,
    commentary: 'As last time',
    prefilled: true,
    confirmedAt: null,
    changedSinceLast: false,
  };

  it('needs a confirmation until someone confirms it', () => {
    expect(answerGaps(carried)).toEqual(['confirmation']);
    expect(answerGaps({ ...carried, confirmedAt: '2026-01-02T00:00:00Z' })).toEqual([]);
    expect(carryState(carried)).toBe('confirm');
  });

  it('needs a fresh answer, not a confirmation, where the wording changed', () => {
    const changed = { ...carried, changedSinceLast: true };
    expect(answerGaps(changed)).toEqual(['freshAnswer']);
    expect(carryState(changed)).toBe('freshAnswer');
    expect(answerGaps({ ...changed, confirmedAt: new Date() })).toEqual([]);
  });

  it('lists the answer gaps too, and asks nothing of an answer not carried', () => {
    expect(answerGaps({ ...carried, commentary: ' ' })).toEqual(['commentary', 'confirmation']);
    expect(answerGaps({ ...carried, prefilled: false })).toEqual([]);
    expect(carryState(null)).toBeNull();
  });
});

describe('answerGaps on evidence carried forward', () => {
  const answer = {
    level: 2,
    notApplicable: false,
    notApplicableReason: null,
    commentary: 'Reviewed termly',
  };

  it('needs each carried item confirmed as still current (or detached)', () => {
    expect(answerGaps(answer, [{ stillCurrentAsked: false }, { stillCurrentAsked: true }])).toEqual(
      ['evidenceStillCurrent'],
    );
    expect(answerGaps(answer, [{ stillCurrentAsked: false }])).toEqual([]);
    expect(answerGaps(answer, [])).toEqual([]);
    // With other gaps, it is one more.
    expect(answerGaps(null, [{ stillCurrentAsked: true }])).toEqual([
      'level',
      'commentary',
      'evidenceStillCurrent',
    ]);
  });
});
