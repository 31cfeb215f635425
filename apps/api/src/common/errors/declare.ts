/**
 * How a feature declares its error codes and field-problem codes (`<feature>.errors.ts`): one
 * entry per code, whose key is the code itself. The declarations are the one home of the codes:
 * thrown errors name them (typed), OpenAPI lists them, tests hold responses to them.
 */
export interface ErrorDeclaration {
  /** The HTTP status an error with this code is sent with. */
  status: number;
  /** What happened, for client developers (OpenAPI). */
  description: string;
  /** The shape of `details` when the error carries any, in TypeScript-like notation. */
  details?: string;
}

export interface ProblemDeclaration {
  description: string;
  /** The shape of `params`, in TypeScript-like notation; `{}` when none. */
  params?: string;
}

/** `{ CODE: 'CODE', ... }` from a declaration object, so callers write `AuditErrorCode.X`. */
export function codesOf<T extends Record<string, unknown>>(
  declarations: T,
): { readonly [K in keyof T & string]: K } {
  return Object.fromEntries(Object.keys(declarations).map((k) => [k, k])) as {
    readonly [K in keyof T & string]: K;
  };
}
