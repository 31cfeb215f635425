import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { FrameworkProblem, ParseFrameworkResult } from './types';
import { validateFramework } from './validate';

/** A framework file is a few hundred kilobytes; anything far larger is not one. */
export const MAX_FRAMEWORK_DOCUMENT_CHARS = 2_000_000;

/**
 * Parses and validates a framework YAML document (templates/frameworks/README.md).
 * YAML syntax errors are reported with their line and column (path ''); otherwise every
 * validation problem is reported with its path. Defaults are resolved in the result.
 */
export function parseFramework(yamlText: string): ParseFrameworkResult {
  if (yamlText.length > MAX_FRAMEWORK_DOCUMENT_CHARS) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `the document must be at most ${MAX_FRAMEWORK_DOCUMENT_CHARS} characters (has ${yamlText.length})`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'silent',
  });
  const syntaxProblems = [...doc.errors, ...doc.warnings].map((error) =>
    syntaxProblem(error, lineCounter),
  );
  if (syntaxProblems.length > 0) return { ok: false, errors: syntaxProblems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '', message: `YAML could not be read: ${(error as Error).message}` }],
    };
  }
  return validateFramework(data);
}

function syntaxProblem(error: YAMLError, lineCounter: LineCounter): FrameworkProblem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const kind = error.name === 'YAMLWarning' ? 'YAML problem' : 'YAML syntax error';
  return { path: '', message: `${kind} at line ${line}, column ${col}: ${error.message}` };
}
