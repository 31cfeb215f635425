import { csrfFromCookies, unwrap } from '@pies/api-client';
import { api } from '../api/client';

/**
 * The CSRF token for a signed-out form (sign in, set a password from a link, ask for a reset):
 * the pies_csrf cookie, set by the API first if the browser has none yet.
 */
export async function ensureCsrfCookie(): Promise<string> {
  const existing = csrfFromCookies(document.cookie);
  if (existing) return existing;
  return (await unwrap(api.GET('/api/auth/csrf'))).csrfToken;
}
