import { parseFramework } from './load';
import { pathSegments } from './locate';
import { FRAMEWORK_LIMITS } from './limits';
import { MINIMAL_FRAMEWORK_YAML } from './test/minimal-framework';
import type { FrameworkProblem } from './types';

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
            descriptors: { 1: '' }
`;

function problems(yamlText: string): FrameworkProblem[] {
  const result = parseFramework(yamlText);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}
const lineOf = (found: FrameworkProblem[], path: string) =>
  found.find((p) => p.path === path)?.line;

describe('problem lines', () => {
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
    expect(pathSegments('areas[0]["odd key"]')).toEqual(['areas', 0, 'odd key']);
  });

  it('finds the line of a field, a numeric key and a sequence item', () => {
    const found = problems(YAML);
    expect(lineOf(found, 'areas[0].standards[0].indicators[0].statement')).toBe(10);
    expect(lineOf(found, 'areas[0].standards[0].indicators[0].descriptors.1')).toBe(12);
    expect(lineOf(found, 'scale.levels[0].score')).toBe(4);
    expect(lineOf(found, 'areas[0].title')).toBe(6);
    expect(lineOf(found, 'title')).toBe(1);
  });

  it('gives a YAML syntax error its line, and a duplicate key the line of the repeat', () => {
    expect(problems('id: a\n  bad: [\n')[0].line).toBeGreaterThanOrEqual(1);
    expect(problems('id: a\ntitle: b\nid: c\n')).toEqual([
      {
        path: '',
        message: 'YAML syntax error at line 3, column 1: Map keys must be unique',
        line: 3,
      },
    ]);
  });

  it('stops after FRAMEWORK_LIMITS.problems problems and says so', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: 1`).join('\n');
    const found = problems(keys);
    expect(found).toHaveLength(FRAMEWORK_LIMITS.problems + 1);
    expect(found.at(-1)?.message).toMatch(/^stopped after 100 problems/);
    expect(found[0]).toMatchObject({ path: 'id', message: 'is required', line: 1 });
  });

  it('refuses a document with more than FRAMEWORK_LIMITS.indicators indicators', () => {
    const indicators = Array.from(
      { length: FRAMEWORK_LIMITS.indicators + 1 },
      (_, i) =>
        `          - { code: P1.${i + 1}, statement: S., guidance: G., descriptors: { 1: a, 2: b, 3: c, 4: d }, evidenceExamples: [e], improvementActions: [a], references: [{ source: s }] }`,
    );
    const start = MINIMAL_FRAMEWORK_YAML.indexOf('          - code: P1.1');
    const end = MINIMAL_FRAMEWORK_YAML.indexOf('  - code: I');
    const yaml = `${MINIMAL_FRAMEWORK_YAML.slice(0, start)}${indicators.join('\n')}\n${MINIMAL_FRAMEWORK_YAML.slice(end)}`;
    expect(problems(yaml)).toEqual([
      { path: 'areas', message: 'must have at most 1000 indicators in all', line: 21 },
    ]);
  });
});
