/**
 * A parsed, validated audit framework (see templates/frameworks/README.md for the file
 * format). Every default is already resolved by the loader: an indicator's benchmark,
 * weight and allowNotApplicable are always present, an area's weight is always present,
 * and every text is trimmed. Consumers never re-apply defaults.
 */

export type Rag = 'red' | 'amber' | 'green';

export const RAG_VALUES: readonly Rag[] = ['red', 'amber', 'green'];

export interface FrameworkDefinition {
  /** Stable kebab-case id: one framework, many versions. */
  id: string;
  title: string;
  /** Always a string in the file (an unquoted 2026.10 would be read as the number 2026.1). */
  version: string;
  publisher: string;
  description: string;
  scale: Scale;
  scoring: ScoringRule;
  areas: Area[];
}

export interface Scale {
  /** Default for indicators that do not say whether they may be marked not applicable. */
  allowNotApplicable: boolean;
  /** Default benchmark level value; one of the levels' values. */
  benchmark: number;
  /** Ascending by value, with non-decreasing scores. */
  levels: ScaleLevel[];
}

export interface ScaleLevel {
  /** What is stored on a response. Integer, unique, ascending. */
  value: number;
  label: string;
  description: string;
  /** 0-100, used by the scoring engine. */
  score: number;
  rag: Rag;
}

export interface ScoringRule {
  method: 'weighted-mean';
  /** Ascending by min; the first min is 0. A score falls in the highest band whose min <= score. */
  bands: RagBand[];
}

export interface RagBand {
  rag: Rag;
  min: number;
}

export interface Area {
  /** One capital letter, unique. */
  code: string;
  title: string;
  description: string;
  /** Weight in the overall score (default 1). */
  weight: number;
  standards: Standard[];
}

export interface Standard {
  /** Area code followed by digits, e.g. P1. */
  code: string;
  title: string;
  description: string;
  indicators: Indicator[];
}

export interface Indicator {
  /** Standard code + "." + digits, e.g. P1.3; unique in the framework. */
  code: string;
  statement: string;
  guidance: string;
  /** Exactly one descriptor per scale level, keyed by level value. */
  descriptors: Record<number, string>;
  evidenceExamples: string[];
  /** Resolved: the indicator's own benchmark or the scale's default. */
  benchmark: number;
  /** Resolved: default 1. */
  weight: number;
  /** Resolved: the indicator's own setting or the scale's default. */
  allowNotApplicable: boolean;
  improvementActions: string[];
  references: Reference[];
}

export interface Reference {
  source: string;
  locator?: string;
  /** An http(s) URL. */
  url?: string;
}

/** One thing wrong with a framework document. `path` is '' for the document as a whole. */
export interface FrameworkProblem {
  /** e.g. `areas[2].standards[0].indicators[4].benchmark` */
  path: string;
  /** e.g. `must be one of 1, 2, 3, 4` */
  message: string;
  /** 1-based line in the file of the field (or, when it is missing, of its parent). */
  line?: number;
}

export type ParseFrameworkResult =
  { ok: true; framework: FrameworkDefinition } | { ok: false; errors: FrameworkProblem[] };
