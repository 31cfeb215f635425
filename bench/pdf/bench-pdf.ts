/**
 * PDF benchmark (not a test): npm run bench:pdf [-- --runs 30]
 *
 * Agency report for a complete audit of the real framework (57 indicators) and the board
 * report for 200 agencies, through PdfRenderer. The floor is the same Chromium build,
 * launched with the same flags, printing the identical HTML through a fresh page with no
 * application code (raw Puppeteer, same PDF options). App and floor runs alternate so
 * that drift in the machine's speed hits both alike. Writes bench/results-pdf.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, resolveChromium, type Browser } from '@pies/browser';
import {
  agencyReportPdfOptions,
  boardReportPdfOptions,
  pdfOptions,
  PdfRenderer,
  renderAgencyReport,
  renderAgencyReportPdf,
  renderBoardReport,
  renderBoardReportPdf,
  type RenderPdfOptions,
} from '@pies/reports';
import { buildAgencyReportModel, buildBoardReportModel } from '../../libs/reports/src/testing';
import { PeakMemory } from './proc-memory';
import { mb, median, percentile, timed } from './stats';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const THROUGHPUT_RENDERS = 40;
const STRESS_RENDERS = 32;
const TARGETS = { agencyMedianMs: 500, ratioToFloor: 1.5, boardMs: 5000 };

/** Raw Puppeteer: a fresh page, setContent, pdf. Page creation and closing are not timed. */
async function floorRender(browser: Browser, html: string, options: RenderPdfOptions) {
  const page = await browser.newPage();
  try {
    const { ms, value } = await timed(async () => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf(pdfOptions(options));
    });
    if (value.length < 1000) throw new Error('floor produced no PDF');
    return ms;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const chromium = await resolveChromium();
  const loadBefore = loadavg()[0];
  log(`chromium: ${chromium.path} (${chromium.source}), node ${process.version}`);
  const agency = buildAgencyReportModel();
  const board = buildBoardReportModel({ agencies: 200 });
  const agencyHtml = renderAgencyReport(agency);
  const boardHtml = renderBoardReport(board);
  const agencyOptions = agencyReportPdfOptions(agency);

  const renderer = new PdfRenderer({ concurrency: 4, launch: { chromium } });
  const floorBrowser = await launchBrowser({ chromium });
  const memory = new PeakMemory();
  try {
    memory.watch(await renderer.browserPid());
    // Warm up both paths (first page, font decoding, template compilation).
    for (let i = 0; i < 3; i++) {
      await renderAgencyReportPdf(renderer, agency);
      await floorRender(floorBrowser, agencyHtml, agencyOptions);
    }

    const app: number[] = [];
    const floor: number[] = [];
    const floorReused: number[] = [];
    const reusedPage = await floorBrowser.newPage();
    let pages = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = await timed(() => renderAgencyReportPdf(renderer, agency));
      app.push(run.ms);
      pages = (run.value.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      floor.push(await floorRender(floorBrowser, agencyHtml, agencyOptions));
      const reused = await timed(async () => {
        await reusedPage.setContent(agencyHtml, { waitUntil: 'load' });
        return reusedPage.pdf(pdfOptions(agencyOptions));
      });
      floorReused.push(reused.ms);
    }
    await reusedPage.close();
    const template = await timed(async () => renderAgencyReport(agency));

    const burst = await timed(() =>
      Promise.all(
        Array.from({ length: THROUGHPUT_RENDERS }, () => renderAgencyReportPdf(renderer, agency)),
      ),
    );

    const boardRuns: number[] = [];
    let boardPages = 0;
    for (let i = 0; i < 3; i++) {
      const run = await timed(() => renderBoardReportPdf(renderer, board));
      boardRuns.push(run.ms);
      boardPages = (run.value.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    }
    const boardFloor = await floorRender(floorBrowser, boardHtml, boardReportPdfOptions(board));
    memory.watch(await renderer.browserPid());
    await new Promise((resolve) => setTimeout(resolve, 300));

    const stress = new PdfRenderer({ concurrency: 8, launch: { chromium } });
    const outcomes = await Promise.allSettled(
      Array.from({ length: STRESS_RENDERS }, () => renderAgencyReportPdf(stress, agency)),
    );
    await stress.close();
    const errors = outcomes.filter(
      (o) => o.status === 'rejected' || o.value.subarray(0, 5).toString('latin1') !== '%PDF-',
    );

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      /** 1-minute load average before and after: other work on the machine skews every figure. */
      loadAverage: { before: loadBefore, after: loadavg()[0] },
      chromium: {
        path: chromium.path,
        source: chromium.source,
        version: await floorBrowser.version(),
      },
      agencyReport: {
        indicators: 57,
        pages,
        htmlBytes: Buffer.byteLength(agencyHtml),
        runs: RUNS,
        templateMs: template.ms,
        warmMedianMs: median(app),
        warmP95Ms: percentile(app, 95),
        floorMedianMs: median(floor),
        floorP95Ms: percentile(floor, 95),
        ratioMedian: median(app) / median(floor),
        floorReusedPageMedianMs: median(floorReused),
        ratioToReusedPageFloor: median(app) / median(floorReused),
        reportsPerSecondAtConcurrency4: THROUGHPUT_RENDERS / (burst.ms / 1000),
      },
      boardReport: {
        agencies: 200,
        pages: boardPages,
        htmlBytes: Buffer.byteLength(boardHtml),
        medianMs: median(boardRuns),
        maxMs: Math.max(...boardRuns),
        floorMs: boardFloor,
      },
      memory: {
        nodePeakRssBytes: memory.peak.nodeRss,
        chromiumPeakRssBytes: memory.peak.chromium.rssBytes,
        chromiumPeakPssBytes: memory.peak.chromium.pssBytes,
        chromiumProcesses: memory.peak.chromium.processes,
      },
      concurrency8: { renders: STRESS_RENDERS, errors: errors.length },
    };
    const a = results.agencyReport;
    const b = results.boardReport;
    const rows: [string, string, string][] = [
      [
        'agency report (57 indicators, ' + a.pages + ' pages): warm median',
        `${a.warmMedianMs.toFixed(0)} ms`,
        `< ${TARGETS.agencyMedianMs} ms`,
      ],
      ['agency report: warm p95', `${a.warmP95Ms.toFixed(0)} ms`, ''],
      [
        'floor (raw Chromium, same HTML, fresh page): median',
        `${a.floorMedianMs.toFixed(0)} ms`,
        '',
      ],
      ['floor: p95', `${a.floorP95Ms.toFixed(0)} ms`, ''],
      ['ratio app / floor (medians)', `${a.ratioMedian.toFixed(2)}x`, `< ${TARGETS.ratioToFloor}x`],
      [
        'floor with one reused raw page instead: median (ratio)',
        `${a.floorReusedPageMedianMs.toFixed(0)} ms (${a.ratioToReusedPageFloor.toFixed(2)}x)`,
        '',
      ],
      ['of which HTML from templates', `${a.templateMs.toFixed(1)} ms`, ''],
      ['agency reports per second, concurrency 4', a.reportsPerSecondAtConcurrency4.toFixed(2), ''],
      [
        `board report (200 agencies, ${b.pages} pages): median of 3`,
        `${b.medianMs.toFixed(0)} ms`,
        `< ${TARGETS.boardMs} ms`,
      ],
      ['board report floor', `${b.floorMs.toFixed(0)} ms`, ''],
      ['peak RSS, Node process', mb(results.memory.nodePeakRssBytes), ''],
      [
        `peak RSS, Chromium (sum of ${results.memory.chromiumProcesses} processes)`,
        mb(results.memory.chromiumPeakRssBytes),
        '',
      ],
      ['peak PSS, Chromium (shared pages split)', mb(results.memory.chromiumPeakPssBytes), ''],
      [
        `errors, ${STRESS_RENDERS} renders at concurrency 8`,
        String(results.concurrency8.errors),
        '0',
      ],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    log(`load average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}`);
    log(`\n${'measure'.padEnd(width)}  ${'result'.padStart(10)}  target`);
    for (const [name, value, target] of rows)
      log(`${name.padEnd(width)}  ${value.padStart(10)}  ${target}`);
    const met =
      a.warmMedianMs < TARGETS.agencyMedianMs &&
      a.ratioMedian < TARGETS.ratioToFloor &&
      b.medianMs < TARGETS.boardMs &&
      errors.length === 0;
    log(`\ntargets ${met ? 'met' : 'NOT met'}`);
    writeFileSync(
      join(__dirname, '..', 'results-pdf.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
  } finally {
    await memory.stop();
    await renderer.close();
    await floorBrowser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
