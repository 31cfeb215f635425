import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureAdminBuilt, ROOT } from './admin-browser';

/**
 * The built admin app (what the API serves at /): small enough to load quickly, nothing the
 * strict Content-Security-Policy would block, and nothing of GOV.UK's own identity (the crown,
 * the crest, the GDS Transport typeface) shipped.
 */
describe('admin app build', () => {
  // The folder ensureAdminBuilt() builds (PIES_ADMIN_DIST for parallel builds).
  const dist = process.env.PIES_ADMIN_DIST || join(ROOT, 'dist/apps/admin');
  let html = '';

  beforeAll(async () => {
    await ensureAdminBuilt();
    html = readFileSync(join(dist, 'index.html'), 'utf8');
  }, 180_000);

  it('keeps the JavaScript of the first load under 250 KB gzipped', () => {
    // The entry script and every chunk index.html preloads.
    const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
      0,
    );
    expect(gzipped).toBeLessThan(250 * 1024);
  });

  it('loads ECharts only with the pages that draw charts', () => {
    const assets = readdirSync(join(dist, 'assets'));
    const charts = assets.filter((f) => /^echarts-[\w-]+\.js$/.test(f));
    // One chunk of its own (tree-shaken: radar, bar and line charts, the SVG renderer) ...
    expect(charts).toHaveLength(1);
    const gzipped = gzipSync(readFileSync(join(dist, 'assets', charts[0])), { level: 9 }).length;
    expect(gzipped).toBeLessThan(250 * 1024);
    // ... that the first load neither fetches nor preloads.
    expect(html).not.toContain(charts[0]);
    // Only the chart wrapper's chunk imports it.
    const importers = assets.filter(
      (f) =>
        f.endsWith('.js') &&
        f !== charts[0] &&
        readFileSync(join(dist, 'assets', f), 'utf8').includes(charts[0]),
    );
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.every((f) => /^(chart|index)-/.test(f))).toBe(true);
  });

  it('has no inline script or style that the CSP would block', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('ships no GOV.UK fonts or images and uses the system font stack', () => {
    const assets = readdirSync(join(dist, 'assets'));
    expect(assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    expect(assets.filter((f) => /crest|crown|govuk-(icon|opengraph)/i.test(f))).toEqual([]);
    const css = assets
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
      .join('\n');
    expect(css).not.toContain('GDS Transport');
    expect(css).not.toMatch(/url\([^)]*\/assets\/(fonts|images)\//);
    expect(css).toContain('system-ui');
  });
});
