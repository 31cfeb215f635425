import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  YAMLMap,
} from 'yaml';
import type { FrameworkProblem } from './types';

/** `areas[2].standards[0].benchmark` → ['areas', 2, 'standards', 0, 'benchmark'] */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) segments.push(Number(m[1]));
    else segments.push(m[2] !== undefined ? (JSON.parse(`"${m[2]}"`) as string) : m[3]);
  }
  return segments;
}

/**
 * Adds to each problem the line of its field: the deepest node of its path that exists (a
 * missing field points at the mapping that should hold it). Each mapping's keys are indexed
 * once, so locating any number of problems is linear in the document.
 */
export function locate(
  root: Node | null,
  lineCounter: LineCounter,
  problems: FrameworkProblem[],
): FrameworkProblem[] {
  const keys = new Map<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string) => {
    let index = keys.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
          index.set(String(item.key.value), item);
      }
      keys.set(map, index);
    }
    return index.get(key);
  };
  return problems.map((p) => {
    if (!p.path || !root) return p;
    let node: unknown = root;
    let offset = root.range?.[0];
    for (const segment of pathSegments(p.path)) {
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return offset === undefined ? p : { ...p, line: lineCounter.linePos(offset).line };
  });
}
