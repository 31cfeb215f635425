/**
 * The minimal, structural view of a framework the engine needs. A parsed
 * `FrameworkDefinition` from @pies/framework satisfies it, and so does the same data
 * received as JSON by the frontend; nothing here depends on the framework library.
 */

export type Rag = 'red' | 'amber' | 'green';

export interface ScoringScaleLevel {
  readonly value: number;
  /** 0-100. */
  readonly score: number;
  readonly rag: Rag;
}

export interface ScoringBand {
  readonly rag: Rag;
  readonly min: number;
}

export interface ScoringIndicator {
  readonly code: string;
  /** Positive; default 1. */
  readonly weight?: number;
  /** A level value: an answer at or above it meets the benchmark. */
  readonly benchmark: number;
  /** Default true. */
  readonly allowNotApplicable?: boolean;
}

export interface ScoringStandard {
  readonly code: string;
  readonly indicators: readonly ScoringIndicator[];
}

export interface ScoringArea {
  readonly code: string;
  /** Positive; default 1. */
  readonly weight?: number;
  readonly standards: readonly ScoringStandard[];
}

export interface ScoringFramework {
  readonly scale: { readonly levels: readonly ScoringScaleLevel[] };
  readonly scoring: { readonly bands: readonly ScoringBand[] };
  readonly areas: readonly ScoringArea[];
}

/** One indicator's answer. No level and not marked not applicable means unanswered. */
export interface ScoringResponse {
  readonly code: string;
  readonly level?: number | null;
  readonly notApplicable?: boolean;
}

export type IndicatorStatus = 'answered' | 'not_applicable' | 'unanswered';

export interface IndicatorScore {
  code: string;
  areaCode: string;
  standardCode: string;
  status: IndicatorStatus;
  /** The answered level value; null unless answered. */
  level: number | null;
  /** The level's score (0-100); null unless answered. */
  score: number | null;
  benchmark: number;
  /** Level >= benchmark; null unless answered. */
  benchmarkMet: boolean | null;
  /** The answered level's RAG colour from the scale; null unless answered. */
  rag: Rag | null;
  weight: number;
}

/** Counts and score of a group of indicators (a standard, an area, the whole audit). */
export interface ScoreSummary {
  /** Weighted mean (0-100, full precision); null when nothing in the group is answered. */
  score: number | null;
  /** Band of the score rounded to one decimal (what people see); null with the score. */
  rag: Rag | null;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  /** Answered indicators at or above their benchmark. */
  benchmarkMet: number;
  /** Answered indicators below their benchmark. */
  belowBenchmark: number;
}

export interface StandardScore extends ScoreSummary {
  code: string;
  areaCode: string;
}

export interface AreaScore extends ScoreSummary {
  code: string;
  weight: number;
}

export interface OverallScore extends ScoreSummary {
  /** No indicator is unanswered. */
  complete: boolean;
}

export interface AuditScore {
  /** In framework order. */
  indicators: IndicatorScore[];
  /** In framework order. */
  standards: StandardScore[];
  /** In framework order. */
  areas: AreaScore[];
  overall: OverallScore;
  /** Codes of responses that match no indicator (ignored), sorted. */
  unknownCodes: string[];
}
