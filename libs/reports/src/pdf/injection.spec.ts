import { buildAgencyReportModel } from '../testing/agency-fixture';
import { startCanaryServer, type CanaryServer } from '../testing/canary-server';
import { inspectPdf, normaliseText } from '../testing/inspect-pdf';
import { renderAgencyReportPdf } from '../render/render-reports';
import { launchBrowser } from '@pies/browser';
import { lockDownPage } from './page-lockdown';
import { PdfRenderer } from './pdf-renderer';

jest.setTimeout(120_000);

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('report pages run no script and fetch nothing (real Chromium, canary on 127.0.0.1)', () => {
  let canary: CanaryServer;
  const renderer = new PdfRenderer({ concurrency: 2 });

  beforeAll(async () => {
    canary = await startCanaryServer();
  });
  afterAll(async () => {
    await renderer.close();
    await canary.close();
  });
  beforeEach(() => {
    canary.hits.length = 0;
  });

  /** Every way user text might try to run or fetch, one per line. */
  const hostileLines = () => [
    `<script>fetch('${canary.origin}/script')</script>`,
    `<img src=${canary.origin}/img>`,
    `<div style="background:url(${canary.origin}/css)">styled</div>`,
    `<link rel=stylesheet href=${canary.origin}/link>`,
    `{{constructor}} {{#each this}}loop{{/each}} {{{raw}}}`,
  ];

  it('prints hostile user text literally, everywhere it appears, and the canary hears nothing', async () => {
    const hostile = hostileLines().join('\n');
    const model = buildAgencyReportModel({ commentary: { 'P1.1': hostile, 'S5.3': hostile } });
    model.organisation.name = `Riverside <b>Academy</b> ${hostileLines()[1]}`;
    model.challenges[0].messages[1].body = hostile;
    model.actions[0].description = hostile;

    const inspection = await inspectPdf(await renderAgencyReportPdf(renderer, model));
    await settle();

    expect(canary.hits).toEqual([]);
    const text = normaliseText(inspection.pages.map((page) => page.text).join('\n'));
    for (const line of hostileLines()) expect(text).toContain(line);
    expect(text).toContain(`Riverside <b>Academy</b> <img src=${canary.origin}/img>`);
    expect(text.split(`fetch('${canary.origin}/script')`).length - 1).toBeGreaterThanOrEqual(4);
  });

  it('blocks requests and scripts even in raw, unescaped HTML (defence in depth)', async () => {
    const o = canary.origin;
    const html = `<!doctype html><html><head><title>raw</title>
      <link rel="stylesheet" href="${o}/link">
      <style>@import url(${o}/import); @font-face { font-family: X; src: url(${o}/font); }
        body { font-family: X; background: url(${o}/background); }</style>
      <meta http-equiv="refresh" content="0;url=${o}/refresh">
      </head><body>
      <p>Visible text</p>
      <script>document.write('SCRIPT RAN'); fetch('${o}/fetch'); new Image().src = '${o}/image';</script>
      <script src="${o}/script.js"></script>
      <img src="${o}/img"><iframe src="${o}/iframe"></iframe><object data="${o}/object"></object>
      <video poster="${o}/poster"></video><svg><image href="${o}/svg-image"/></svg>
      </body></html>`;

    const inspection = await inspectPdf(await renderer.render(html, { title: 'Raw' }));
    await settle();

    // No Content-Security-Policy in this document: the page's own lockdown did the blocking.
    expect(canary.hits).toEqual([]);
    const text = inspection.pages.map((page) => page.text).join('\n');
    expect(text).toContain('Visible text');
    expect(text).not.toContain('SCRIPT RAN');
    expect(inspection.title).toBe('Raw');
  });

  it('refuses every request by interception alone, with the offline emulation switched off', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const counters = { blockedRequests: 0 };
      await lockDownPage(page, counters);
      await page.setOfflineMode(false);
      const o = canary.origin;
      await page.setContent(
        `<link rel="stylesheet" href="${o}/link"><img src="${o}/img"><iframe src="${o}/frame"></iframe>` +
          `<div style="background:url(${o}/css)">x</div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`,
      );
      await settle();
      expect(canary.hits).toEqual([]);
      expect(counters.blockedRequests).toBeGreaterThanOrEqual(4);
      expect(page.url()).toBe('about:blank');
    } finally {
      await browser.close();
    }
  });

  it('escapes the running header and footer values', async () => {
    const pdf = await renderer.render('<!doctype html><p>Body</p>', {
      title: 'T',
      // Short enough not to be cut with an ellipsis whatever fonts the machine has.
      headerLeft: `<span class="pageNumber"></span>`,
      footerLeft: `<b>footer</b><img src=${canary.origin}/footer>`,
    });
    await settle();
    expect(canary.hits).toEqual([]);
    const text = normaliseText((await inspectPdf(pdf)).pages[0].text);
    expect(text).toContain(`<span class="pageNumber"></span>`);
    expect(text).toContain('<b>footer</b>');
  });
});
