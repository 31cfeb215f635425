import { parseFramework } from '@pies/framework';
import { locateProblems, pathSegments } from './problem-locations';

const YAML = `id: test
scale:
  levels:
    - { value: 1, label: One }
areas:
  - code: P
    standards:
      - code: P1
        indicators:
          - code: P1.1
            benchmark: 7
            descriptors: { 1: None. }
`;

describe('locateProblems', () => {
  it('splits a path into keys and indexes', () => {
    expect(pathSegments('areas[0].standards[12].indicators[3].descriptors.4')).toEqual([
      'areas',
      0,
      'standards',
      12,
      'indicators',
      3,
      'descriptors',
      '4',
    ]);
  });

  it('finds the line of a field, a numeric key and a sequence item', () => {
    const [benchmark, descriptor, level] = locateProblems(YAML, [
      { path: 'areas[0].standards[0].indicators[0].benchmark', message: 'must be 1' },
      { path: 'areas[0].standards[0].indicators[0].descriptors.1', message: 'too short' },
      { path: 'scale.levels[0]', message: 'needs a score' },
    ]);
    expect(benchmark).toEqual({
      field: 'areas[0].standards[0].indicators[0].benchmark',
      problems: [{ code: 'frameworkRule', params: {}, message: 'must be 1' }],
      line: 11,
    });
    expect(descriptor.line).toBe(12);
    expect(level.line).toBe(4);
  });

  it('points a missing field at the deepest part of its path that exists', () => {
    const [missing, noSuchArea] = locateProblems(YAML, [
      { path: 'areas[0].standards[0].indicators[0].statement', message: 'is required' },
      { path: 'areas[5].title', message: 'is required' },
    ]);
    expect(missing.line).toBe(10);
    expect(noSuchArea.line).toBe(5);
  });

  it('lifts the line of a YAML syntax error from its message, and leaves document problems unlocated', () => {
    const parsed = parseFramework('id: a\n  bad: [\n');
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    const located = locateProblems('id: a\n  bad: [\n', errors);
    expect(located[0].line).toBeGreaterThanOrEqual(1);
    expect(locateProblems('', [{ path: '', message: 'must be a mapping' }])[0]).toEqual({
      field: '',
      problems: [{ code: 'frameworkRule', params: {}, message: 'must be a mapping' }],
    });
  });
});
