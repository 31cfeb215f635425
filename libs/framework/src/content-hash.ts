import { createHash } from 'node:crypto';
import type { FrameworkDefinition, Indicator } from './types';

/**
 * JSON with object keys sorted at every depth and undefined properties left out, so two
 * equal values always serialise to the same text whatever order their keys were written in.
 * Arrays keep their order: the order of areas, indicators and list items is content.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry !== undefined) sorted[key] = sortKeys(entry);
    }
    return sorted;
  }
  return value;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * SHA-256 (hex) of the whole parsed framework, defaults resolved. Re-importing the same
 * content gives the same hash, so the API can tell an idempotent re-import from a changed
 * document that reuses a published version number.
 */
export function frameworkContentHash(framework: FrameworkDefinition): string {
  return sha256(canonicalJson(framework));
}

/** The parts of an indicator an answerer rates against. */
export const INDICATOR_ANSWER_FIELDS = [
  'statement',
  'guidance',
  'descriptors',
  'benchmark',
] as const;

/**
 * SHA-256 (hex) of what an answerer reads (statement, guidance, descriptors, benchmark), so
 * a new audit pre-filled from the last one can flag indicators that changed since.
 */
export function indicatorContentHash(
  indicator: Pick<Indicator, (typeof INDICATOR_ANSWER_FIELDS)[number]>,
): string {
  return sha256(
    canonicalJson({
      statement: indicator.statement,
      guidance: indicator.guidance,
      descriptors: indicator.descriptors,
      benchmark: indicator.benchmark,
    }),
  );
}
