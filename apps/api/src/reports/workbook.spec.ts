import JSZip from 'jszip';
import { buildWorkbook } from './workbook';

describe('buildWorkbook', () => {
  it('stores text that looks like a formula as text, never as a formula', async () => {
    const hostile = ['=1+1', ' =HYPERLINK("http://x")', '\n@SUM(A1)', '\t-cmd', '+1'];
    const xlsx = await buildWorkbook(
      [{ name: 'Sheet', columns: [{ header: 'text', width: 10 }], rows: hostile.map((t) => [t]) }],
      new Date('2026-01-01T00:00:00Z'),
    );
    const zip = await JSZip.loadAsync(xlsx);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(sheet).not.toMatch(/<f[ >]/);
    // Every data cell is a shared string (t="s"), and each text is kept exactly.
    expect(sheet.match(/<c r="A\d+"[^>]*t="s"/g)).toHaveLength(hostile.length + 1);
    for (const t of hostile) expect(strings).toContain(t.replace(/"/g, '&quot;'));
  });
});
