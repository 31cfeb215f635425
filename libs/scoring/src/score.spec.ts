import { ragForScore, ragOf, roundScore, scoreAudit, ScoringInputError } from './score';
import type { ScoringFramework } from './types';

/** Levels 1-4 scored 0/40/75/100; bands red 0, amber 50, green 75. */
const FRAMEWORK: ScoringFramework = {
  scale: {
    levels: [
      { value: 1, score: 0, rag: 'red' },
      { value: 2, score: 40, rag: 'amber' },
      { value: 3, score: 75, rag: 'green' },
      { value: 4, score: 100, rag: 'green' },
    ],
  },
  scoring: {
    bands: [
      { rag: 'red', min: 0 },
      { rag: 'amber', min: 50 },
      { rag: 'green', min: 75 },
    ],
  },
  areas: [
    {
      code: 'P',
      standards: [
        {
          code: 'P1',
          indicators: [
            { code: 'P1.1', benchmark: 3 },
            { code: 'P1.2', benchmark: 3 },
          ],
        },
        {
          code: 'P2',
          indicators: [
            { code: 'P2.1', benchmark: 3 },
            { code: 'P2.2', benchmark: 2, allowNotApplicable: true },
          ],
        },
      ],
    },
    {
      code: 'I',
      weight: 2,
      standards: [
        {
          code: 'I1',
          indicators: [
            { code: 'I1.1', benchmark: 3, weight: 1 },
            { code: 'I1.2', benchmark: 3, weight: 3, allowNotApplicable: false },
          ],
        },
      ],
    },
  ],
};

describe('scoreAudit', () => {
  it('averages answered indicators, leaving not applicable out: (40 + 75 + 100) / 3', () => {
    const result = scoreAudit(FRAMEWORK, [
      { code: 'P1.1', level: 2 },
      { code: 'P1.2', level: 3 },
      { code: 'P2.1', level: 4 },
      { code: 'P2.2', notApplicable: true },
    ]);
    const area = result.areas[0];
    expect(area.score).toBeCloseTo((40 + 75 + 100) / 3, 12);
    expect(roundScore(area.score as number)).toBe(71.7);
    expect(area).toMatchObject({
      code: 'P',
      weight: 1,
      rag: 'amber',
      answered: 3,
      notApplicable: 1,
      unanswered: 0,
      total: 4,
      benchmarkMet: 2,
      belowBenchmark: 1,
    });
    expect(result.standards).toEqual([
      expect.objectContaining({ code: 'P1', areaCode: 'P', score: 57.5, rag: 'amber' }),
      expect.objectContaining({ code: 'P2', areaCode: 'P', score: 100, rag: 'green' }),
      expect.objectContaining({ code: 'I1', areaCode: 'I', score: null, rag: null }),
    ]);
    expect(result.indicators[0]).toEqual({
      code: 'P1.1',
      areaCode: 'P',
      standardCode: 'P1',
      status: 'answered',
      level: 2,
      score: 40,
      benchmark: 3,
      benchmarkMet: false,
      rag: 'amber',
      weight: 1,
    });
    expect(result.indicators[3]).toEqual({
      code: 'P2.2',
      areaCode: 'P',
      standardCode: 'P2',
      status: 'not_applicable',
      level: null,
      score: null,
      benchmark: 2,
      benchmarkMet: null,
      rag: null,
      weight: 1,
    });
    // Area I has no answers: no score, and the overall is area P's alone.
    expect(result.areas[1]).toMatchObject({ code: 'I', score: null, rag: null, unanswered: 2 });
    expect(result.overall).toMatchObject({
      score: area.score,
      rag: 'amber',
      answered: 3,
      notApplicable: 1,
      unanswered: 2,
      total: 6,
      benchmarkMet: 2,
      belowBenchmark: 1,
      complete: false,
    });
  });

  it('weights indicators within an area and areas within the overall score', () => {
    const result = scoreAudit(FRAMEWORK, [
      { code: 'P1.1', level: 4 },
      { code: 'P1.2', level: 4 },
      { code: 'P2.1', level: 4 },
      { code: 'P2.2', level: 4 },
      { code: 'I1.1', level: 4 }, // weight 1: 100
      { code: 'I1.2', level: 2 }, // weight 3: 40
    ]);
    // Area I: (1 * 100 + 3 * 40) / 4 = 55.
    expect(result.areas[1].score).toBe(55);
    expect(result.areas[1].rag).toBe('amber');
    // Overall: (1 * 100 + 2 * 55) / 3 = 70.
    expect(result.overall.score).toBe(70);
    expect(result.overall.complete).toBe(true);
  });

  it('scores nothing when nothing is answered, and never scores unanswered as zero', () => {
    const empty = scoreAudit(FRAMEWORK, []);
    expect(empty.overall).toMatchObject({ score: null, rag: null, unanswered: 6, total: 6 });
    expect(empty.indicators.every((i) => i.status === 'unanswered')).toBe(true);
    const one = scoreAudit(FRAMEWORK, [
      { code: 'I1.1', level: 3 },
      { code: 'I1.2', level: null, notApplicable: false },
    ]);
    expect(one.areas[1].score).toBe(75);
    expect(one.overall.score).toBe(75);
    expect(one.overall.rag).toBe('green');
  });

  it('ignores and lists responses for codes the framework does not have', () => {
    const result = scoreAudit(FRAMEWORK, [
      { code: 'X1.1', level: 9 },
      { code: 'P1.1', level: 3 },
      { code: 'A1.1', level: 1 },
    ]);
    expect(result.unknownCodes).toEqual(['A1.1', 'X1.1']);
    expect(result.overall.answered).toBe(1);
  });

  it('bands the score people see: a mean of 74.95 shows as 75.0 and is green', () => {
    const framework: ScoringFramework = {
      ...FRAMEWORK,
      scale: {
        levels: [
          { value: 1, score: 74.9, rag: 'amber' },
          { value: 2, score: 75, rag: 'green' },
        ],
      },
    };
    const result = scoreAudit(framework, [
      { code: 'P1.1', level: 1 },
      { code: 'P1.2', level: 2 },
    ]);
    expect(result.standards[0].score).toBeCloseTo(74.95, 10);
    expect(roundScore(result.standards[0].score as number)).toBe(75);
    expect(result.standards[0].rag).toBe('green');
  });

  it('rejects input the API should never have stored', () => {
    const attempt = (responses: Parameters<typeof scoreAudit>[1]) => () =>
      scoreAudit(FRAMEWORK, responses);
    expect(attempt([{ code: 'P1.1', level: 5 }])).toThrow(
      new ScoringInputError(
        'the response for P1.1 has level 5, which is not on the scale (1, 2, 3, 4)',
      ),
    );
    expect(attempt([{ code: 'P1.1', level: 2.5 }])).toThrow(ScoringInputError);
    expect(attempt([{ code: 'P2.2', level: 3, notApplicable: true }])).toThrow(
      'the response for P2.2 is marked not applicable and also has level 3',
    );
    expect(attempt([{ code: 'I1.2', notApplicable: true }])).toThrow(
      'I1.2 may not be marked not applicable',
    );
    expect(
      attempt([
        { code: 'P1.1', level: 3 },
        { code: 'P1.1', level: 4 },
      ]),
    ).toThrow('more than one response for P1.1');
    const zeroWeight: ScoringFramework = {
      ...FRAMEWORK,
      areas: [{ ...FRAMEWORK.areas[0], weight: 0 }],
    };
    expect(() => scoreAudit(zeroWeight, [])).toThrow(
      'the weight of area P must be a positive number (is 0)',
    );
    const error = (() => {
      try {
        scoreAudit(FRAMEWORK, [{ code: 'P1.1', level: 0 }]);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ScoringInputError);
    expect(error).toMatchObject({ code: 'SCORING_INPUT', indicatorCode: 'P1.1' });
  });
});

describe('ragForScore', () => {
  const bands = FRAMEWORK.scoring.bands;

  it('takes the highest band whose min is at or below the score', () => {
    expect(ragForScore(0, bands)).toBe('red');
    expect(ragForScore(49.99, bands)).toBe('red');
    expect(ragForScore(50, bands)).toBe('amber');
    expect(ragForScore(74.99, bands)).toBe('amber');
    expect(ragForScore(75, bands)).toBe('green');
    expect(ragForScore(100, bands)).toBe('green');
  });

  it('ragOf bands the score as shown: 74.95 computed as 74.9499… shows 75.0 and is green', () => {
    const shown = 74.94999999999999;
    expect(roundScore(shown)).toBe(75);
    expect(ragForScore(shown, bands)).toBe('amber');
    expect(ragOf(shown, bands)).toBe('green');
    expect(ragOf(74.94, bands)).toBe('amber');
  });

  it('does not rely on the bands being sorted', () => {
    expect(ragForScore(60, [...bands].reverse())).toBe('amber');
  });

  it('gives a score below every band the lowest band, and refuses nonsense', () => {
    expect(
      ragForScore(5, [
        { rag: 'amber', min: 10 },
        { rag: 'green', min: 80 },
      ]),
    ).toBe('amber');
    expect(() => ragForScore(50, [])).toThrow('the framework has no RAG bands');
    expect(() => ragForScore(Number.NaN, bands)).toThrow(ScoringInputError);
  });
});

describe('roundScore', () => {
  it('rounds half up to one decimal by default', () => {
    expect(roundScore(71.666666)).toBe(71.7);
    expect(roundScore(71.65)).toBe(71.7);
    expect(roundScore(71.64)).toBe(71.6);
    expect(roundScore((74.9 + 75) / 2)).toBe(75);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(100)).toBe(100);
    expect(roundScore(99.96)).toBe(100);
  });

  it('takes a number of decimals', () => {
    expect(roundScore(71.666666, 0)).toBe(72);
    expect(roundScore(71.666666, 2)).toBe(71.67);
  });
});
