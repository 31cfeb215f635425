import { buildAgencyReportModel } from '../testing/agency-fixture';
import { inspectPdf } from '../testing/inspect-pdf';
import { renderAgencyReport, agencyReportPdfOptions } from '../render/render-reports';
import { PdfRenderer } from './pdf-renderer';

jest.setTimeout(180_000);

const model = buildAgencyReportModel();
const html = renderAgencyReport(model);
const options = agencyReportPdfOptions(model);
const simple = '<!doctype html><html lang="en-GB"><title>x</title><h1>Small report</h1></html>';

function isPdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.length > 1000;
}

async function killAndWait(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`process ${pid} did not die`);
}

describe('PdfRenderer (real Chromium)', () => {
  it('starts the browser lazily, reuses it and its pages', async () => {
    const renderer = new PdfRenderer({ concurrency: 2 });
    try {
      expect(renderer.stats.launches).toBe(0);
      expect(isPdf(await renderer.render(simple, { title: 'One' }))).toBe(true);
      expect(isPdf(await renderer.render(simple, { title: 'Two' }))).toBe(true);
      expect(renderer.stats).toMatchObject({ launches: 1, renders: 2, pagesOpen: 1 });
    } finally {
      await renderer.close();
    }
  });

  it('starts a new browser after the old one is killed', async () => {
    const renderer = new PdfRenderer();
    try {
      expect(isPdf(await renderer.render(simple, { title: 'Before' }))).toBe(true);
      const first = (await renderer.browserPid()) as number;
      await killAndWait(first);

      const after = await renderer.render(simple, { title: 'After' });

      expect(isPdf(after)).toBe(true);
      expect((await inspectPdf(after)).title).toBe('After');
      expect(renderer.stats.launches).toBe(2);
      expect(await renderer.browserPid()).not.toBe(first);
    } finally {
      await renderer.close();
    }
  });

  it('finishes a render that was in flight when the browser died, on a new browser', async () => {
    const renderer = new PdfRenderer();
    try {
      const pid = (await renderer.browserPid()) as number;
      const rendering = renderer.render(html, options);
      // Kill it once the render has its page, i.e. mid-print.
      while (renderer.stats.pagesOpen === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await killAndWait(pid);
      expect(isPdf(await rendering)).toBe(true);
      expect(renderer.stats.launches).toBe(2);
    } finally {
      await renderer.close();
    }
  });

  it('prints 8 reports in parallel with at most 4 at a time', async () => {
    const renderer = new PdfRenderer({ concurrency: 4 });
    try {
      const pdfs = await Promise.all(
        Array.from({ length: 8 }, () => renderer.render(html, options)),
      );
      expect(pdfs.every(isPdf)).toBe(true);
      expect(renderer.stats.renders).toBe(8);
      expect(renderer.stats.peakConcurrent).toBeLessThanOrEqual(4);
      expect(renderer.stats.peakConcurrent).toBeGreaterThan(1);
      expect(renderer.stats.pagesOpen).toBeLessThanOrEqual(4);
      expect(renderer.stats.launches).toBe(1);
    } finally {
      await renderer.close();
    }
  });

  it('refuses to render once closed, and closes the browser', async () => {
    const renderer = new PdfRenderer();
    await renderer.render(simple, { title: 'x' });
    const pid = (await renderer.browserPid()) as number;
    await renderer.close();
    await expect(renderer.render(simple, { title: 'x' })).rejects.toThrow('closed');
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
