import { weakestAndStrongest } from './indicator-ranking';

const fig = (code: string, meanLevel: number, belowBenchmarkShare: number) => ({
  code,
  meanLevel,
  belowBenchmarkShare,
});

describe('weakestAndStrongest', () => {
  it('never lists as strongest an indicator most agencies are below the benchmark on', () => {
    // A high mean level against a high benchmark: most agencies still fall short of it.
    const high = fig('HIGH', 3.4, 0.6);
    const met = fig('MET', 2.9, 0.1);
    const { strongest } = weakestAndStrongest([high, met, fig('LOW', 1.5, 0.9)], 1);
    expect(strongest.map((f) => f.code)).toEqual(['MET']);
  });

  it('ranks the weakest by share below the benchmark, then by the lowest mean level', () => {
    const { weakest } = weakestAndStrongest(
      [fig('A', 1.2, 0.6), fig('B', 3.1, 0.8), fig('C', 2.0, 0.8), fig('D', 3.9, 0)],
      3,
    );
    expect(weakest.map((f) => f.code)).toEqual(['C', 'B', 'A']);
  });

  it('ranks the strongest by the fewest below the benchmark, then by the highest mean level', () => {
    const { strongest } = weakestAndStrongest(
      [fig('A', 3.0, 0.2), fig('B', 3.5, 0), fig('C', 3.9, 0), fig('D', 1, 0.9)],
      2,
    );
    expect(strongest.map((f) => f.code)).toEqual(['C', 'B']);
  });

  it('lists no indicator twice, and half below is not strong', () => {
    const figures = [fig('A', 3.0, 0.5), fig('B', 3.5, 0.49), fig('C', 2.0, 0.3)];
    const { weakest, strongest } = weakestAndStrongest(figures);
    expect(strongest.map((f) => f.code)).toEqual(['C', 'B']);
    expect(weakest.map((f) => f.code)).toEqual(['A']);
    expect(weakestAndStrongest(figures, 1)).toEqual({
      strongest: [figures[2]],
      weakest: [figures[0]],
    });
  });
});
