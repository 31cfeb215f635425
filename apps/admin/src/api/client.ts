import { createApiClient, csrfFromCookies } from '@pies/api-client';

/**
 * The one API client of the app. The CSRF token comes from the pies_csrf cookie (the API sets
 * it, readable by this origin's scripts), else from the last login or /api/auth/me response.
 */
let lastCsrfToken: string | undefined;
export function rememberCsrfToken(token: string | undefined): void {
  lastCsrfToken = token;
}

/** The token to send as X-CSRF-Token (for calls whose type asks for the header explicitly). */
export function currentCsrfToken(): string {
  return csrfFromCookies(document.cookie) ?? lastCsrfToken ?? '';
}

type Listener = () => void;
const sessionEndedListeners = new Set<Listener>();

/** Called when any call other than signing in answers 401: the session has ended. */
export function onSessionEnded(listener: Listener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

export const api = createApiClient({
  csrfToken: () => currentCsrfToken() || undefined,
  onResponse: (response, request) => {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/auth/me') {
      for (const listener of sessionEndedListeners) listener();
    }
  },
});
