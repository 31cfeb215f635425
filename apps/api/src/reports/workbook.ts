import { PassThrough } from 'node:stream';

export interface SheetSpec {
  name: string;
  /** Header label and column width; values are written with their real types. */
  columns: { header: string; width: number; format?: string }[];
  /** Rows in order; an async source is read as the sheet is written, never held whole. */
  rows: Iterable<unknown[]> | AsyncIterable<unknown[]>;
}

/**
 * A workbook with one sheet per spec: bold, frozen header row, autofilter, numbers as numbers
 * and dates as dates. Cell text is stored as text, never as a formula.
 *
 * Written with exceljs's streaming writer: each row is serialised to XML and compressed as it
 * is added, so memory holds the compressed file and the distinct texts, not a model of every
 * cell, which for a large cycle costs far more memory and time (figures in bench/README.md).
 */
export async function buildWorkbook(sheets: SheetSpec[], created: Date): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most API processes never build a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    // Each distinct text once: statements and names repeat on every row, too far apart for
    // deflate to find (inline strings made the file 3.5 times larger).
    useSharedStrings: true,
  });
  wb.creator = 'PIES Audit';
  wb.created = created;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: c.format ? { numFmt: c.format } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
    for await (const row of spec.rows)
      ws.addRow(row.map((v) => (v === undefined ? null : v))).commit();
    ws.commit();
  }
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
