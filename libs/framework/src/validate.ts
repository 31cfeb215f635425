import {
  RAG_VALUES,
  type Area,
  type FrameworkDefinition,
  type FrameworkProblem,
  type Indicator,
  type ParseFrameworkResult,
  type Rag,
  type RagBand,
  type Reference,
  type Scale,
  type ScaleLevel,
  type Standard,
} from './types';
import { FieldChecks, isHttpUrl, isMapping, join, own, type Mapping } from './field-checks';

/** Size limits that keep junk (pasted documents, runaway lists) out of a framework. */
export const FRAMEWORK_LIMITS = {
  /** id, version, titles, labels, publisher, reference source and locator. */
  shortText: 300,
  /** descriptions, statements, guidance, descriptors, evidence examples, actions. */
  longText: 5000,
  url: 2000,
  /** evidenceExamples, improvementActions, references. */
  listItems: 50,
  /** area and indicator weights. */
  maxWeight: 1000,
} as const;

const TEXT_LIST_LIMITS = {
  maxItems: FRAMEWORK_LIMITS.listItems,
  maxLength: FRAMEWORK_LIMITS.longText,
};

const SCORING_METHODS = ['weighted-mean'] as const;

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
const SCALE_FIELDS = ['allowNotApplicable', 'benchmark', 'levels'] as const;
const LEVEL_FIELDS = ['value', 'label', 'description', 'score', 'rag'] as const;
const SCORING_FIELDS = ['method', 'bands'] as const;
const BAND_FIELDS = ['rag', 'min'] as const;
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
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;
const AREA_CODE = /^[A-Z]$/;
const NUMBER_SUFFIX = '[1-9][0-9]*';

/**
 * Validates a framework document already read from YAML or JSON into plain values, and
 * resolves its defaults. Every problem is reported, never only the first. Checks that
 * compare against the scale (benchmarks, descriptor keys) run only when the scale's levels
 * are themselves valid, so one mistake in the scale does not repeat on every indicator.
 */
export function validateFramework(data: unknown): ParseFrameworkResult {
  const v = new Validator();
  const framework = v.root(data);
  if (v.problems.length > 0 || framework === undefined) return { ok: false, errors: v.problems };
  return { ok: true, framework: resolveDefaults(framework) };
}

/** Renders a problem as one line: `path: message`, or the message alone for the whole document. */
export function formatFrameworkProblem(problem: FrameworkProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

class Validator extends FieldChecks {
  /** Level values, ascending, when the scale's levels are valid; undefined otherwise. */
  private levelValues: number[] | undefined;
  private readonly areaCodes = new Map<string, string>();
  private readonly standardCodes = new Map<string, string>();
  private readonly indicatorCodes = new Map<string, string>();

  root(data: unknown): FrameworkDefinition | undefined {
    if (!isMapping(data)) {
      this.report('', 'the document must be a YAML mapping with the framework fields');
      return undefined;
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

  private version(data: Mapping): string | undefined {
    const value = own(data, 'version');
    if (typeof value === 'number') {
      this.report(
        'version',
        `must be a quoted string, e.g. version: '${value}' (an unquoted version is read as a number, so 2026.10 would become 2026.1)`,
      );
      return undefined;
    }
    const version = this.text(data, '', 'version', FRAMEWORK_LIMITS.shortText);
    if (version !== undefined && !VERSION.test(version)) {
      this.report('version', 'must contain only letters, digits, ".", "-" and "+"');
    }
    return version;
  }

  private scale(value: unknown, path: string): Scale | undefined {
    if (!this.mapping(value, path)) return undefined;
    const allowNotApplicable = this.boolean(value, path, 'allowNotApplicable', true);
    const before = this.problems.length;
    const levels = this.list(value, path, 'levels', (level, levelPath) =>
      this.level(level, levelPath),
    );
    if (levels !== undefined && levels.length === 1) {
      this.report(join(path, 'levels'), 'must have at least 2 levels');
    }
    if (levels !== undefined) this.checkLevelOrder(levels, join(path, 'levels'));
    if (this.problems.length === before && levels !== undefined) {
      this.levelValues = levels.flatMap((level) => (level === undefined ? [] : [level.value]));
    }
    const benchmark = this.benchmark(value, path, true);
    this.unknownFields(value, path, SCALE_FIELDS);
    return { allowNotApplicable, benchmark, levels } as Scale;
  }

  private level(value: unknown, path: string): ScaleLevel | undefined {
    if (!this.mapping(value, path)) return undefined;
    const levelValue = this.number(value, path, 'value', {
      integer: true,
      min: 0,
      max: 100,
      message: 'must be a whole number from 0 to 100',
    });
    const label = this.text(value, path, 'label', FRAMEWORK_LIMITS.shortText);
    const description = this.text(value, path, 'description', FRAMEWORK_LIMITS.longText);
    const score = this.number(value, path, 'score', {
      min: 0,
      max: 100,
      message: 'must be a number from 0 to 100',
    });
    const rag = this.rag(value, path);
    this.unknownFields(value, path, LEVEL_FIELDS);
    return { value: levelValue, label, description, score, rag } as ScaleLevel;
  }

  /** Values strictly ascending (so unique); scores never falling as the level rises. */
  private checkLevelOrder(levels: (ScaleLevel | undefined)[], path: string): void {
    let previous: ScaleLevel | undefined;
    levels.forEach((level, i) => {
      if (level === undefined) return;
      if (previous !== undefined) {
        if (isNumber(level.value) && isNumber(previous.value)) {
          if (level.value === previous.value) {
            this.report(`${path}[${i}].value`, `duplicate level value ${level.value}`);
          } else if (level.value < previous.value) {
            this.report(
              `${path}[${i}].value`,
              `must be greater than the previous level's value (${previous.value}): levels are listed in ascending order`,
            );
          }
        }
        if (isNumber(level.score) && isNumber(previous.score) && level.score < previous.score) {
          this.report(
            `${path}[${i}].score`,
            `must not be lower than the previous level's score (${previous.score})`,
          );
        }
      }
      previous = level;
    });
  }

  private benchmark(value: Mapping, path: string, required: boolean): number | undefined {
    const raw = own(value, 'benchmark');
    if (raw === undefined && !required) return undefined;
    const fieldPath = join(path, 'benchmark');
    if (raw === undefined || raw === null) {
      this.report(fieldPath, 'is required');
      return undefined;
    }
    if (this.levelValues !== undefined) {
      if (typeof raw === 'number' && this.levelValues.includes(raw)) return raw;
      this.report(fieldPath, `must be one of ${this.levelValues.join(', ')}`);
      return undefined;
    }
    // The scale is invalid: only the type can be checked.
    if (typeof raw !== 'number' || !Number.isInteger(raw)) {
      this.report(fieldPath, 'must be a whole number (a scale level value)');
      return undefined;
    }
    return raw;
  }

  private scoring(value: unknown, path: string): FrameworkDefinition['scoring'] | undefined {
    if (!this.mapping(value, path)) return undefined;
    const method = this.oneOf(value, path, 'method', SCORING_METHODS);
    const bands = this.list(value, path, 'bands', (band, bandPath) => this.band(band, bandPath));
    if (bands !== undefined) {
      const first = bands[0];
      if (first !== undefined && isNumber(first.min) && first.min !== 0) {
        this.report(
          `${join(path, 'bands')}[0].min`,
          'must be 0, so that every score falls in a band',
        );
      }
      let previous: RagBand | undefined;
      bands.forEach((band, i) => {
        if (band === undefined) return;
        if (previous !== undefined && isNumber(band.min) && isNumber(previous.min)) {
          if (band.min <= previous.min) {
            this.report(
              `${join(path, 'bands')}[${i}].min`,
              `must be greater than the previous band's min (${previous.min}): bands are listed in ascending order`,
            );
          }
        }
        previous = band;
      });
    }
    this.unknownFields(value, path, SCORING_FIELDS);
    return { method, bands } as FrameworkDefinition['scoring'];
  }

  private band(value: unknown, path: string): RagBand | undefined {
    if (!this.mapping(value, path)) return undefined;
    const rag = this.rag(value, path);
    const min = this.number(value, path, 'min', {
      min: 0,
      max: 100,
      message: 'must be a number from 0 to 100',
    });
    this.unknownFields(value, path, BAND_FIELDS);
    return { rag, min } as RagBand;
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
    const raw = own(value, 'descriptors');
    if (raw === undefined || raw === null) {
      this.report(fieldPath, 'is required');
      return undefined;
    }
    if (!this.mapping(raw, fieldPath)) return undefined;
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

  /** Optional positive weight; default 1. */
  private weight(value: Mapping, path: string): number | undefined {
    const raw = own(value, 'weight');
    if (raw === undefined) return 1;
    if (
      typeof raw !== 'number' ||
      !Number.isFinite(raw) ||
      raw <= 0 ||
      raw > FRAMEWORK_LIMITS.maxWeight
    ) {
      this.report(
        join(path, 'weight'),
        `must be a positive number no greater than ${FRAMEWORK_LIMITS.maxWeight}`,
      );
      return undefined;
    }
    return raw;
  }

  private rag(value: Mapping, path: string): Rag | undefined {
    return this.oneOf(value, path, 'rag', RAG_VALUES);
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

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}
