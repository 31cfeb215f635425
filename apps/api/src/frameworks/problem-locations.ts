import type { FrameworkProblem } from '@pies/framework';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { type Problem, problem } from '../common/errors/field-problems';
import { FrameworkProblemCode } from './frameworks.errors';

/** A framework problem as the API reports it: the field's path, what is wrong, and where. */
export interface LocatedProblem {
  /** e.g. `areas[2].standards[0].indicators[4].benchmark`; '' for the document as a whole. */
  field: string;
  /** One problem, `frameworkRule`, in the loader's words (`message`). */
  problems: Problem[];
  /** 1-based line in the uploaded file of the field (or, when it is missing, of its parent). */
  line?: number;
}

/** `areas[2].standards[0].benchmark` → ['areas', 2, 'standards', 0, 'benchmark'] */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    segments.push(m[1] !== undefined ? Number(m[1]) : m[2]);
  }
  return segments;
}

/**
 * Adds the line of each problem's field in the YAML text: the deepest node of its path that
 * exists (a missing field points at the mapping that should hold it). YAML syntax errors carry
 * their line in the message already; it is lifted into `line` too.
 */
export function locateProblems(yamlText: string, problems: FrameworkProblem[]): LocatedProblem[] {
  const lineCounter = new LineCounter();
  let root: Node | null = null;
  try {
    root = parseDocument(yamlText, { lineCounter, logLevel: 'silent' }).contents;
  } catch {
    root = null;
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return problems.map((p) => {
    const located: LocatedProblem = {
      field: p.path,
      problems: [problem(FrameworkProblemCode.frameworkRule, p.message)],
    };
    const fromMessage = /\bat line (\d+)/.exec(p.message);
    if (fromMessage) located.line = Number(fromMessage[1]);
    else if (p.path && root) {
      const offset = offsetOf(root, pathSegments(p.path));
      if (offset !== undefined) located.line = lineAt(offset);
    }
    return located;
  });
}

/** The start of the deepest node along the path (for a mapping entry: its key). */
function offsetOf(root: Node, segments: (string | number)[]): number | undefined {
  let node: unknown = root;
  let offset = root.range?.[0];
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const key = pair.key as Node;
      offset = key.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}
