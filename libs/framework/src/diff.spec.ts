import { diffFrameworks } from './diff';
import { parseFramework } from './load';
import { allIndicators, findIndicator } from './navigate';
import { MINIMAL_FRAMEWORK_YAML } from './test/minimal-framework';
import type { FrameworkDefinition } from './types';

function parse(yamlText: string): FrameworkDefinition {
  const result = parseFramework(yamlText);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.framework;
}

describe('allIndicators and findIndicator', () => {
  const framework = parse(MINIMAL_FRAMEWORK_YAML);

  it('flattens the tree in order, with area and standard codes', () => {
    expect(
      allIndicators(framework).map((i) => [i.areaCode, i.standardCode, i.code, i.benchmark]),
    ).toEqual([
      ['P', 'P1', 'P1.1', 3],
      ['P', 'P1', 'P1.2', 2],
      ['I', 'I1', 'I1.1', 3],
    ]);
  });

  it('finds an indicator by code', () => {
    expect(findIndicator(framework, 'I1.1')).toMatchObject({
      code: 'I1.1',
      areaCode: 'I',
      standardCode: 'I1',
      statement: 'Filtering blocks harmful content.',
    });
    expect(findIndicator(framework, 'X9.9')).toBeUndefined();
  });
});

describe('diffFrameworks', () => {
  const from = parse(MINIMAL_FRAMEWORK_YAML);

  it('finds nothing between a framework and itself', () => {
    expect(diffFrameworks(from, parse(MINIMAL_FRAMEWORK_YAML))).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('finds added, removed and changed indicators, naming the changed fields', () => {
    const to = structuredClone(from);
    const [p11, p12] = to.areas[0].standards[0].indicators;
    p11.statement = 'There is a written policy.';
    p11.descriptors[2] = 'A draft exists.';
    p11.references.push({ source: 'Working together to safeguard children' });
    p12.weight = 1;
    // I1.1 is removed and I1.2 added in its place.
    to.areas[1].standards[0].indicators[0] = {
      ...to.areas[1].standards[0].indicators[0],
      code: 'I1.2',
      statement: 'Monitoring alerts are acted on.',
    };
    expect(diffFrameworks(from, to)).toEqual({
      added: [
        {
          code: 'I1.2',
          areaCode: 'I',
          standardCode: 'I1',
          statement: 'Monitoring alerts are acted on.',
        },
      ],
      removed: [
        {
          code: 'I1.1',
          areaCode: 'I',
          standardCode: 'I1',
          statement: 'Filtering blocks harmful content.',
        },
      ],
      changed: [
        { code: 'P1.1', fields: ['statement', 'descriptors', 'references'] },
        { code: 'P1.2', fields: ['weight'] },
      ],
    });
  });

  it('treats an indicator moved within the tree but with the same content as unchanged', () => {
    const to = structuredClone(from);
    to.areas.reverse();
    expect(diffFrameworks(from, to)).toEqual({ added: [], removed: [], changed: [] });
  });
});
