import { codesOf, type ErrorDeclaration, type ProblemDeclaration } from '../common/errors/declare';

/** Single sign-on configurations and sign-in (sso/README.md). */
export const SSO_ERRORS = {
  SSO_CONFIGURATION_NOT_FOUND: {
    status: 404,
    description: 'No such SSO configuration, or not visible to you.',
  },
  SSO_DOMAIN_CLAIMED: {
    status: 409,
    description:
      'An email domain of the configuration is already claimed by another approved configuration: a domain is served by one configuration across the platform.',
    details: '{ domains: string[] }',
  },
  SSO_REQUIRED: {
    status: 403,
    description:
      "This email's organisation signs in with its own account (single sign-on): password sign-in, password resets and setting a password are off for it.",
  },
} as const satisfies Record<string, ErrorDeclaration>;

export const SsoErrorCode = codesOf(SSO_ERRORS);

export const SSO_PROBLEMS = {
  issuerNotHttps: {
    description: 'The issuer must be an https:// URL.',
  },
  issuerNotTenantSpecific: {
    description:
      'A Microsoft Entra ID issuer must name one tenant by its id (https://login.microsoftonline.com/<tenant id>/v2.0), not common, organizations or consumers.',
  },
} as const satisfies Record<string, ProblemDeclaration>;

export const SsoProblemCode = codesOf(SSO_PROBLEMS);

/**
 * Why an SSO sign-in was refused: the web app's problem page (/sign-in/problem?reason=…) words
 * each one.
 */
export const SSO_REFUSALS = [
  'state',
  'nonce',
  'no-account',
  'disabled',
  'organisation',
  'not-configured',
  'provider',
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** A refused SSO sign-in: the callback redirects to the problem page with its reason. */
export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    detail: string,
  ) {
    super(`SSO sign-in refused (${reason}): ${detail}`);
    this.name = 'SsoRefused';
  }
}
