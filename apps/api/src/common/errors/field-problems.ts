import type { ProblemCode } from '../../error-codes';
import { CommonErrorCode } from './common.errors';
import { BadRequestError } from './domain-errors';

/**
 * One problem with a field: a stable `code` (declared in a feature's `<feature>.errors.ts`, or a
 * class-validator constraint name) and its `params`, from which clients write their own text;
 * `message` is the API's English wording, for logs and for clients that do not know the code.
 */
export interface Problem {
  code: ProblemCode;
  params: Record<string, unknown>;
  message: string;
}

/** `details` of a VALIDATION_FAILED error: every bad field, by dotted path. */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `name` or `memberships.0.organisationId`. */
  field: string;
  problems: Problem[];
}

export const problem = (
  code: ProblemCode,
  message: string,
  params: Record<string, unknown> = {},
): Problem => ({ code, params, message });

/** `field message; field message`: the error's message for people (logs, curl). */
export const describeProblems = (fields: FieldProblem[]): string =>
  fields.map((f) => f.problems.map((p) => `${f.field} ${p.message}`).join('; ')).join('; ');

/** A 400 VALIDATION_FAILED naming each bad field. */
export function invalidFields(
  fields: FieldProblem[],
  message = describeProblems(fields),
): BadRequestError {
  return new BadRequestError(CommonErrorCode.VALIDATION_FAILED, message, fields);
}

/** A 400 VALIDATION_FAILED for one problem with one field. */
export function invalidField(
  field: string,
  code: ProblemCode,
  message: string,
  params: Record<string, unknown> = {},
): BadRequestError {
  return invalidFields([{ field, problems: [problem(code, message, params)] }]);
}
