import { parseFramework } from './load';
import { MINIMAL_FRAMEWORK_YAML } from './test/minimal-framework';
import { FRAMEWORK_LIMITS, formatFrameworkProblem, validateFramework } from './validate';
import type { FrameworkProblem } from './types';

function problems(yamlText: string): FrameworkProblem[] {
  const result = parseFramework(yamlText);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors.map(({ path, message }) => ({ path, message }));
}

/** The minimal fixture with one line replaced, to test a single rule. */
function withLine(from: string, to: string): string {
  if (!MINIMAL_FRAMEWORK_YAML.includes(from)) throw new Error(`fixture has no line ${from}`);
  return MINIMAL_FRAMEWORK_YAML.replace(from, to);
}

const BROKEN = `
id: Test_Framework
title: Broken framework
version: 2026.10
publisher: Tests
description: Nearly every kind of mistake.
scale:
  allowNotApplicable: yes
  benchmark: 3
  levels:
    - { value: 1, label: Not in place, description: Nothing., score: 0, rag: red }
    - { value: 2, label: Developing, description: Partly., score: 40, rag: amber }
    - { value: 3, label: Established, description: In place., score: 75, rag: green }
    - { value: 4, label: Embedded, description: Reviewed., score: 100, rag: green }
scoring:
  method: weighted-mean
  bands:
    - { rag: red, min: 0 }
    - { rag: amber, min: 80 }
    - { rag: green, min: 75 }
areas:
  - code: P
    title: Policies
    description: Policies and practices.
    standards:
      - code: P1
        title: Policy
        description: A policy exists.
        indicators:
          - code: P1.1
            statement: There is a policy.
            guidence: Write one.
            descriptors: { 1: None., 2: Draft., 3: Approved. }
            evidenceExamples: [The policy]
            benchmark: 5
            improvementActions: [Write the policy]
            references:
              - { source: KCSIE, url: 'ftp://example.org/kcsie' }
          - code: P1.1
            statement: Staff know the policy.
            guidance: Train them.
            descriptors: { 1: No., 2: Some., 3: Most., 4: All., 5: Everyone. }
            evidenceExamples: Training records
            weight: heavy
            improvementActions: ['']
            references:
              - source: Working together
      - code: I2
        title: Misplaced
        description: A standard under the wrong area.
        indicators:
          - code: I2.1
            statement: Something.
            guidance: Something.
            descriptors: { 1: a, 2: b, 3: c, 4: d }
            evidenceExamples: [x]
            improvementActions: [y]
            references: []
`;

describe('parseFramework', () => {
  it('accepts a valid document and resolves every default', () => {
    const result = parseFramework(MINIMAL_FRAMEWORK_YAML);
    if (!result.ok) throw new Error(result.errors.map(formatFrameworkProblem).join('\n'));
    const { framework } = result;
    expect(framework.version).toBe('1.0');
    expect(framework.areas.map((area) => [area.code, area.weight])).toEqual([
      ['P', 1],
      ['I', 2],
    ]);
    const [p11, p12] = framework.areas[0].standards[0].indicators;
    expect(p11).toMatchObject({ benchmark: 3, weight: 1, allowNotApplicable: true });
    expect(p12).toMatchObject({ benchmark: 2, weight: 2, allowNotApplicable: false });
    expect(p11.descriptors).toEqual({ 1: 'None.', 2: 'Draft.', 3: 'Approved.', 4: 'Reviewed.' });
    expect(p11.references).toEqual([
      {
        source: 'Keeping children safe in education',
        locator: 'Annex B',
        url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2',
      },
    ]);
    // Optional reference fields are absent, not undefined, so hashes and JSON stay tidy.
    expect(Object.keys(p12.references[0])).toEqual(['source']);
  });

  it('lists every problem in a broken document, each with its exact path', () => {
    expect(problems(BROKEN)).toEqual([
      {
        path: 'id',
        message: 'must be kebab-case (lower-case letters and digits joined by single hyphens)',
      },
      {
        path: 'version',
        message:
          "must be a quoted string, e.g. version: '2026.1' (an unquoted version is read as a number, so 2026.10 would become 2026.1)",
      },
      // YAML 1.2: `yes` is the string "yes", not a boolean.
      { path: 'scale.allowNotApplicable', message: 'must be true or false' },
      {
        path: 'scoring.bands[2].min',
        message:
          "must be greater than the previous band's min (80): bands are listed in ascending order",
      },
      { path: 'areas[0].standards[0].indicators[0].guidance', message: 'is required' },
      { path: 'areas[0].standards[0].indicators[0].descriptors.4', message: 'is required' },
      {
        path: 'areas[0].standards[0].indicators[0].benchmark',
        message: 'must be one of 1, 2, 3, 4',
      },
      {
        path: 'areas[0].standards[0].indicators[0].references[0].url',
        message: 'must be an http or https URL',
      },
      {
        path: 'areas[0].standards[0].indicators[0].guidence',
        message: 'unknown field (did you mean guidance?)',
      },
      {
        path: 'areas[0].standards[0].indicators[1].code',
        message: 'duplicate code P1.1 (first used at areas[0].standards[0].indicators[0])',
      },
      {
        path: 'areas[0].standards[0].indicators[1].descriptors.5',
        message: 'is not a scale level: must be one of 1, 2, 3, 4',
      },
      { path: 'areas[0].standards[0].indicators[1].evidenceExamples', message: 'must be a list' },
      {
        path: 'areas[0].standards[0].indicators[1].weight',
        message: 'must be a positive number no greater than 1000',
      },
      {
        path: 'areas[0].standards[0].indicators[1].improvementActions[0]',
        message: 'must not be empty',
      },
      {
        path: 'areas[0].standards[1].code',
        message: 'must be the area code P followed by a number from 1, e.g. P1',
      },
      {
        path: 'areas[0].standards[1].indicators[0].references',
        message: 'must have at least one item',
      },
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    expect(problems('id: test\ntitle: [unclosed\nversion: "1"\n')).toEqual([
      {
        path: '',
        message: expect.stringMatching(/^YAML syntax error at line \d+, column \d+: /),
      },
    ]);
    expect(problems('id: a\nid: b\n')).toEqual([
      { path: '', message: 'YAML syntax error at line 2, column 1: Map keys must be unique' },
    ]);
    expect(problems("id: a\ntitle: 'unterminated\nversion: '1'\n")[0].message).toMatch(
      /^YAML syntax error at line \d+, column \d+: .*quote/i,
    );
  });

  it('rejects an empty document or one that is not a mapping', () => {
    const message = 'the document must be a YAML mapping with the framework fields';
    expect(problems('')).toEqual([{ path: '', message }]);
    expect(problems('- a\n- b\n')).toEqual([{ path: '', message }]);
  });

  it('reports every missing required field of an empty mapping', () => {
    expect(problems('{}').map(formatFrameworkProblem)).toEqual([
      'id: is required',
      'title: is required',
      'version: is required',
      'publisher: is required',
      'description: is required',
      'scale: is required',
      'scoring: is required',
      'areas: is required',
    ]);
  });

  it('checks the scale: ascending unique values, rising scores, valid rag, at least two levels', () => {
    const yaml = withLine(
      `    - { value: 3, label: Established, description: In place., score: 75, rag: green }
    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: green }`,
      `    - { value: 2, label: Established, description: In place., score: 30, rag: blue }
    - { value: 1.5, label: Embedded, description: Reviewed and improving., score: 101, rag: green }`,
    );
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      'scale.levels[2].rag: must be one of red, amber, green',
      'scale.levels[3].value: must be a whole number from 0 to 100',
      'scale.levels[3].score: must be a number from 0 to 100',
      'scale.levels[2].value: duplicate level value 2',
      "scale.levels[2].score: must not be lower than the previous level's score (40)",
    ]);
    const single = MINIMAL_FRAMEWORK_YAML.replace(/ {4}- \{ value: [234].*\n/g, '');
    expect(problems(single).map(formatFrameworkProblem)).toEqual([
      'scale.levels: must have at least 2 levels',
    ]);
  });

  it('checks descriptors and benchmarks against the scale', () => {
    const level4 =
      '    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: green }';
    const yaml = withLine(level4, level4.replace('value: 4', 'value: 5'));
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      'areas[0].standards[0].indicators[0].descriptors.5: is required',
      'areas[0].standards[0].indicators[0].descriptors.4: is not a scale level: must be one of 1, 2, 3, 5',
      'areas[0].standards[0].indicators[1].descriptors.5: is required',
      'areas[0].standards[0].indicators[1].descriptors.4: is not a scale level: must be one of 1, 2, 3, 5',
      'areas[1].standards[0].indicators[0].descriptors.5: is required',
      'areas[1].standards[0].indicators[0].descriptors.4: is not a scale level: must be one of 1, 2, 3, 5',
    ]);
  });

  it('does not repeat a mistake in the scale on every indicator', () => {
    const level4 =
      '    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: green }';
    const yaml = withLine(level4, level4.replace('value: 4', 'value: 5').replace('100', '70'));
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      "scale.levels[3].score: must not be lower than the previous level's score (75)",
    ]);
    // With no valid scale, an indicator's benchmark can only be checked for its type.
    const noLevels = withLine('  levels:\n', '  levels: []\n  oldLevels:\n').replace(
      '            benchmark: 2',
      '            benchmark: two',
    );
    expect(problems(noLevels).map(formatFrameworkProblem)).toEqual([
      'scale.levels: must have at least one item',
      'scale.oldLevels: unknown field',
      'areas[0].standards[0].indicators[1].benchmark: must be a whole number (a scale level value)',
    ]);
  });

  it('checks the bands: the first starts at 0', () => {
    expect(problems(withLine('    - { rag: red, min: 0 }', '    - { rag: red, min: 10 }'))).toEqual(
      [{ path: 'scoring.bands[0].min', message: 'must be 0, so that every score falls in a band' }],
    );
    expect(
      problems(withLine('  method: weighted-mean', '  method: median')).map(formatFrameworkProblem),
    ).toEqual(['scoring.method: must be one of weighted-mean']);
  });

  it("checks each level's colour is its score's band's, so an answer and its score agree", () => {
    // Amber from 50: the Developing level (score 40, amber) would show amber on the answer and red on its score.
    expect(
      problems(withLine('    - { rag: amber, min: 40 }', '    - { rag: amber, min: 50 }')),
    ).toEqual([
      {
        path: 'scale.levels[1].rag',
        message:
          "is amber, but the level's score (40) falls in the red band (from 0): make the level's rag red, or move the bands, so an answer and its score show the same colour",
      },
    ]);
    expect(
      problems(
        withLine(
          '    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: green }',
          '    - { value: 4, label: Embedded, description: Reviewed and improving., score: 100, rag: amber }',
        ),
      ).map(formatFrameworkProblem),
    ).toEqual([
      "scale.levels[3].rag: is amber, but the level's score (100) falls in the green band (from 75): make the level's rag green, or move the bands, so an answer and its score show the same colour",
    ]);
    // Invalid bands are reported as themselves, not as a mismatch with every level.
    expect(
      problems(withLine('    - { rag: amber, min: 40 }', '    - { rag: amber, min: 90 }')).map(
        (p) => p.path,
      ),
    ).toEqual(['scoring.bands[2].min']);
  });

  it('checks codes: areas are single capitals, unique; indicators extend their standard', () => {
    expect(problems(withLine('  - code: I', '  - code: P')).map(formatFrameworkProblem)).toEqual([
      'areas[1].code: duplicate code P (first used at areas[0])',
      'areas[1].standards[0].code: must be the area code P followed by a number from 1, e.g. P1',
    ]);
    expect(problems(withLine('  - code: I', '  - code: IT')).map(formatFrameworkProblem)).toEqual([
      'areas[1].code: must be a single capital letter, e.g. P',
    ]);
    expect(
      problems(withLine('          - code: I1.1', '          - code: I1-1')).map(
        formatFrameworkProblem,
      ),
    ).toEqual([
      'areas[1].standards[0].indicators[0].code: must be the standard code I1 followed by "." and a number from 1, e.g. I1.1',
    ]);
    expect(
      problems(withLine('          - code: I1.1', '          - code: P1.1')).map(
        formatFrameworkProblem,
      ),
    ).toEqual([
      'areas[1].standards[0].indicators[0].code: must be the standard code I1 followed by "." and a number from 1, e.g. I1.1',
    ]);
  });

  it('reports unknown fields anywhere, quoting keys that are not identifiers', () => {
    const yaml = withLine(
      'publisher: Tests',
      'publisher: Tests\nfoo bar: 1\n__proto__: { polluted: true }',
    )
      .replace('    weight: 2\n    standards:', '    weight: 2\n    wieght: 3\n    standards:')
      .replace(
        '                locator: Annex B',
        '                locator: Annex B\n                page: 4',
      );
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      'areas[0].standards[0].indicators[0].references[0].page: unknown field',
      'areas[1].wieght: unknown field (did you mean weight?)',
      '["foo bar"]: unknown field',
      '__proto__: unknown field',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects wrong types with a message naming the expected type', () => {
    const yaml = withLine('title: Test framework', 'title: [Test, framework]')
      .replace('allowNotApplicable: false', 'allowNotApplicable: "no"')
      .replace(
        'descriptors: { 1: No., 2: Some., 3: Most., 4: All. }',
        'descriptors: [No, Some, Most, All]',
      )
      .replace('evidenceExamples: [Filtering report]', 'evidenceExamples: [42]')
      .replace('weight: 2\n    standards', 'weight: 0\n    standards');
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      'title: must be a string',
      'areas[0].standards[0].indicators[1].descriptors: must be a mapping',
      'areas[0].standards[0].indicators[1].allowNotApplicable: must be true or false',
      'areas[1].weight: must be a positive number no greater than 1000',
      'areas[1].standards[0].indicators[0].evidenceExamples[0]: must be a string',
    ]);
  });

  it('rejects empty and overlong text', () => {
    const long = 'x'.repeat(FRAMEWORK_LIMITS.longText + 1);
    const yaml = withLine('statement: There is a policy.', `statement: ${long}`).replace(
      'guidance: Train them.',
      "guidance: '   '",
    );
    expect(problems(yaml).map(formatFrameworkProblem)).toEqual([
      `areas[0].standards[0].indicators[0].statement: must be at most 5000 characters (has ${long.length})`,
      'areas[0].standards[0].indicators[1].guidance: must not be empty',
    ]);
  });

  it('accepts a version given as a quoted string only', () => {
    expect(problems(withLine("version: '1.0'", 'version: 1')).map(formatFrameworkProblem)).toEqual([
      "version: must be a quoted string, e.g. version: '1' (an unquoted version is read as a number, so 2026.10 would become 2026.1)",
    ]);
    expect(
      problems(withLine("version: '1.0'", "version: '1 0'")).map(formatFrameworkProblem),
    ).toEqual(['version: must contain only letters, digits, ".", "-" and "+"']);
    expect(parseFramework(withLine("version: '1.0'", "version: '2026.10'"))).toMatchObject({
      ok: true,
      framework: { version: '2026.10' },
    });
  });
});

describe('validateFramework', () => {
  it('validates data that did not come from YAML', () => {
    expect(validateFramework(null)).toEqual({
      ok: false,
      errors: [
        { path: '', message: 'the document must be a YAML mapping with the framework fields' },
      ],
    });
    expect(validateFramework(new Map())).toMatchObject({ ok: false });
  });
});
