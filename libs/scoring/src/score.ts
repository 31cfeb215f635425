import type {
  AreaScore,
  AuditScore,
  IndicatorScore,
  OverallScore,
  Rag,
  ScoreSummary,
  ScoringBand,
  ScoringFramework,
  ScoringResponse,
  ScoringScaleLevel,
  StandardScore,
} from './types';

/**
 * Input the engine cannot score: a level that is not on the scale, a response both answered
 * and not applicable, not applicable where the indicator forbids it, a duplicate response,
 * a weight that is not positive. The API validates responses before they are stored, so
 * reaching this is a bug, not a user mistake.
 */
export class ScoringInputError extends Error {
  readonly code = 'SCORING_INPUT';

  constructor(
    message: string,
    readonly indicatorCode?: string,
  ) {
    super(message);
    this.name = 'ScoringInputError';
  }
}

/**
 * Scores an audit against a framework.
 *
 * - An answered indicator scores its level's score (0-100) from the scale.
 * - A standard's or area's score is the weighted mean (indicator weights) of its answered
 *   indicators; an area's is taken over all its indicators directly, not over standards.
 * - The overall score is the weighted mean (area weights) of the areas that have a score.
 * - Not applicable and unanswered indicators are counted but never scored: they are left
 *   out of every mean, never treated as zero. A group with no answers has a null score.
 * - Responses for codes the framework does not have are ignored and listed in unknownCodes.
 * - Scores keep full precision; use roundScore to display them. RAG bands are applied to
 *   the score rounded to one decimal, so a displayed 75.0 is never shown as amber.
 */
export function scoreAudit(
  framework: ScoringFramework,
  responses: readonly ScoringResponse[],
): AuditScore {
  const levels = new Map<number, ScoringScaleLevel>();
  for (const level of framework.scale.levels) levels.set(level.value, level);
  const bands = framework.scoring.bands;

  const byCode = new Map<string, ScoringResponse>();
  for (const response of responses) {
    if (byCode.has(response.code)) {
      throw new ScoringInputError(`more than one response for ${response.code}`, response.code);
    }
    byCode.set(response.code, response);
  }

  const known = new Set<string>();
  const indicators: IndicatorScore[] = [];
  const standards: StandardScore[] = [];
  const areas: AreaScore[] = [];

  for (const area of framework.areas) {
    const areaWeight = weightOf(area.weight, `area ${area.code}`);
    const inArea: IndicatorScore[] = [];
    for (const standard of area.standards) {
      const inStandard: IndicatorScore[] = [];
      for (const indicator of standard.indicators) {
        known.add(indicator.code);
        const scored = scoreIndicator(indicator, byCode.get(indicator.code), levels);
        const result: IndicatorScore = {
          ...scored,
          areaCode: area.code,
          standardCode: standard.code,
        };
        indicators.push(result);
        inStandard.push(result);
        inArea.push(result);
      }
      standards.push({ code: standard.code, areaCode: area.code, ...summarise(inStandard, bands) });
    }
    areas.push({ code: area.code, weight: areaWeight, ...summarise(inArea, bands) });
  }

  const counts = summarise(indicators, bands);
  const score = weightedMean(
    areas.flatMap((area) =>
      area.score === null ? [] : [{ weight: area.weight, score: area.score }],
    ),
  );
  const overall: OverallScore = {
    ...counts,
    score,
    rag: score === null ? null : ragOf(score, bands),
    complete: counts.unanswered === 0,
  };

  const unknownCodes = [...byCode.keys()].filter((code) => !known.has(code)).sort();
  return { indicators, standards, areas, overall, unknownCodes };
}

function scoreIndicator(
  indicator: ScoringFramework['areas'][number]['standards'][number]['indicators'][number],
  response: ScoringResponse | undefined,
  levels: ReadonlyMap<number, ScoringScaleLevel>,
): Omit<IndicatorScore, 'areaCode' | 'standardCode'> {
  const { code, benchmark } = indicator;
  const weight = weightOf(indicator.weight, `indicator ${code}`);
  const base = { code, benchmark, weight, level: null, score: null, benchmarkMet: null, rag: null };
  const level = response?.level ?? null;
  if (response?.notApplicable === true) {
    if (level !== null) {
      throw new ScoringInputError(
        `the response for ${code} is marked not applicable and also has level ${level}`,
        code,
      );
    }
    if (indicator.allowNotApplicable === false) {
      throw new ScoringInputError(`${code} may not be marked not applicable`, code);
    }
    return { ...base, status: 'not_applicable' };
  }
  if (level === null) return { ...base, status: 'unanswered' };
  const scaleLevel = levels.get(level);
  if (scaleLevel === undefined) {
    throw new ScoringInputError(
      `the response for ${code} has level ${String(level)}, which is not on the scale (${[...levels.keys()].join(', ')})`,
      code,
    );
  }
  return {
    ...base,
    status: 'answered',
    level,
    score: scaleLevel.score,
    benchmarkMet: level >= benchmark,
    rag: scaleLevel.rag,
  };
}

function summarise(items: readonly IndicatorScore[], bands: readonly ScoringBand[]): ScoreSummary {
  const summary: ScoreSummary = {
    score: null,
    rag: null,
    answered: 0,
    notApplicable: 0,
    unanswered: 0,
    total: items.length,
    benchmarkMet: 0,
    belowBenchmark: 0,
  };
  const answered: { weight: number; score: number }[] = [];
  for (const item of items) {
    if (item.status === 'not_applicable') summary.notApplicable++;
    else if (item.status === 'unanswered') summary.unanswered++;
    else {
      summary.answered++;
      if (item.benchmarkMet) summary.benchmarkMet++;
      else summary.belowBenchmark++;
      answered.push({ weight: item.weight, score: item.score as number });
    }
  }
  summary.score = weightedMean(answered);
  summary.rag = summary.score === null ? null : ragOf(summary.score, bands);
  return summary;
}

/**
 * Weighted mean, or null for no items. The result is clamped to the items' own range so
 * that floating-point rounding can never take it outside: items all on one score give
 * exactly that score (all at the top level gives exactly 100). Every step is monotonic,
 * so raising one item's score never lowers the mean.
 */
function weightedMean(items: readonly { weight: number; score: number }[]): number | null {
  if (items.length === 0) return null;
  let sum = 0;
  let totalWeight = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const { weight, score } of items) {
    sum += weight * score;
    totalWeight += weight;
    lowest = Math.min(lowest, score);
    highest = Math.max(highest, score);
  }
  return Math.min(Math.max(sum / totalWeight, lowest), highest);
}

function weightOf(weight: number | undefined, what: string): number {
  const value = weight ?? 1;
  if (!Number.isFinite(value) || value <= 0) {
    throw new ScoringInputError(`the weight of ${what} must be a positive number (is ${value})`);
  }
  return value;
}

/**
 * The band a 0-100 score falls in: the one with the highest min that is <= the score; undefined
 * when the score is below every band. The one home of that rule: scores are coloured with it, and
 * a framework's validation checks each scale level's colour against it.
 */
export function bandFor<B extends { readonly min: number }>(
  score: number,
  bands: readonly B[],
): B | undefined {
  let match: B | undefined;
  for (const band of bands) {
    if (band.min <= score && (match === undefined || band.min > match.min)) match = band;
  }
  return match;
}

/**
 * The RAG colour of a 0-100 score: its band's. A score below every band gets the lowest band (a
 * validated framework's first band starts at 0, so this does not arise).
 */
export function ragForScore(score: number, bands: readonly ScoringBand[]): Rag {
  if (!Number.isFinite(score)) throw new ScoringInputError(`cannot band the score ${score}`);
  if (bands.length === 0) throw new ScoringInputError('the framework has no RAG bands');
  const lowest = bands.reduce((low, band) => (band.min < low.min ? band : low));
  return (bandFor(score, bands) ?? lowest).rag;
}

/**
 * The RAG colour of a score as it is shown (rounded by roundScore): a score shown as 75.0 is in
 * the band that starts at 75 wherever it is shown (dashboards, reports, exports).
 */
export function ragOf(score: number, bands: readonly ScoringBand[]): Rag {
  return ragForScore(roundScore(score), bands);
}

/**
 * A score rounded for display (default one decimal place), half up. A relative nudge of
 * 1e-12 absorbs floating-point error from the mean, so a mean that is 74.95 on paper
 * shows as 75.0 even when computed as 74.94999999999999.
 */
export function roundScore(score: number, decimals = 1): number {
  const factor = 10 ** decimals;
  return Math.round(score * factor * (1 + 1e-12)) / factor;
}
