import { scoreAudit, type ScoringFramework } from '@pies/scoring';
import type { FrameworkDefinition } from './types';
import { parseFramework } from './load';

const YAML = `
id: compat
title: Compatibility
version: '1'
publisher: Tests
description: A parsed framework is scored as it is.
scale:
  allowNotApplicable: false
  benchmark: 2
  levels:
    - { value: 1, label: No, description: No., score: 0, rag: red }
    - { value: 2, label: Yes, description: Yes., score: 100, rag: green }
scoring:
  method: weighted-mean
  bands: [{ rag: red, min: 0 }, { rag: green, min: 50 }]
areas:
  - code: P
    title: P
    description: P.
    standards:
      - code: P1
        title: P1
        description: P1.
        indicators:
          - code: P1.1
            statement: S.
            guidance: G.
            descriptors: { 1: No., 2: Yes. }
            evidenceExamples: [E]
            improvementActions: [A]
            references: [{ source: R }]
          - code: P1.2
            statement: S.
            guidance: G.
            descriptors: { 1: No., 2: Yes. }
            evidenceExamples: [E]
            weight: 3
            allowNotApplicable: true
            improvementActions: [A]
            references: [{ source: R }]
`;

describe('scoring a framework parsed by @pies/framework', () => {
  it('accepts the parsed definition as it is, with its resolved defaults', () => {
    const parsed = parseFramework(YAML);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const framework: FrameworkDefinition = parsed.framework;
    const structural: ScoringFramework = framework; // compile-time compatibility
    expect(() => scoreAudit(structural, [{ code: 'P1.1', notApplicable: true }])).toThrow(
      'P1.1 may not be marked not applicable',
    );
    const result = scoreAudit(framework, [
      { code: 'P1.1', level: 1 },
      { code: 'P1.2', level: 2 },
    ]);
    // (1 * 0 + 3 * 100) / 4
    expect(result.overall.score).toBe(75);
    expect(result.overall.rag).toBe('green');
    expect(result.indicators.map((i) => [i.code, i.benchmark, i.benchmarkMet])).toEqual([
      ['P1.1', 2, false],
      ['P1.2', 2, true],
    ]);
  });
});
