import { invalidField } from '../common/errors/field-problems';
import { SsoProblemCode } from './sso.errors';

const ENTRA_HOST = 'login.microsoftonline.com';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Microsoft Entra ID tenant an issuer names (https://login.microsoftonline.com/<tenant>/v2.0),
 * or undefined for another provider.
 */
export function entraTenantOf(issuer: string): string | undefined {
  const url = new URL(issuer);
  if (url.hostname.toLowerCase() !== ENTRA_HOST) return undefined;
  return /^\/([^/]+)\/v2\.0\/?$/.exec(url.pathname)?.[1];
}

/**
 * Refuses an issuer that is not https:// (http:// only where `allowHttp`: SSO_ALLOW_HTTP_ISSUER,
 * never in production), and an Entra ID issuer that does not name one tenant by its id: the
 * multi-tenant ones (common, organizations, consumers) would let any tenant's accounts in.
 */
export function assertIssuerAllowed(issuer: string, allowHttp: boolean): void {
  const url = new URL(issuer);
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    throw invalidField('issuer', SsoProblemCode.issuerNotHttps, 'must be an https:// URL');
  }
  if (url.hostname.toLowerCase() === ENTRA_HOST && !GUID.test(entraTenantOf(issuer) ?? '')) {
    throw invalidField(
      'issuer',
      SsoProblemCode.issuerNotTenantSpecific,
      'must name one Entra ID tenant by its id: https://login.microsoftonline.com/<tenant id>/v2.0',
    );
  }
}

/** An Entra ID sign-in must come from the configured tenant: the ID token's `tid` equals it. */
export function tenantMatches(issuer: string, claims: { tid?: unknown }): boolean {
  const tenant = entraTenantOf(issuer);
  return (
    tenant === undefined ||
    (typeof claims.tid === 'string' && claims.tid.toLowerCase() === tenant.toLowerCase())
  );
}
