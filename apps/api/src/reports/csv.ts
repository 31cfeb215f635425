/**
 * CSV as spreadsheets read it (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel detects
 * the encoding). Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or
 * carriage return, or one of =, +, -, @ after leading whitespace or line breaks, which
 * spreadsheets skip) is prefixed with an apostrophe: user text must never become a formula.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (/^\s*[=+\-@]|^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';
