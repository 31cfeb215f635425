import {
  type Area,
  type FrameworkDefinition,
  type FrameworkProblem,
  type Indicator,
  type ParseFrameworkResult,
  type Reference,
  type Standard,
} from './types';
import { isHttpUrl, isMapping, join, own, StopChecking, type Mapping } from './field-checks';
import { FRAMEWORK_LIMITS } from './limits';
import { ScaleChecks } from './scale-checks';

export { FRAMEWORK_LIMITS } from './limits';

const TEXT_LIST_LIMITS = {
  maxItems: FRAMEWORK_LIMITS.listItems,
  maxLength: FRAMEWORK_LIMITS.longText,
};

const ROOT_FIELDS = [
  'id',
  'title',
  'version',
  'publisher',
  'description',
  'scale',
  'scoring',
  'areas',
] as const;
const AREA_FIELDS = ['code', 'title', 'description', 'weight', 'standards'] as const;
const STANDARD_FIELDS = ['code', 'title', 'description', 'indicators'] as const;
const INDICATOR_FIELDS = [
  'code',
  'statement',
  'guidance',
  'descriptors',
  'evidenceExamples',
  'benchmark',
  'weight',
  'allowNotApplicable',
  'improvementActions',
  'references',
] as const;
const REFERENCE_FIELDS = ['source', 'locator', 'url'] as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AREA_CODE = /^[A-Z]$/;
const NUMBER_SUFFIX = '[1-9][0-9]*';

/**
 * Validates a framework document already read from YAML or JSON into plain values, and
 * resolves its defaults. Every problem is reported, never only the first, up to
 * FRAMEWORK_LIMITS.problems (then the check stops). Checks that compare against the scale (benchmarks, descriptor keys) run only when the scale's levels
 * are themselves valid, so one mistake in the scale does not repeat on every indicator.
 */
export function validateFramework(data: unknown): ParseFrameworkResult {
  const v = new Validator();
  let framework: FrameworkDefinition | undefined;
  try {
    framework = v.root(data);
  } catch (error) {
    if (!(error instanceof StopChecking)) throw error;
  }
  if (v.problems.length > 0 || framework === undefined) return { ok: false, errors: v.problems };
  return { ok: true, framework: resolveDefaults(framework) };
}

/** Renders a problem as one line: `path: message`, or the message alone for the whole document. */
export function formatFrameworkProblem(problem: FrameworkProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

class Validator extends ScaleChecks {
  private readonly areaCodes = new Map<string, string>();
  private readonly standardCodes = new Map<string, string>();
  private readonly indicatorCodes = new Map<string, string>();
  private indicatorCount = 0;

  root(data: unknown): FrameworkDefinition | undefined {
    if (!isMapping(data)) {
      return this.report('', 'the document must be a YAML mapping with the framework fields');
    }
    const id = this.text(data, '', 'id', FRAMEWORK_LIMITS.shortText);
    if (id !== undefined && !KEBAB_CASE.test(id)) {
      this.report(
        'id',
        'must be kebab-case (lower-case letters and digits joined by single hyphens)',
      );
    }
    const title = this.text(data, '', 'title', FRAMEWORK_LIMITS.shortText);
    const version = this.version(data);
    const publisher = this.text(data, '', 'publisher', FRAMEWORK_LIMITS.shortText);
    const description = this.text(data, '', 'description', FRAMEWORK_LIMITS.longText);
    const scale = this.scale(own(data, 'scale'), 'scale');
    const scoring = this.scoring(own(data, 'scoring'), 'scoring');
    this.checkLevelColours();
    const areas = this.list(data, '', 'areas', (value, path) => this.area(value, path));
    this.unknownFields(data, '', ROOT_FIELDS);
    return {
      id,
      title,
      version,
      publisher,
      description,
      scale,
      scoring,
      areas,
    } as FrameworkDefinition;
  }

  private area(value: unknown, path: string): Area | undefined {
    if (!this.mapping(value, path)) return undefined;
    let code = this.text(value, path, 'code', FRAMEWORK_LIMITS.shortText);
    if (code !== undefined) {
      if (!AREA_CODE.test(code)) {
        this.report(join(path, 'code'), 'must be a single capital letter, e.g. P');
        code = undefined;
      } else {
        this.unique(this.areaCodes, code, path);
      }
    }
    const title = this.text(value, path, 'title', FRAMEWORK_LIMITS.shortText);
    const description = this.text(value, path, 'description', FRAMEWORK_LIMITS.longText);
    const weight = this.weight(value, path);
    const standards = this.list(value, path, 'standards', (standard, standardPath) =>
      this.standard(standard, standardPath, code),
    );
    this.unknownFields(value, path, AREA_FIELDS);
    return { code, title, description, weight, standards } as Area;
  }

  private standard(
    value: unknown,
    path: string,
    areaCode: string | undefined,
  ): Standard | undefined {
    if (!this.mapping(value, path)) return undefined;
    let code = this.text(value, path, 'code', FRAMEWORK_LIMITS.shortText);
    if (code !== undefined) {
      const pattern = new RegExp(`^${areaCode ?? '[A-Z]'}${NUMBER_SUFFIX}$`);
      if (!pattern.test(code)) {
        this.report(
          join(path, 'code'),
          areaCode === undefined
            ? 'must be an area code followed by a number from 1, e.g. P1'
            : `must be the area code ${areaCode} followed by a number from 1, e.g. ${areaCode}1`,
        );
        code = undefined;
      } else {
        this.unique(this.standardCodes, code, path);
      }
    }
    const title = this.text(value, path, 'title', FRAMEWORK_LIMITS.shortText);
    const description = this.text(value, path, 'description', FRAMEWORK_LIMITS.longText);
    const indicators = this.list(value, path, 'indicators', (indicator, indicatorPath) =>
      this.indicator(indicator, indicatorPath, code),
    );
    this.unknownFields(value, path, STANDARD_FIELDS);
    return { code, title, description, indicators } as Standard;
  }

  private indicator(
    value: unknown,
    path: string,
    standardCode: string | undefined,
  ): Indicator | undefined {
    if (++this.indicatorCount > FRAMEWORK_LIMITS.indicators) {
      this.stop('areas', `must have at most ${FRAMEWORK_LIMITS.indicators} indicators in all`);
    }
    if (!this.mapping(value, path)) return undefined;
    const code = this.text(value, path, 'code', FRAMEWORK_LIMITS.shortText);
    if (code !== undefined) {
      const pattern = new RegExp(`^${standardCode ?? `[A-Z]${NUMBER_SUFFIX}`}\\.${NUMBER_SUFFIX}$`);
      if (!pattern.test(code)) {
        this.report(
          join(path, 'code'),
          standardCode === undefined
            ? 'must be a standard code followed by "." and a number from 1, e.g. P1.1'
            : `must be the standard code ${standardCode} followed by "." and a number from 1, e.g. ${standardCode}.1`,
        );
      } else {
        this.unique(this.indicatorCodes, code, path);
      }
    }
    const statement = this.text(value, path, 'statement', FRAMEWORK_LIMITS.longText);
    const guidance = this.text(value, path, 'guidance', FRAMEWORK_LIMITS.longText);
    const descriptors = this.descriptors(value, path);
    const evidenceExamples = this.textList(value, path, 'evidenceExamples', TEXT_LIST_LIMITS);
    const benchmark = this.benchmark(value, path, false);
    const weight = this.weight(value, path);
    const allowNotApplicable = this.boolean(value, path, 'allowNotApplicable', false);
    const improvementActions = this.textList(value, path, 'improvementActions', TEXT_LIST_LIMITS);
    const references = this.list(value, path, 'references', (reference, referencePath) =>
      this.reference(reference, referencePath),
    );
    if (references !== undefined && references.length > FRAMEWORK_LIMITS.listItems) {
      this.report(
        join(path, 'references'),
        `must have at most ${FRAMEWORK_LIMITS.listItems} items`,
      );
    }
    this.unknownFields(value, path, INDICATOR_FIELDS);
    // Defaults that need the scale are filled in by resolveDefaults once all is valid.
    return {
      code,
      statement,
      guidance,
      descriptors,
      evidenceExamples,
      benchmark,
      weight,
      allowNotApplicable,
      improvementActions,
      references,
    } as Indicator;
  }

  private descriptors(value: Mapping, path: string): Record<number, string> | undefined {
    const fieldPath = join(path, 'descriptors');
    const raw = this.required(value, path, 'descriptors');
    if (raw === undefined || !this.mapping(raw, fieldPath)) return undefined;
    const descriptors: Record<number, string> = {};
    const levels = this.levelValues;
    if (levels === undefined) {
      for (const key of Object.keys(raw)) this.text(raw, fieldPath, key, FRAMEWORK_LIMITS.longText);
      return descriptors;
    }
    for (const level of levels) {
      const text = this.text(raw, fieldPath, String(level), FRAMEWORK_LIMITS.longText);
      if (text !== undefined) descriptors[level] = text;
    }
    const expected = new Set(levels.map(String));
    for (const key of Object.keys(raw)) {
      if (!expected.has(key)) {
        this.report(
          join(fieldPath, key),
          `is not a scale level: must be one of ${levels.join(', ')}`,
        );
      }
    }
    return descriptors;
  }

  private reference(value: unknown, path: string): Reference | undefined {
    if (!this.mapping(value, path)) return undefined;
    const source = this.text(value, path, 'source', FRAMEWORK_LIMITS.shortText);
    const locator = this.text(value, path, 'locator', FRAMEWORK_LIMITS.shortText, false);
    const url = this.text(value, path, 'url', FRAMEWORK_LIMITS.url, false);
    if (url !== undefined && !isHttpUrl(url)) {
      this.report(join(path, 'url'), 'must be an http or https URL');
    }
    this.unknownFields(value, path, REFERENCE_FIELDS);
    const reference: Reference = { source: source as string };
    if (locator !== undefined) reference.locator = locator;
    if (url !== undefined) reference.url = url;
    return reference;
  }
}

/** Fills the defaults that depend on the scale. Only called on a valid framework. */
function resolveDefaults(framework: FrameworkDefinition): FrameworkDefinition {
  for (const area of framework.areas) {
    for (const standard of area.standards) {
      for (const indicator of standard.indicators) {
        indicator.benchmark ??= framework.scale.benchmark;
        indicator.allowNotApplicable ??= framework.scale.allowNotApplicable;
      }
    }
  }
  return framework;
}
