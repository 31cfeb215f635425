import { canonicalJson } from './content-hash';
import { allIndicators, type LocatedIndicator } from './navigate';
import type { FrameworkDefinition, Indicator } from './types';

export interface IndicatorSummary {
  code: string;
  areaCode: string;
  standardCode: string;
  statement: string;
}

/** The fields of an indicator that are compared, in the order they are reported. */
export const INDICATOR_DIFF_FIELDS = [
  'statement',
  'guidance',
  'descriptors',
  'evidenceExamples',
  'benchmark',
  'weight',
  'allowNotApplicable',
  'improvementActions',
  'references',
] as const satisfies readonly (keyof Indicator)[];

export type IndicatorDiffField = (typeof INDICATOR_DIFF_FIELDS)[number];

export interface FrameworkDiff {
  /** In `to`, not in `from`; in `to`'s order. */
  added: IndicatorSummary[];
  /** In `from`, not in `to`; in `from`'s order. */
  removed: IndicatorSummary[];
  /** In both with at least one differing field; in `to`'s order. */
  changed: { code: string; fields: IndicatorDiffField[] }[];
}

/** Indicator-level differences between two versions, keyed by indicator code. */
export function diffFrameworks(from: FrameworkDefinition, to: FrameworkDefinition): FrameworkDiff {
  const before = new Map(allIndicators(from).map((indicator) => [indicator.code, indicator]));
  const after = allIndicators(to);
  const afterCodes = new Set(after.map((indicator) => indicator.code));
  const diff: FrameworkDiff = { added: [], removed: [], changed: [] };
  for (const indicator of after) {
    const previous = before.get(indicator.code);
    if (previous === undefined) {
      diff.added.push(summary(indicator));
      continue;
    }
    const fields = INDICATOR_DIFF_FIELDS.filter(
      (field) => canonicalJson(previous[field]) !== canonicalJson(indicator[field]),
    );
    if (fields.length > 0) diff.changed.push({ code: indicator.code, fields });
  }
  for (const indicator of before.values()) {
    if (!afterCodes.has(indicator.code)) diff.removed.push(summary(indicator));
  }
  return diff;
}

function summary(indicator: LocatedIndicator): IndicatorSummary {
  return {
    code: indicator.code,
    areaCode: indicator.areaCode,
    standardCode: indicator.standardCode,
    statement: indicator.statement,
  };
}
