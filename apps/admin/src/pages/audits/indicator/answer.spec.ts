import type { AuditResponse } from '../audit-data';
import { EMPTY_ANSWER, answerOf, sameAnswer, saveBody } from './answer';

const stored: AuditResponse = {
  indicatorCode: 'P1.1',
  level: 3,
  notApplicable: false,
  notApplicableReason: null,
  commentary: null,
  version: 4,
  changedSinceLast: false,
  prefilled: false,
  updatedAt: '2026-03-03T10:00:00.000Z',
};

describe('answer rules of the indicator page', () => {
  it('an unanswered indicator edits as the empty answer; nulls read as empty text', () => {
    expect(answerOf(undefined)).toEqual(EMPTY_ANSWER);
    expect(answerOf(stored)).toEqual({
      level: 3,
      notApplicable: false,
      notApplicableReason: '',
      commentary: '',
    });
  });

  it('the save body sends no level when not applicable, and a reason only then', () => {
    const na = { ...answerOf(stored), notApplicable: true, notApplicableReason: 'No such service' };
    expect(saveBody(na, 4)).toEqual({
      version: 4,
      level: null,
      notApplicable: true,
      notApplicableReason: 'No such service',
      commentary: null,
    });
    const applicable = { ...na, notApplicable: false };
    expect(saveBody(applicable, 4)).toMatchObject({ level: 3, notApplicableReason: null });
  });

  it('answers are the same when the API would store the same thing', () => {
    const a = answerOf(stored);
    expect(sameAnswer(a, { ...a, notApplicableReason: 'typed, then unticked' })).toBe(true);
    expect(sameAnswer(a, { ...a, commentary: 'x' })).toBe(false);
    expect(sameAnswer({ ...a, notApplicable: true }, { ...a, notApplicable: true, level: 1 })).toBe(
      true,
    );
  });
});
