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
