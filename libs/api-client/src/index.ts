/**
 * The PIES Audit API client: types generated from openapi.json (`npm run client:generate`)
 * and an openapi-fetch client that sends the CSRF header on every write.
 *
 *     const api = createApiClient({ csrfToken: () => token });
 *     const page = await unwrap(api.GET('/api/partnerships/{partnershipId}/organisations', {
 *       params: { path: { partnershipId }, query: { search: 'academy' } },
 *     }));
 *
 * Browser-safe: no Node built-ins. Works in Node too (global fetch), given a baseUrl.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi';

export type * from './generated/openapi';
export {
  ApiError,
  fieldProblemsOf,
  isApiErrorBody,
  type ApiErrorBody,
  type ErrorCode,
  type FieldProblem,
  type Problem,
  type ProblemCode,
} from './api-error';
import { ApiError } from './api-error';

export type ApiClient = Client<paths>;

export const CSRF_HEADER = 'X-CSRF-Token';
/** The CSRF cookie; with Secure cookies (production over HTTPS) the API adds the `__Host-` prefix. */
export const CSRF_COOKIES = ['__Host-pies_csrf', 'pies_csrf'] as const;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Reads the CSRF cookie from a `document.cookie` string. */
export function csrfFromCookies(cookieHeader: string): string | undefined {
  const jar = new Map<string, string>();
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!jar.has(name)) jar.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
  }
  for (const name of CSRF_COOKIES) {
    const value = jar.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Adds `X-CSRF-Token` to every POST, PUT, PATCH and DELETE that does not already carry one. */
export function csrfMiddleware(token: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      if (!WRITES.has(request.method.toUpperCase()) || request.headers.has(CSRF_HEADER)) return;
      const value = token();
      if (value) request.headers.set(CSRF_HEADER, value);
      return request;
    },
  };
}

export interface ApiClientOptions {
  /** Origin of the API; '' (the default) means the page's own origin. */
  baseUrl?: string;
  /** The current CSRF token: from login or /api/auth/me, else the pies_csrf cookie. */
  csrfToken: () => string | undefined;
  /** Called with every response (e.g. to notice a 401 when a session expires). */
  onResponse?: (response: Response, request: Request) => void;
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(csrfMiddleware(options.csrfToken));
  const onResponse = options.onResponse;
  if (onResponse) {
    client.use({
      onResponse({ response, request }) {
        onResponse(response, request);
        return undefined;
      },
    });
  }
  return client;
}

/** What every openapi-fetch call resolves to. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, or throws ApiError with the status, the API's message and its
 * field problems. `await unwrap(api.POST(...))`.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw ApiError.from(response, error);
  return data as T;
}
