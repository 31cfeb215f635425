/**
 * The API's error envelope. openapi.json does not (yet) declare a schema for error bodies, so
 * this is the one shape written by hand here, from the API's documented contract (README: "Errors
 * always have the shape { statusCode, error, message, details? }"). When the spec gains an error
 * schema, replace these with the generated type.
 */
export interface FieldProblem {
  /** Dotted path of the field, e.g. `name` or `memberships.0.organisationId`. */
  field: string;
  problems: string[];
}

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  const v = value as Partial<ApiErrorBody> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.statusCode === 'number' &&
    typeof v.message === 'string'
  );
}

function isFieldProblem(value: unknown): value is FieldProblem {
  const v = value as Partial<FieldProblem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.field === 'string' &&
    Array.isArray(v.problems) &&
    v.problems.every((p) => typeof p === 'string')
  );
}

/** A failed API call: the HTTP status, the API's message and, for a 400, each bad field. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly fieldProblems: FieldProblem[] = [],
    /** Seconds to wait, from Retry-After (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static from(response: Response, body: unknown): ApiError {
    const retry = Number(response.headers.get('Retry-After'));
    const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (isApiErrorBody(body)) {
      const details = Array.isArray(body.details) ? body.details.filter(isFieldProblem) : [];
      return new ApiError(response.status, body.message, details, retryAfterSeconds);
    }
    return new ApiError(
      response.status,
      typeof body === 'string' && body ? body : response.statusText || `HTTP ${response.status}`,
      [],
      retryAfterSeconds,
    );
  }

  /** Not signed in, or the session has ended. */
  get isUnauthorised(): boolean {
    return this.status === 401;
  }
}
