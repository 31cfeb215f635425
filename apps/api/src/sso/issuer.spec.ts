import { assertIssuerAllowed, entraTenantOf, tenantMatches } from './issuer';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ENTRA = `https://login.microsoftonline.com/${TENANT}/v2.0`;

const fieldOf = (issuer: string, allowHttp = false) => {
  try {
    assertIssuerAllowed(issuer, allowHttp);
    return null;
  } catch (e) {
    const details = (e as { details: { field: string; problems: { code: string }[] }[] }).details;
    return `${details[0].field}:${details[0].problems[0].code}`;
  }
};

describe('SSO issuers', () => {
  it('takes https, and http only where allowed', () => {
    expect(fieldOf('https://idp.example.org')).toBeNull();
    expect(fieldOf('http://127.0.0.1:4000')).toBe('issuer:issuerNotHttps');
    expect(fieldOf('http://127.0.0.1:4000', true)).toBeNull();
  });

  it('refuses the multi-tenant Entra ID issuers and takes a tenant-specific one', () => {
    for (const t of ['common', 'organizations', 'consumers', 'contoso.onmicrosoft.com'])
      expect(fieldOf(`https://login.microsoftonline.com/${t}/v2.0`)).toBe(
        'issuer:issuerNotTenantSpecific',
      );
    expect(fieldOf(ENTRA)).toBeNull();
    expect(entraTenantOf(ENTRA)).toBe(TENANT);
    expect(entraTenantOf('https://idp.example.org/x/v2.0')).toBeUndefined();
  });

  it("checks an Entra ID token's tid against the tenant, and nothing elsewhere", () => {
    expect(tenantMatches(ENTRA, { tid: TENANT })).toBe(true);
    expect(tenantMatches(ENTRA, { tid: TENANT.toUpperCase() })).toBe(true);
    expect(tenantMatches(ENTRA, { tid: '00000000-0000-0000-0000-000000000000' })).toBe(false);
    expect(tenantMatches(ENTRA, {})).toBe(false);
    expect(tenantMatches('https://idp.example.org', {})).toBe(true);
  });
});
