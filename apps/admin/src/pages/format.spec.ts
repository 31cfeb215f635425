import {
  describeChange,
  formatChange,
  formatCount,
  formatDate,
  formatDateTime,
  formatList,
  formatScore,
} from './format';

describe('GOV.UK style formatting', () => {
  it('dates, counts and lists', () => {
    expect(formatDate('2026-03-03T10:00:00Z')).toBe('3 March 2026');
    expect(formatDate('not a date')).toBe('');
    // UK time, summer and winter, wherever the browser is.
    expect(formatDateTime('2026-07-03T10:05:00Z')).toBe('3 July 2026 at 11:05');
    expect(formatDateTime('2026-12-03T09:05:00Z')).toBe('3 December 2026 at 09:05');
    expect(formatDateTime('not a date')).toBe('');
    expect(formatCount(1, 'organisation')).toBe('1 organisation');
    expect(formatCount(1204, 'organisation')).toBe('1,204 organisations');
    expect(formatCount(2, 'child', 'children')).toBe('2 children');
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('scores and changes, with a true minus sign and words for screen readers', () => {
    expect(formatScore(null)).toBe('No score');
    expect(formatScore(62.54)).toBe('62.5');
    expect(formatChange(undefined)).toBe('');
    expect(formatChange(0)).toBe('No change');
    expect(formatChange(4.25)).toBe('+4.3');
    expect(formatChange(-3.1)).toBe('\u22123.1');
    expect(describeChange(-3.1)).toBe('down 3.1');
    expect(describeChange(null)).toBe('no earlier figure');
  });
});
