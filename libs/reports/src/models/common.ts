import type { AuditStatus, Sector } from '@pies/domain';

/**
 * Shared pieces of the report view models. A view model is plain data (JSON-safe): the API
 * fills it from the database, the templates only format it. Every key is always present;
 * a value that does not exist is `null`, never a missing key (templates run in Handlebars'
 * strict mode, so a misspelt or missing key fails the render instead of printing nothing).
 */

export type Rag = 'red' | 'amber' | 'green';

/** A calendar date, `YYYY-MM-DD` (e.g. a due date). */
export type IsoDate = string;

/** An instant, ISO 8601 with offset (e.g. `2026-11-23T14:05:00Z`); shown in UK time. */
export type IsoDateTime = string;

/** A 0-100 score at full precision (the templates round it to one decimal). */
export type Score = number;

/** A 0-100 share, e.g. 62.5 for 62.5 %. */
export type Percent = number;

/** Default protective marking printed on every page (Government Security Classifications). */
export const DEFAULT_PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

export interface PartnershipRef {
  name: string;
}

export interface CycleRef {
  /** e.g. "2025-27". */
  name: string;
  opensOn: IsoDate;
  dueOn: IsoDate;
}

/** A score with the RAG band the framework gives it; both null when nothing is scored. */
export interface ScoreCell {
  score: Score | null;
  rag: Rag | null;
}

export interface ScaleLevelView {
  /** Stored level value, e.g. 3. */
  value: number;
  /** e.g. "Established". */
  label: string;
  description: string;
  /** 0-100. */
  score: number;
  rag: Rag;
}

export interface FrameworkRef {
  title: string;
  version: string;
  /** Ascending by value. */
  levels: ScaleLevelView[];
  /** RAG bands of 0-100 scores, ascending by min (the first min is 0). */
  bands: RagBandView[];
}

/** A score falls in the band with the highest min at or below it. */
export interface RagBandView {
  rag: Rag;
  min: number;
}

export type { AuditStatus, Sector };
