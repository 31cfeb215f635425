import fc from 'fast-check';
import { ragForScore, roundScore, scoreAudit } from './score';
import type {
  AuditScore,
  IndicatorScore,
  Rag,
  ScoringFramework,
  ScoringIndicator,
  ScoringResponse,
  ScoringScaleLevel,
} from './types';

// ---------------------------------------------------------------- generators

const RAGS: Rag[] = ['red', 'amber', 'green'];

/** 2-5 levels with ascending unique values and strictly rising scores (tenths, 0-100). */
const scaleArb = fc
  .integer({ min: 2, max: 5 })
  .chain((n) =>
    fc.tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }),
      fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n }),
      fc.array(fc.constantFrom(...RAGS), { minLength: n, maxLength: n }),
      fc.boolean(),
    ),
  )
  .map(([values, tenths, rags, topIs100]): ScoringScaleLevel[] => {
    values.sort((a, b) => a - b);
    const scores = tenths.sort((a, b) => a - b).map((t) => t / 10);
    if (topIs100) scores[scores.length - 1] = 100;
    return values.map((value, i) => ({ value, score: scores[i], rag: rags[i] }));
  });

/** The first band starts at 0, the others at ascending mins. */
const bandsArb = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 3 }),
    fc.array(fc.constantFrom(...RAGS), { minLength: 4, maxLength: 4 }),
  )
  .map(([mins, rags]) =>
    [0, ...mins.sort((a, b) => a - b)].map((min, i) => ({ min, rag: rags[i] })),
  );

const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 10 }),
  fc.double({ min: 0.01, max: 100, noNaN: true, noDefaultInfinity: true }),
);

const frameworkArb: fc.Arbitrary<ScoringFramework> = scaleArb.chain((levels) =>
  fc
    .record({
      bands: bandsArb,
      areas: fc.array(
        fc.record({
          weight: weightArb,
          standards: fc.array(
            fc.array(
              fc.record({
                weight: weightArb,
                benchmark: fc.constantFrom(...levels.map((level) => level.value)),
                allowNotApplicable: fc.boolean(),
              }),
              { minLength: 1, maxLength: 6 },
            ),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ bands, areas }) => ({
      scale: { levels },
      scoring: { bands },
      areas: areas.map((area, a) => {
        const areaCode = 'ABCD'[a];
        return {
          code: areaCode,
          weight: area.weight,
          standards: area.standards.map((indicators, s) => ({
            code: `${areaCode}${s + 1}`,
            indicators: indicators.map((indicator, i) => ({
              ...indicator,
              code: `${areaCode}${s + 1}.${i + 1}`,
            })),
          })),
        };
      }),
    })),
);

function indicatorsOf(framework: ScoringFramework): ScoringIndicator[] {
  return framework.areas.flatMap((area) => area.standards.flatMap((s) => s.indicators));
}

/** Each indicator left out, unanswered (level null), not applicable (if allowed) or at a level. */
function responseArb(
  framework: ScoringFramework,
  indicator: ScoringIndicator,
): fc.Arbitrary<ScoringResponse | undefined> {
  const levels = framework.scale.levels.map((level) => level.value);
  const options: fc.Arbitrary<ScoringResponse | undefined>[] = [
    fc.constant(undefined),
    fc.constant({ code: indicator.code, level: null }),
    fc.constantFrom(...levels).map((level) => ({ code: indicator.code, level })),
    fc
      .constantFrom(...levels)
      .map((level) => ({ code: indicator.code, level, notApplicable: false })),
  ];
  if (indicator.allowNotApplicable) {
    options.push(fc.constant({ code: indicator.code, notApplicable: true }));
  }
  return fc.oneof(...options);
}

/** Responses for the framework's indicators, plus some for unknown codes, in random order. */
function responsesArb(framework: ScoringFramework): fc.Arbitrary<ScoringResponse[]> {
  return fc
    .tuple(
      fc.tuple(...indicatorsOf(framework).map((indicator) => responseArb(framework, indicator))),
      fc.subarray<ScoringResponse>([{ code: 'Z1.1', level: 1 }, { code: 'P1.1' }, { code: '' }]),
    )
    .chain(([known, unknown]) => {
      const all = [...known.filter((r) => r !== undefined), ...unknown];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

const auditArb = frameworkArb.chain((framework) =>
  fc.record({ framework: fc.constant(framework), responses: responsesArb(framework) }),
);

// ---------------------------------------------------------------- helpers

/** Every score in the result, labelled, for comparing two results. */
function allScores(result: AuditScore): Record<string, number | null> {
  const scores: Record<string, number | null> = { overall: result.overall.score };
  for (const i of result.indicators) scores[`indicator ${i.code}`] = i.score;
  for (const s of result.standards) scores[`standard ${s.code}`] = s.score;
  for (const a of result.areas) scores[`area ${a.code}`] = a.score;
  return scores;
}

function withResponse(
  responses: readonly ScoringResponse[],
  code: string,
  response: Omit<ScoringResponse, 'code'> | undefined,
): ScoringResponse[] {
  const others = responses.filter((r) => r.code !== code);
  return response === undefined ? others : [...others, { code, ...response }];
}

function status(responses: readonly ScoringResponse[], code: string) {
  const response = responses.find((r) => r.code === code);
  if (response?.notApplicable) return 'not_applicable';
  return response?.level == null ? 'unanswered' : 'answered';
}

function areaOf(code: string): string {
  return code[0];
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const RUNS = { numRuns: 300 };

// ---------------------------------------------------------------- laws

describe('scoreAudit laws', () => {
  it('keeps every score within 0-100 and within the range of the scores it averages', () => {
    const within = (score: number | null, scores: number[], min = 0, max = 100) =>
      scores.length === 0
        ? score === null
        : score !== null &&
          score >= Math.max(min, Math.min(...scores)) &&
          score <= Math.min(max, Math.max(...scores));
    fc.assert(
      fc.property(auditArb, ({ framework, responses }) => {
        const result = scoreAudit(framework, responses);
        const broken: string[] = [];
        for (const [key, score] of Object.entries(allScores(result))) {
          if (score !== null && !(score >= 0 && score <= 100)) broken.push(`${key}: ${score}`);
        }
        const groups = [
          ...result.areas.map((a) => ({ ...a, of: (i: IndicatorScore) => i.areaCode === a.code })),
          ...result.standards.map((s) => ({
            ...s,
            of: (i: IndicatorScore) => i.standardCode === s.code,
          })),
        ];
        for (const group of groups) {
          const scores = result.indicators
            .filter((i) => group.of(i) && i.score !== null)
            .map((i) => i.score as number);
          if (!within(group.score, scores)) broken.push(`${group.code}: ${group.score}`);
        }
        const areaScores = result.areas.flatMap((a) => (a.score === null ? [] : [a.score]));
        if (!within(result.overall.score, areaScores))
          broken.push(`overall: ${result.overall.score}`);
        expect(broken).toEqual([]);
      }),
      RUNS,
    );
  });

  it('agrees with a direct computation of the documented formula', () => {
    // Area: sum(weight * level score) / sum(weight) over answered indicators;
    // overall: sum(area weight * area score) / sum(area weight) over areas with a score.
    const mean = (pairs: [number, number][]) =>
      pairs.length === 0
        ? null
        : pairs.reduce((sum, [w, x]) => sum + w * x, 0) / pairs.reduce((sum, [w]) => sum + w, 0);
    fc.assert(
      fc.property(auditArb, ({ framework, responses }) => {
        const scoreOf = new Map(framework.scale.levels.map((l) => [l.value, l.score]));
        const levelOf = new Map(
          responses.flatMap((r) => (r.level == null ? [] : [[r.code, r.level] as const])),
        );
        const expectedAreas = framework.areas.map((area) => {
          const pairs: [number, number][] = [];
          for (const standard of area.standards) {
            for (const indicator of standard.indicators) {
              const level = levelOf.get(indicator.code);
              if (level !== undefined) {
                pairs.push([indicator.weight ?? 1, scoreOf.get(level) as number]);
              }
            }
          }
          return { weight: area.weight ?? 1, score: mean(pairs) };
        });
        const expectedOverall = mean(
          expectedAreas.flatMap((a) => (a.score === null ? [] : [[a.weight, a.score]])),
        );
        const result = scoreAudit(framework, responses);
        result.areas.forEach((area, i) => {
          expect(close(area.score, expectedAreas[i].score)).toBe(true);
        });
        expect(close(result.overall.score, expectedOverall)).toBe(true);
      }),
      RUNS,
    );
  });

  it('counts every indicator exactly once, under the right status', () => {
    fc.assert(
      fc.property(auditArb, ({ framework, responses }) => {
        const result = scoreAudit(framework, responses);
        const broken: string[] = [];
        for (const group of [...result.standards, ...result.areas, result.overall]) {
          const { answered, notApplicable, unanswered, total, benchmarkMet, belowBenchmark } =
            group;
          if (answered + notApplicable + unanswered !== total) broken.push('total');
          if (benchmarkMet + belowBenchmark !== answered) broken.push('benchmark counts');
          if ((group.score === null) !== (answered === 0)) broken.push('score without answers');
        }
        if (result.overall.total !== indicatorsOf(framework).length) broken.push('overall total');
        if (result.overall.complete !== (result.overall.unanswered === 0)) broken.push('complete');
        for (const indicator of result.indicators) {
          const answered = indicator.status === 'answered';
          if (indicator.status !== status(responses, indicator.code)) broken.push(indicator.code);
          if ((indicator.score !== null) !== answered) broken.push(`${indicator.code} score`);
          const met = answered ? (indicator.level as number) >= indicator.benchmark : null;
          if (indicator.benchmarkMet !== met) broken.push(`${indicator.code} benchmarkMet`);
        }
        expect(broken).toEqual([]);
      }),
      RUNS,
    );
  });

  it('colours each group by the band of its score as displayed, and each answer by its level', () => {
    fc.assert(
      fc.property(auditArb, ({ framework, responses }) => {
        const result = scoreAudit(framework, responses);
        const { bands } = framework.scoring;
        const broken: string[] = [];
        for (const group of [...result.standards, ...result.areas, result.overall]) {
          const expected =
            group.score === null ? null : ragForScore(roundScore(group.score), bands);
          if (group.rag !== expected) broken.push(`${'code' in group ? group.code : 'overall'}`);
        }
        const rags = new Map(framework.scale.levels.map((level) => [level.value, level.rag]));
        for (const indicator of result.indicators) {
          const expected = indicator.level === null ? null : rags.get(indicator.level);
          if (indicator.rag !== expected) broken.push(indicator.code);
        }
        expect(broken).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never lowers the area, standard or overall score when one indicator is raised a level', () => {
    fc.assert(
      fc.property(auditArb, fc.nat(), fc.nat(), ({ framework, responses }, pick, step) => {
        const levels = framework.scale.levels.map((level) => level.value);
        const top = levels[levels.length - 1];
        const raisable = responses.filter(
          (r) => !r.notApplicable && r.level != null && r.level < top && !r.code.startsWith('Z'),
        );
        fc.pre(raisable.length > 0);
        const chosen = raisable[pick % raisable.length];
        const higher = levels.filter((level) => level > (chosen.level as number));
        const raised = withResponse(responses, chosen.code, {
          level: higher[step % higher.length],
        });

        const before = scoreAudit(framework, responses);
        const after = scoreAudit(framework, raised);
        const area = (r: AuditScore) => r.areas.find((a) => a.code === areaOf(chosen.code))?.score;
        const standardCode = chosen.code.split('.')[0];
        const standard = (r: AuditScore) => r.standards.find((s) => s.code === standardCode)?.score;
        expect(area(after)).toBeGreaterThanOrEqual(area(before) as number);
        expect(standard(after)).toBeGreaterThanOrEqual(standard(before) as number);
        expect(after.overall.score).toBeGreaterThanOrEqual(before.overall.score as number);
      }),
      RUNS,
    );
  });

  it('leaves every score unchanged when an unanswered indicator is marked not applicable', () => {
    fc.assert(
      fc.property(auditArb, fc.nat(), ({ framework, responses }, pick) => {
        const candidates = indicatorsOf(framework).filter(
          (i) => i.allowNotApplicable && status(responses, i.code) === 'unanswered',
        );
        fc.pre(candidates.length > 0);
        const chosen = candidates[pick % candidates.length];
        const before = scoreAudit(framework, responses);
        const after = scoreAudit(
          framework,
          withResponse(responses, chosen.code, { notApplicable: true }),
        );
        expect(allScores(after)).toEqual(allScores(before));
        expect(after.overall.rag).toBe(before.overall.rag);
        expect(after.overall.notApplicable).toBe(before.overall.notApplicable + 1);
        expect(after.overall.unanswered).toBe(before.overall.unanswered - 1);
      }),
      RUNS,
    );
  });

  it('scores an answered indicator marked not applicable exactly as if it were unanswered', () => {
    // Answered -> not applicable may change scores (the answer leaves the mean), but never
    // as a zero: the result is the same as withdrawing the answer.
    fc.assert(
      fc.property(auditArb, fc.nat(), ({ framework, responses }, pick) => {
        const candidates = indicatorsOf(framework).filter(
          (i) => i.allowNotApplicable && status(responses, i.code) === 'answered',
        );
        fc.pre(candidates.length > 0);
        const chosen = candidates[pick % candidates.length];
        const notApplicable = scoreAudit(
          framework,
          withResponse(responses, chosen.code, { notApplicable: true }),
        );
        const withdrawn = scoreAudit(framework, withResponse(responses, chosen.code, undefined));
        expect(allScores(notApplicable)).toEqual(allScores(withdrawn));
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the responses', () => {
    const arb = auditArb.chain(({ framework, responses }) =>
      fc.record({
        framework: fc.constant(framework),
        responses: fc.constant(responses),
        shuffled: fc.shuffledSubarray(responses, {
          minLength: responses.length,
          maxLength: responses.length,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ framework, responses, shuffled }) => {
        expect(scoreAudit(framework, shuffled)).toEqual(scoreAudit(framework, responses));
      }),
      RUNS,
    );
  });

  it('does not change when every indicator weight in an area, or every area weight, is scaled', () => {
    fc.assert(
      fc.property(
        auditArb,
        fc.nat(),
        fc.double({ min: 0.001, max: 1000, noNaN: true, noDefaultInfinity: true }),
        ({ framework, responses }, pick, factor) => {
          const areaCode = framework.areas[pick % framework.areas.length].code;
          const scaledIndicators: ScoringFramework = {
            ...framework,
            areas: framework.areas.map((area) =>
              area.code !== areaCode
                ? area
                : {
                    ...area,
                    standards: area.standards.map((standard) => ({
                      ...standard,
                      indicators: standard.indicators.map((i) => ({
                        ...i,
                        weight: (i.weight ?? 1) * factor,
                      })),
                    })),
                  },
            ),
          };
          const scaledAreas: ScoringFramework = {
            ...framework,
            areas: framework.areas.map((area) => ({
              ...area,
              weight: (area.weight ?? 1) * factor,
            })),
          };
          const base = allScores(scoreAudit(framework, responses));
          for (const variant of [scaledIndicators, scaledAreas]) {
            const scaled = allScores(scoreAudit(variant, responses));
            for (const key of Object.keys(base)) {
              if (!close(scaled[key], base[key])) {
                throw new Error(`${key}: ${scaled[key]} != ${base[key]}`);
              }
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('gives an area with every indicator at one level exactly that level’s score', () => {
    fc.assert(
      fc.property(auditArb, fc.nat(), fc.boolean(), ({ framework, responses }, pick, top) => {
        const levels = framework.scale.levels;
        const level = top ? levels[levels.length - 1] : levels[0];
        const area = framework.areas[pick % framework.areas.length];
        let uniform = [...responses];
        for (const standard of area.standards) {
          for (const indicator of standard.indicators) {
            uniform = withResponse(uniform, indicator.code, { level: level.value });
          }
        }
        const result = scoreAudit(framework, uniform);
        const areaScore = result.areas.find((a) => a.code === area.code)?.score;
        expect(areaScore).toBe(level.score);
        if (top && level.score === 100) expect(areaScore).toBe(100);
        for (const standard of result.standards.filter((s) => s.areaCode === area.code)) {
          expect(standard.score).toBe(level.score);
        }
      }),
      RUNS,
    );
  });

  it('ignores responses for unknown codes, listing them sorted', () => {
    fc.assert(
      fc.property(auditArb, ({ framework, responses }) => {
        const known = new Set(indicatorsOf(framework).map((i) => i.code));
        const result = scoreAudit(framework, responses);
        const unknown = responses.map((r) => r.code).filter((code) => !known.has(code));
        expect(result.unknownCodes).toEqual([...unknown].sort());
        const knownOnly = scoreAudit(
          framework,
          responses.filter((r) => known.has(r.code)),
        );
        expect({ ...result, unknownCodes: [] }).toEqual(knownOnly);
      }),
      RUNS,
    );
  });
});
