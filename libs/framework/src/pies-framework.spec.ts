import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allIndicators,
  formatFrameworkProblem,
  parseFramework,
  type FrameworkDefinition,
} from './index';

/** Acceptance tests for the content of the real framework file. */
const FILE = join(__dirname, '../../../templates/frameworks/online-safeguarding-pies.yaml');

function load(): FrameworkDefinition {
  const result = parseFramework(readFileSync(FILE, 'utf8'));
  if (!result.ok) {
    throw new Error(
      `${result.errors.length} problem(s):\n${result.errors.map(formatFrameworkProblem).join('\n')}`,
    );
  }
  return result.framework;
}

describe('online-safeguarding-pies.yaml', () => {
  const framework = load();
  const indicators = allIndicators(framework);
  const levelValues = framework.scale.levels.map((level) => level.value);

  it('loads with no problems', () => {
    expect(parseFramework(readFileSync(FILE, 'utf8'))).toMatchObject({ ok: true });
    expect(framework.id).toBe('online-safeguarding-pies');
  });

  it('follows the PIES model: areas P, I, E, S in that order', () => {
    expect(framework.areas.map((area) => area.code)).toEqual(['P', 'I', 'E', 'S']);
  });

  it('has a four-level scale scored from 0 to 100', () => {
    expect(levelValues).toEqual([1, 2, 3, 4]);
    expect(framework.scale.levels[0].score).toBe(0);
    expect(framework.scale.levels[3].score).toBe(100);
  });

  it('has 3 to 5 standards in each area and 48 to 64 indicators in all', () => {
    for (const area of framework.areas) {
      expect(area.standards.length).toBeGreaterThanOrEqual(3);
      expect(area.standards.length).toBeLessThanOrEqual(5);
    }
    expect(indicators.length).toBeGreaterThanOrEqual(48);
    expect(indicators.length).toBeLessThanOrEqual(64);
  });

  it('gives every standard and indicator a unique code', () => {
    const codes = indicators.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    const standards = framework.areas.flatMap((area) => area.standards.map((s) => s.code));
    expect(new Set(standards).size).toBe(standards.length);
  });

  it('gives every indicator one descriptor per level and a benchmark on the scale', () => {
    for (const indicator of indicators) {
      expect([indicator.code, Object.keys(indicator.descriptors).map(Number)]).toEqual([
        indicator.code,
        levelValues,
      ]);
      expect(levelValues).toContain(indicator.benchmark);
    }
  });

  it('gives every indicator evidence, improvement actions and at least one reference', () => {
    for (const indicator of indicators) {
      expect([indicator.code, indicator.evidenceExamples.length > 0]).toEqual([
        indicator.code,
        true,
      ]);
      expect([indicator.code, indicator.improvementActions.length > 0]).toEqual([
        indicator.code,
        true,
      ]);
      expect([indicator.code, indicator.references.length > 0]).toEqual([indicator.code, true]);
    }
  });
});
