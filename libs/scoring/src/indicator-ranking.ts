/**
 * How the board's dashboard and report rank indicators across a cycle's counted audits: by the
 * share of agencies that answered an indicator below its benchmark (each indicator has its own
 * benchmark level, so a mean level alone says little), then by mean level.
 */

/** An indicator's figures over the audits counted. */
export interface IndicatorFigures {
  /** Mean answered level. */
  readonly meanLevel: number;
  /** 0-1: the share of the agencies that answered it whose answer is below its benchmark. */
  readonly belowBenchmarkShare: number;
}

/** How many the dashboard lists of each. */
export const RANKED_INDICATORS = 10;

/**
 * The weakest indicators: the most agencies below the benchmark first, then the lowest mean
 * level. The strongest: only indicators fewer than half of the agencies are below the benchmark
 * on, the fewest below first, then the highest mean level. An indicator listed as strongest is
 * not also listed as weakest (a small framework would otherwise list some twice). Ties keep the
 * order given (the framework's).
 */
export function weakestAndStrongest<T extends IndicatorFigures>(
  figures: readonly T[],
  count = RANKED_INDICATORS,
): { weakest: T[]; strongest: T[] } {
  const strongest = figures
    .filter((f) => f.belowBenchmarkShare < 0.5)
    .sort((a, b) => a.belowBenchmarkShare - b.belowBenchmarkShare || b.meanLevel - a.meanLevel)
    .slice(0, count);
  const weakest = figures
    .filter((f) => !strongest.includes(f))
    .sort((a, b) => b.belowBenchmarkShare - a.belowBenchmarkShare || a.meanLevel - b.meanLevel)
    .slice(0, count);
  return { weakest, strongest };
}
