import type { components } from './generated/openapi';

/**
 * The API's error envelope, from openapi.json's ErrorBody: decide on `code` (a stable, declared
 * code), never on `message`, which is for people and may change.
 */
export type ApiErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ProblemCode = components['schemas']['ProblemCode'];
/** One problem with a field: its code and params, from which the client writes its own text. */
export type Problem = components['schemas']['Problem'];
/** `details` of a VALIDATION_FAILED error: each bad field, by dotted path. */
export type FieldProblem = components['schemas']['FieldProblem'];

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  const v = value as Partial<ApiErrorBody> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.statusCode === 'number' &&
    typeof v.code === 'string' &&
    typeof v.message === 'string'
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function toProblem(value: unknown): Problem | null {
  // A bare string is a problem with no code of its own: its text is all there is.
  if (typeof value === 'string') return { code: 'invalid', params: {}, message: value };
  if (!isRecord(value) || typeof value.code !== 'string') return null;
  return {
    code: value.code as ProblemCode,
    params: isRecord(value.params) ? value.params : {},
    message: typeof value.message === 'string' ? value.message : '',
  };
}

/** The field problems of `details`, skipping anything not of that shape. */
export function fieldProblemsOf(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (!isRecord(d) || typeof d.field !== 'string' || !Array.isArray(d.problems)) return [];
    const problems = d.problems.map(toProblem).filter((p): p is Problem => p !== null);
    return problems.length ? [{ ...d, field: d.field, problems }] : [];
  });
}

/** A failed API call: the HTTP status, the API's code and message and, for a 400, each bad field. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly fieldProblems: FieldProblem[] = [],
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfterSeconds?: number,
    /** The API's code; undefined when the answer was not the API's (e.g. a proxy's page). */
    readonly code?: ErrorCode,
    /** The body's `details` as sent (its shape depends on `code`). */
    readonly details?: unknown,
  ) {
    super(message);
  }

  static from(response: Response, body: unknown): ApiError {
    const retry = Number(response.headers.get('Retry-After'));
    const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (isApiErrorBody(body)) {
      return new ApiError(
        response.status,
        body.message,
        fieldProblemsOf(body.details),
        retryAfterSeconds,
        body.code,
        body.details,
      );
    }
    return new ApiError(
      response.status,
      typeof body === 'string' && body ? body : response.statusText || `HTTP ${response.status}`,
      [],
      retryAfterSeconds,
    );
  }
}
