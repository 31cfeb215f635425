/**
 * Writes the sample agency and board reports (HTML and PDF) to tmp/reports/, for looking
 * at the templates: node -r @swc-node/register bench/pdf/preview.ts [agencies]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PdfRenderer,
  renderAgencyReport,
  renderAgencyReportPdf,
  renderBoardReport,
  renderBoardReportPdf,
} from '@pies/reports';
import { buildAgencyReportModel, buildBoardReportModel } from '../../libs/reports/src/testing';

async function main(): Promise<void> {
  const out = join(process.cwd(), 'tmp', 'reports');
  mkdirSync(out, { recursive: true });
  const agency = buildAgencyReportModel();
  const board = buildBoardReportModel({ agencies: Number(process.argv[2] ?? 40) });
  writeFileSync(join(out, 'agency-report.html'), renderAgencyReport(agency));
  writeFileSync(join(out, 'board-report.html'), renderBoardReport(board));
  const renderer = new PdfRenderer();
  try {
    writeFileSync(join(out, 'agency-report.pdf'), await renderAgencyReportPdf(renderer, agency));
    writeFileSync(join(out, 'board-report.pdf'), await renderBoardReportPdf(renderer, board));
  } finally {
    await renderer.close();
  }
  process.stdout.write(`wrote ${out}/{agency,board}-report.{html,pdf}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
