import {
  RAG_VALUES,
  type FrameworkDefinition,
  type Rag,
  type RagBand,
  type Scale,
  type ScaleLevel,
} from './types';
import { bandFor } from '@pies/scoring';
import { FieldChecks, join, own, type Mapping } from './field-checks';
import { FRAMEWORK_LIMITS } from './limits';

const SCORING_METHODS = ['weighted-mean'] as const;
const SCALE_FIELDS = ['allowNotApplicable', 'benchmark', 'levels'] as const;
const LEVEL_FIELDS = ['value', 'label', 'description', 'score', 'rag'] as const;
const SCORING_FIELDS = ['method', 'bands'] as const;
const BAND_FIELDS = ['rag', 'min'] as const;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

const isNumber = (value: unknown): value is number => typeof value === 'number';

/**
 * The checks of a framework's version, rating scale, scoring rule and weights. The framework
 * validator builds on them; once the scale's levels are valid, `levelValues` lets later checks
 * (benchmarks, descriptor keys) compare against them.
 */
export abstract class ScaleChecks extends FieldChecks {
  /** The scale's levels, when they are all valid; undefined otherwise. */
  private validLevels: ScaleLevel[] | undefined;
  /** Level values, ascending, when the scale's levels are valid; undefined otherwise. */
  protected get levelValues(): number[] | undefined {
    return this.validLevels?.map((level) => level.value);
  }
  /** The scoring rule's bands, when they are all valid; undefined otherwise. */
  private validBands: RagBand[] | undefined;

  protected version(data: Mapping): string | undefined {
    const value = own(data, 'version');
    if (typeof value === 'number') {
      return this.report(
        'version',
        `must be a quoted string, e.g. version: '${value}' (an unquoted version is read as a number, so 2026.10 would become 2026.1)`,
      );
    }
    const version = this.text(data, '', 'version', FRAMEWORK_LIMITS.shortText);
    if (version !== undefined && !VERSION.test(version)) {
      this.report('version', 'must contain only letters, digits, ".", "-" and "+"');
    }
    return version;
  }

  protected scale(value: unknown, path: string): Scale | undefined {
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
      this.validLevels = levels as ScaleLevel[];
    }
    const benchmark = this.benchmark(value, path, true);
    this.unknownFields(value, path, SCALE_FIELDS);
    return { allowNotApplicable, benchmark, levels } as Scale;
  }

  protected level(value: unknown, path: string): ScaleLevel | undefined {
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
  protected checkLevelOrder(levels: (ScaleLevel | undefined)[], path: string): void {
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

  protected benchmark(value: Mapping, path: string, required: boolean): number | undefined {
    if (own(value, 'benchmark') === undefined && !required) return undefined;
    const raw = this.required(value, path, 'benchmark');
    const fieldPath = join(path, 'benchmark');
    if (raw === undefined) return undefined;
    if (this.levelValues !== undefined) {
      if (typeof raw === 'number' && this.levelValues.includes(raw)) return raw;
      return this.report(fieldPath, `must be one of ${this.levelValues.join(', ')}`);
    }
    // The scale is invalid: only the type can be checked.
    if (typeof raw !== 'number' || !Number.isInteger(raw)) {
      return this.report(fieldPath, 'must be a whole number (a scale level value)');
    }
    return raw;
  }

  protected scoring(value: unknown, path: string): FrameworkDefinition['scoring'] | undefined {
    if (!this.mapping(value, path)) return undefined;
    const method = this.oneOf(value, path, 'method', SCORING_METHODS);
    const before = this.problems.length;
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
    if (this.problems.length === before && bands !== undefined)
      this.validBands = bands as RagBand[];
    this.unknownFields(value, path, SCORING_FIELDS);
    return { method, bands } as FrameworkDefinition['scoring'];
  }

  /**
   * Each level's colour is the colour of the band its score falls in: otherwise an answer would
   * show one colour (the level's) and its score another (the band's). Checked once both the
   * levels and the bands are valid.
   */
  protected checkLevelColours(): void {
    const levels = this.validLevels;
    const bands = this.validBands;
    if (levels === undefined || bands === undefined) return;
    levels.forEach((level, i) => {
      const band = bandFor(level.score, bands);
      if (band === undefined || band.rag === level.rag) return;
      this.report(
        `scale.levels[${i}].rag`,
        `is ${level.rag}, but the level's score (${level.score}) falls in the ${band.rag} band (from ${band.min}): make the level's rag ${band.rag}, or move the bands, so an answer and its score show the same colour`,
      );
    });
  }

  protected band(value: unknown, path: string): RagBand | undefined {
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

  /** Optional positive weight; default 1. */
  protected weight(value: Mapping, path: string): number | undefined {
    const raw = own(value, 'weight');
    if (raw === undefined) return 1;
    if (
      typeof raw !== 'number' ||
      !Number.isFinite(raw) ||
      raw <= 0 ||
      raw > FRAMEWORK_LIMITS.maxWeight
    ) {
      return this.report(
        join(path, 'weight'),
        `must be a positive number no greater than ${FRAMEWORK_LIMITS.maxWeight}`,
      );
    }
    return raw;
  }

  protected rag(value: Mapping, path: string): Rag | undefined {
    return this.oneOf(value, path, 'rag', RAG_VALUES);
  }
}
