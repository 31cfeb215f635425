import { type Document, isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { FRAMEWORK_LIMITS } from './limits';
import { locate } from './locate';
import type { FrameworkProblem, ParseFrameworkResult } from './types';
import { validateFramework } from './validate';

/**
 * Parses and validates a framework YAML (or JSON) document (templates/frameworks/README.md).
 * Every step is linear in the document and stops at FRAMEWORK_LIMITS.problems. YAML syntax
 * errors are reported with their line and column (path ''); validation problems with their
 * path and `line`. Defaults are resolved in the result.
 */
export function parseFramework(yamlText: string): ParseFrameworkResult {
  const fail = (errors: FrameworkProblem[]): ParseFrameworkResult => ({
    ok: false,
    errors: errors.slice(0, FRAMEWORK_LIMITS.problems + 1),
  });
  const max = FRAMEWORK_LIMITS.documentChars;
  if (yamlText.length > max) {
    return fail([
      {
        path: '',
        message: `the document must be at most ${max} characters (has ${yamlText.length})`,
      },
    ]);
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  let data: unknown;
  try {
    // The parser's own unique-key check compares each key with every earlier one: quadratic.
    doc = parseDocument(yamlText, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'silent',
    });
    const syntax = [...doc.errors, ...doc.warnings].map((e) => syntaxProblem(e, lineCounter));
    if (syntax.length === 0) syntax.push(...duplicateKeys(doc, lineCounter));
    if (syntax.length > 0) return fail(syntax);
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail([{ path: '', message: `YAML could not be read: ${(error as Error).message}` }]);
  }
  const result = validateFramework(data);
  return result.ok ? result : fail(locate(doc.contents, lineCounter, result.errors));
}

/** Keys repeated in a mapping, each found with one lookup in the keys seen before it. */
function duplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (!seen.has(value)) seen.add(value);
        else if (problems.length < FRAMEWORK_LIMITS.problems) {
          const { line, col } = lineCounter.linePos((key as { range?: number[] }).range?.[0] ?? 0);
          problems.push(lineProblem('YAML syntax error', line, col, 'Map keys must be unique'));
        } else return visit.BREAK;
      }
    },
  });
  return problems;
}

function syntaxProblem(error: YAMLError, lineCounter: LineCounter): FrameworkProblem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const kind = error.name === 'YAMLWarning' ? 'YAML problem' : 'YAML syntax error';
  return lineProblem(kind, line, col, error.message);
}

const lineProblem = (kind: string, line: number, col: number, message: string) => ({
  path: '',
  message: `${kind} at line ${line}, column ${col}: ${message}`,
  line,
});
