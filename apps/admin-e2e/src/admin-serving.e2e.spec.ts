import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../api/test/test-app';
import { ensureAdminBuilt, ROOT } from './admin-browser';

/** How the API serves the built web app next to the API (apps/api/src/web/admin-static.ts). */
describe('serving the web app', () => {
  const dist = process.env.PIES_ADMIN_DIST || join(ROOT, 'dist/apps/admin');
  let app: TestApp;

  beforeAll(async () => {
    await ensureAdminBuilt();
    app = await startTestApp({}, { listen: true });
  }, 180_000);
  afterAll(() => app?.close());

  const get = (path: string, accept = 'text/html') =>
    fetch(`${app.baseUrl}${path}`, { headers: { accept } });

  it('serves hashed assets for a year and the top-level files for an hour', async () => {
    const script = readdirSync(join(dist, 'assets')).find((f) => f.endsWith('.js'))!;
    const asset = await get(`/assets/${script}`, '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const icon = await get('/favicon.svg', 'image/*');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers every other page with index.html, never cached', async () => {
    const page = await get('/audits/5c1f5b1e-0000-4000-8000-000000000000/indicators/P1.1');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });

  it('leaves /api to the API, and what is neither a page nor a file is a 404', async () => {
    const api = await get('/api/no-such-route');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
    expect((await get('/favicon.svg.map', 'application/json')).status).toBe(404);
  });
});
