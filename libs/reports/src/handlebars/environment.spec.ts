import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAgencyReport, renderBoardReport } from '../render/render-reports';
import { buildAgencyReportModel, buildBoardReportModel, piesFramework } from '../testing';
import { findTemplatesDir, ReportEnvironment } from './environment';

const HOSTILE = '<script>alert(1)</script> {{constructor}} <img src=x onerror=alert(2)>';

/** The HTML of the <section> with this id, up to the next section. */
function sectionOf(html: string, id: string): string {
  const start = html.search(new RegExp(`id=['"]${id}['"]`));
  const end = html.indexOf('<section', start);
  return html.slice(start, end === -1 ? undefined : end);
}

/** A templates folder with a layout and one template, `page.hbs`, with this body. */
function tinyTemplates(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pies-templates-'));
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'print.css'), 'body{}');
  writeFileSync(
    join(dir, 'layout.hbs'),
    '<html lang="{{@lang}}"><title>{{@title}}</title>{{@body}}</html>',
  );
  writeFileSync(join(dir, 'page.hbs'), `{{#layout}}${body}{{/layout}}`);
  return dir;
}

describe('ReportEnvironment', () => {
  it('finds templates/reports in the repository', () => {
    expect(findTemplatesDir()).toMatch(/templates[/\\]reports$/);
  });

  it('fails loudly on a key the model does not have (strict mode)', () => {
    const dir = tinyTemplates('{{organisaton.name}}');
    const environment = new ReportEnvironment({ templatesDir: dir });
    expect(() =>
      environment.render('page', { organisation: { name: 'X' } }, { title: 't', lang: 'en-GB' }),
    ).toThrow(/not defined/);
  });

  it('compiles each template once and reuses it', () => {
    const dir = tinyTemplates('<p>{{name}}</p>');
    const environment = new ReportEnvironment({ templatesDir: dir });
    const data = { title: 't', lang: 'en-GB' };
    expect(environment.render('page', { name: 'first' }, data)).toContain('<p>first</p>');
    writeFileSync(join(dir, 'page.hbs'), '{{#layout}}changed{{/layout}}');
    expect(environment.render('page', { name: 'second' }, data)).toContain('<p>second</p>');
  });

  it('refuses template names that could leave the templates folder', () => {
    const environment = new ReportEnvironment();
    expect(() => environment.render('../secret', {}, { title: 't', lang: 'en-GB' })).toThrow(
      'bad template name',
    );
  });
});

describe('renderAgencyReport (HTML)', () => {
  const model = buildAgencyReportModel({ commentary: { 'P1.1': HOSTILE } });
  const html = renderAgencyReport(model);

  it('is one self-contained document: inline styles and fonts, nothing to fetch', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang=['"]en-GB['"]>/);
    expect(html).toContain(
      '<title>Riverside Academy: online safeguarding self-audit 2025-27</title>',
    );
    expect(html).toContain("font-family:'Source Sans 3'");
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<link|<script|<img|<iframe|@import/i);
    // The only URLs are data: fonts, the SVG namespace and escaped evidence links shown as text.
    const urls = html.match(/(src|href)=["']?[^"' >]+/gi) ?? [];
    expect(urls).toEqual([]);
  });

  it('prints every indicator of the framework once', () => {
    for (const indicator of piesFramework().indicators) {
      expect(
        html.match(new RegExp(`<h4>${indicator.code.replace('.', '\\.')}</h4>`, 'g')),
      ).toHaveLength(1);
    }
  });

  it('escapes user text, including Handlebars syntax, instead of running it', () => {
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; {{constructor}} &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;',
    );
  });

  it('marks table headers with scope', () => {
    const headers = html.match(/<th\b[^>]*>/g) ?? [];
    expect(headers.length).toBeGreaterThan(20);
    for (const th of headers) expect(th).toMatch(/scope=['"](col|row)['"]/);
  });
});

describe('renderBoardReport (HTML)', () => {
  const model = buildBoardReportModel({ agencies: 30 });
  const html = renderBoardReport(model);

  it('has a heat-map row per visible audit and a cell per area', () => {
    const heatMap = sectionOf(html, 'heat-map');
    expect(heatMap.match(/<tr>/g)).toHaveLength(model.heatMap.length + 1);
    expect(heatMap.match(/<td class="cell /g)).toHaveLength(model.heatMap.length * 5);
    for (const row of model.heatMap)
      expect(heatMap).toContain(row.organisation.replace(/'/g, '&#x27;'));
  });

  it('prints at most ten weakest indicators', () => {
    const section = sectionOf(html, 'weakest-indicators');
    expect(model.weakestIndicators.length).toBeGreaterThan(10);
    expect(section.match(/<tr>/g)).toHaveLength(11);
  });
});
