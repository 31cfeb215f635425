import { roundScore } from '@pies/scoring';
import { round, scoreCell } from './partnership-dashboard.service';

const bands = [
  { min: 0, rag: 'red' as const },
  { min: 50, rag: 'amber' as const },
  { min: 75, rag: 'green' as const },
];

describe('dashboard score cells', () => {
  it('round and band a score as the reports do (libs/scoring), so a dashboard and a PDF agree', () => {
    const computed = 74.94999999999999; // 74.95 on paper, after a floating-point mean
    expect(round(computed)).toBe(roundScore(computed));
    expect(scoreCell(computed, bands)).toEqual({ score: 75, rag: 'green' });
    expect(scoreCell(74.94, bands)).toEqual({ score: 74.9, rag: 'amber' });
    expect(scoreCell(null, bands)).toEqual({ score: null, rag: null });
  });
});
