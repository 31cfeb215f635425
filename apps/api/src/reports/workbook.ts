export interface SheetSpec {
  name: string;
  /** Header label and column width; values are written with their real types. */
  columns: { header: string; width: number; format?: string }[];
  rows: unknown[][];
}

/**
 * A workbook with one sheet per spec: bold, frozen header row, autofilter, numbers as numbers
 * and dates as dates. Cell text is stored as text, never as a formula.
 */
export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most API processes never build a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PIES Audit';
  wb.created = new Date();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: c.format ? { numFmt: c.format } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of spec.rows) ws.addRow(row.map((v) => (v === undefined ? null : v)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
