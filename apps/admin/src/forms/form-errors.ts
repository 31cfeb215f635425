import { ApiError, type FieldProblem } from '@pies/api-client';
import type { ErrorItem } from '../components/error-summary';

/** How a form shows the API's problems with one of its fields. */
export interface FieldSpec {
  /** The input's id (the error summary links to it). */
  id: string;
  /** The field's label, as the user sees it ("Organisation name"). */
  label: string;
  /** A message in the user's terms for a problem, or undefined to use the general rules. */
  message?: (problem: string) => string | undefined;
}

export interface FormErrors {
  /** For the error summary, in the order of the form's fields. */
  summary: ErrorItem[];
  /** Inline messages by input id. */
  byId: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: [], byId: {} };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Turns an API problem ("email must be an email address", "name should not be empty") into a
 * GOV.UK style message ("Enter an email address in the correct format, like name@example.com").
 */
export function friendlyMessage(field: string, problem: string, label: string): string {
  const property = field.split('.').pop() ?? field;
  const rest = problem.startsWith(`${property} `) ? problem.slice(property.length + 1) : problem;
  if (/should not be empty|must be a string|is required|must not be empty/.test(rest))
    return `Enter ${lowerFirst(label)}`;
  if (/must be an email/.test(rest))
    return 'Enter an email address in the correct format, like name@example.com';
  const min = /at least (\d+) characters|longer than or equal to (\d+) characters/.exec(rest);
  if (min) return `${label} must be ${min[1] ?? min[2]} characters or more`;
  const max = /shorter than or equal to (\d+) characters|at most (\d+) characters/.exec(rest);
  if (max) return `${label} must be ${max[1] ?? max[2]} characters or fewer`;
  if (/must be one of/.test(rest)) return `Select ${lowerFirst(label)}`;
  return `${label} ${rest}`.replace(/\s+/g, ' ').trim();
}

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
      unplaced.push(...p.problems.map((x) => upperFirst(`${p.field} ${x}`)));
      continue;
    }
    if (byId[spec.id]) continue; // one message per field: the first problem
    const first = p.problems[0] ?? 'is not valid';
    byId[spec.id] = spec.message?.(first) ?? friendlyMessage(p.field, first, spec.label);
  }
  const summary: ErrorItem[] = Object.entries(byId).map(([id, text]) => ({ href: id, text }));
  if (problems.length === 0) summary.push({ text: upperFirst(error.message) });
  for (const text of unplaced) summary.push({ text });
  return { summary, byId };
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
