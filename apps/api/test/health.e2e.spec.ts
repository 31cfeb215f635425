import { startTestApp, type TestApp } from './test-app';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports app and database status without signing in', async () => {
    const res = await t.client().get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', version: expect.any(String) });
    expect(res.body.databaseMs).toBeGreaterThanOrEqual(0);
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await t.client().get('/api/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('cuts off a request still arriving after five minutes, as Node does by default', () => {
    expect(t.server.requestTimeout).toBe(300_000);
  });

  it('gives each request an id, keeping a well-formed one from the caller', async () => {
    const own = await t.client().get('/api/health');
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t.client().get('/api/health').set('X-Request-Id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
    const junk = await t.client().get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(junk.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('serves the OpenAPI description', async () => {
    const res = await t.client().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/auth/login');
  });

  it('serves the API docs page and its assets, under a policy that lets Swagger UI run', async () => {
    const page = await t.client().get('/api/docs').redirects(1).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('swagger-ui');
    expect(page.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    const css = await t.client().get('/api/docs/swagger-ui.css').expect(200);
    expect(css.headers['content-type']).toContain('text/css');
  });

  it('answers an unknown route with the standard error body', async () => {
    const res = await t.client().get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      error: 'Not Found',
    });
  });
});
