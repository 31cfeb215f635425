/**
 * Size limits that keep junk (pasted documents, runaway lists) out of a framework, and bound the
 * work of reading one: every check is linear in the file, and it stops at `problems`.
 */
export const FRAMEWORK_LIMITS = {
  /** The whole file, in characters (the PIES framework is about a quarter of this). */
  documentChars: 900_000,
  /** Indicators in all areas together. */
  indicators: 1000,
  /** id, version, titles, labels, publisher, reference source and locator. */
  shortText: 300,
  /** descriptions, statements, guidance, descriptors, evidence examples, actions. */
  longText: 5000,
  url: 2000,
  /** evidenceExamples, improvementActions, references. */
  listItems: 50,
  /** area and indicator weights. */
  maxWeight: 1000,
  /** Problems reported before the check stops (one more entry then says it stopped). */
  problems: 100,
} as const;
