import { canonicalJson, frameworkContentHash, indicatorContentHash } from './content-hash';
import { parseFramework } from './load';
import { MINIMAL_FRAMEWORK_YAML } from './test/minimal-framework';
import type { FrameworkDefinition, Indicator } from './types';

function parse(yamlText: string): FrameworkDefinition {
  const result = parseFramework(yamlText);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

/** Recursively rebuilds objects with their keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, entry]) => [key, reverseKeys(entry)]),
    ) as T;
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
  });
});

describe('frameworkContentHash', () => {
  const framework = parse(MINIMAL_FRAMEWORK_YAML);

  it('is a SHA-256 hex digest, stable across parses', () => {
    const hash = frameworkContentHash(framework);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(frameworkContentHash(parse(MINIMAL_FRAMEWORK_YAML))).toBe(hash);
  });

  it('does not depend on key order', () => {
    expect(frameworkContentHash(reverseKeys(framework))).toBe(frameworkContentHash(framework));
  });

  it('does not depend on whether a default is written out or left to the loader', () => {
    const explicit = MINIMAL_FRAMEWORK_YAML.replace(
      '          - code: I1.1\n',
      '          - code: I1.1\n            weight: 1\n            benchmark: 3\n',
    );
    expect(explicit).not.toBe(MINIMAL_FRAMEWORK_YAML);
    expect(frameworkContentHash(parse(explicit))).toBe(frameworkContentHash(framework));
  });

  it('changes when a statement changes', () => {
    const edited = MINIMAL_FRAMEWORK_YAML.replace(
      'There is a policy.',
      'There is a written policy.',
    );
    expect(frameworkContentHash(parse(edited))).not.toBe(frameworkContentHash(framework));
  });

  it('changes when the order of indicators changes', () => {
    const reordered = structuredClone(framework);
    reordered.areas[0].standards[0].indicators.reverse();
    expect(frameworkContentHash(reordered)).not.toBe(frameworkContentHash(framework));
  });
});

describe('indicatorContentHash', () => {
  const framework = parse(MINIMAL_FRAMEWORK_YAML);
  const indicator = framework.areas[0].standards[0].indicators[0];

  it('changes with what an answerer reads', () => {
    const base = indicatorContentHash(indicator);
    expect(indicatorContentHash({ ...indicator, statement: 'Other.' })).not.toBe(base);
    expect(indicatorContentHash({ ...indicator, guidance: 'Other.' })).not.toBe(base);
    expect(indicatorContentHash({ ...indicator, benchmark: 4 })).not.toBe(base);
    expect(
      indicatorContentHash({
        ...indicator,
        descriptors: { ...indicator.descriptors, 2: 'Other.' },
      }),
    ).not.toBe(base);
  });

  it('ignores what does not change the question', () => {
    const base = indicatorContentHash(indicator);
    const elsewhere: Indicator = {
      ...indicator,
      code: 'P9.9',
      weight: 5,
      allowNotApplicable: !indicator.allowNotApplicable,
      evidenceExamples: ['Other'],
      improvementActions: ['Other'],
      references: [{ source: 'Other' }],
    };
    expect(indicatorContentHash(elsewhere)).toBe(base);
    expect(indicatorContentHash(reverseKeys(indicator))).toBe(base);
  });
});
