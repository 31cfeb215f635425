const ITEM_NAMES: Record<string, string> = {
  areas: 'area',
  standards: 'standard',
  indicators: 'indicator',
  levels: 'level',
  bands: 'band',
  references: 'source',
  evidenceExamples: 'evidence example',
  improvementActions: 'improvement action',
};

/**
 * A loader path in words: `areas[0].standards[1].indicators[2].benchmark` → "area 1, standard 2,
 * indicator 3, benchmark" (counted from 1, as people count, and breakable on a phone's screen).
 */
export function pathInWords(path: string): string {
  return path
    .split('.')
    .map((part) => {
      const m = /^(\w+)\[(\d+)\]$/.exec(part);
      if (!m) return part;
      return `${ITEM_NAMES[m[1]] ?? `${m[1]} item`} ${Number(m[2]) + 1}`;
    })
    .join(', ');
}

/** Paths inside a message ("first used at areas[0].standards[0]...") put in words too. */
export const messageInWords = (message: string) =>
  message.replace(/\w+\[\d+\](?:\.\w+(?:\[\d+\])?)*/g, (path) => pathInWords(path));
