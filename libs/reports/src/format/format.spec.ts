import {
  formatDate,
  formatDateTime,
  formatHash,
  formatPercent,
  formatScore,
  formatScoreChange,
  formatShare,
  NONE,
  pluralise,
  ragClass,
  ragLabel,
  sectorLabel,
  statusLabel,
} from './format';

describe('formatDate', () => {
  it('writes dates the UK way', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
  });

  it('prints a calendar date as that day whatever the time zone', () => {
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });

  it('prints an instant as its day in UK time (BST after 23:00 UTC is the next day)', () => {
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('31 December 2026');
  });

  it('prints a dash for no date and refuses nonsense', () => {
    expect(formatDate(null)).toBe(NONE);
    expect(() => formatDate('soon')).toThrow('not a date: soon');
  });
});

describe('formatDateTime', () => {
  it('adds the 24-hour UK time', () => {
    expect(formatDateTime('2026-11-23T14:05:00Z')).toBe('23 November 2026, 14:05');
    expect(formatDateTime('2026-07-01T08:00:00Z')).toBe('1 July 2026, 09:00');
    expect(formatDateTime(undefined)).toBe(NONE);
  });
});

describe('scores and shares', () => {
  it('rounds scores half up to one decimal, as the scoring engine does', () => {
    expect(formatScore(72.45)).toBe('72.5');
    expect(formatScore(74.94999999999999)).toBe('75.0');
    expect(formatScore(100)).toBe('100.0');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });

  it('signs changes and uses a real minus sign', () => {
    expect(formatScoreChange(70, 65.5)).toBe('+4.5');
    expect(formatScoreChange(60, 62)).toBe('\u22122.0');
    expect(formatScoreChange(60.01, 60)).toBe('0.0');
    expect(formatScoreChange(60, null)).toBe(NONE);
  });

  it('prints percentages and shares', () => {
    expect(formatPercent(62.5)).toBe('63%');
    expect(formatPercent(62.54, 1)).toBe('62.5%');
    expect(formatPercent(null)).toBe(NONE);
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(0, 0)).toBe(NONE);
  });
});

describe('labels', () => {
  it('names every RAG band and "not scored"', () => {
    expect(['red', 'amber', 'green', null].map((r) => ragLabel(r as never))).toEqual([
      'Red',
      'Amber',
      'Green',
      'Not scored',
    ]);
    expect(ragClass('amber')).toBe('rag-amber');
    expect(ragClass(null)).toBe('rag-none');
  });

  it('pluralises regular and irregular words', () => {
    expect(pluralise(1, 'indicator')).toBe('1 indicator');
    expect(pluralise(0, 'indicator')).toBe('0 indicators');
    expect(pluralise(2, 'agency', 'agencies')).toBe('2 agencies');
  });

  it('uses the domain vocabulary for sectors and statuses', () => {
    expect(sectorLabel('voluntary_community_faith')).toBe('Voluntary, community and faith');
    expect(statusLabel('in_progress')).toBe('In progress');
  });

  it('groups a hash in eights', () => {
    expect(formatHash('0123456789abcdef01')).toBe('01234567 89abcdef 01');
    expect(formatHash(null)).toBe(NONE);
  });
});
