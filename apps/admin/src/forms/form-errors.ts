import { ApiError, type FieldProblem, type Problem } from '@pies/api-client';
import type { ErrorItem } from '../components/error-summary';
import { errorText, problemText, upperFirst } from '../errors/error-text';

/** How a form shows the API's problems with one of its fields. */
export interface FieldSpec {
  /** The input's id (the error summary links to it). */
  id: string;
  /** The field's label, as the user sees it ("Organisation name"). */
  label: string;
  /** A message in the user's terms for a problem (by its code), or undefined for the catalogue's. */
  message?: (problem: Problem) => string | undefined;
}

export interface FormErrors {
  /** For the error summary, in the order of the form's fields. */
  summary: ErrorItem[];
  /** Inline messages by input id. */
  byId: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byId: {} };

/**
 * Maps an API error's field problems to the form's fields. Problems with fields the form does not
 * know, and errors without field details, become one summary item with no link.
 */
export function formErrorsFrom(
  error: unknown,
  fields: Record<string, FieldSpec>,
  resolve?: (field: string) => string | undefined,
): FormErrors {
  if (!(error instanceof ApiError)) {
    return {
      summary: [{ text: 'Sorry, there is a problem with the service. Try again later.' }],
      byId: {},
    };
  }
  const byId: Record<string, string> = {};
  const unplaced: string[] = [];
  const order = Object.keys(fields);
  const problems: FieldProblem[] = [...error.fieldProblems].sort(
    (a, b) =>
      rank(order, resolve?.(a.field) ?? a.field) - rank(order, resolve?.(b.field) ?? b.field),
  );
  for (const p of problems) {
    const spec = fields[resolve?.(p.field) ?? p.field];
    if (!spec) {
      unplaced.push(...p.problems.map((x) => upperFirst(problemText(x, p.field, p.field))));
      continue;
    }
    if (byId[spec.id]) continue; // one message per field: the first problem
    const first = p.problems[0];
    if (!first) continue;
    byId[spec.id] = spec.message?.(first) ?? problemText(first, spec.label, p.field);
  }
  const summary: ErrorItem[] = Object.entries(byId).map(([id, text]) => ({ href: id, text }));
  if (problems.length === 0) summary.push({ text: errorText(error) });
  for (const text of unplaced) summary.push({ text });
  return { summary, byId };
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
