import { Document } from 'yaml';
import type { Area, FrameworkDefinition, Indicator, Reference, Standard } from './types';

/**
 * A framework as YAML in the import format (templates/frameworks/README.md), to edit and import
 * again: parseFramework of the result gives back an equal definition, so the same content hash.
 * Fields are written in the order of the format, every default written out as resolved, the
 * descriptors keyed by level value (a number, as in a hand-written file), long texts folded.
 */
export function frameworkToYaml(f: FrameworkDefinition): string {
  const doc = new Document({
    id: f.id,
    title: f.title,
    version: f.version,
    publisher: f.publisher,
    description: f.description,
    scale: {
      allowNotApplicable: f.scale.allowNotApplicable,
      benchmark: f.scale.benchmark,
      levels: f.scale.levels.map((l) => ({
        value: l.value,
        label: l.label,
        description: l.description,
        score: l.score,
        rag: l.rag,
      })),
    },
    scoring: {
      method: f.scoring.method,
      bands: f.scoring.bands.map((b) => ({ rag: b.rag, min: b.min })),
    },
    areas: f.areas.map(area),
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, blockQuote: 'folded' });
}

const area = (a: Area) => ({
  code: a.code,
  title: a.title,
  description: a.description,
  weight: a.weight,
  standards: a.standards.map(standard),
});

const standard = (s: Standard) => ({
  code: s.code,
  title: s.title,
  description: s.description,
  indicators: s.indicators.map(indicator),
});

const indicator = (i: Indicator) => ({
  code: i.code,
  statement: i.statement,
  guidance: i.guidance,
  descriptors: new Map(
    Object.entries(i.descriptors)
      .map(([level, text]) => [Number(level), text] as const)
      .sort(([a], [b]) => a - b),
  ),
  evidenceExamples: i.evidenceExamples,
  benchmark: i.benchmark,
  weight: i.weight,
  allowNotApplicable: i.allowNotApplicable,
  improvementActions: i.improvementActions,
  references: i.references.map(reference),
});

const reference = (r: Reference) => ({
  source: r.source,
  ...(r.locator === undefined ? {} : { locator: r.locator }),
  ...(r.url === undefined ? {} : { url: r.url }),
});
