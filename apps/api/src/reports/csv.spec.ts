import { csvCell, csvLine } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3'); // numbers are data, not formulas
  });

  it('defuses a formula behind leading spaces, tabs or line breaks', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('  @SUM(A1)')).toBe("'  @SUM(A1)");
    expect(csvCell('\t-cmd')).toBe("'\t-cmd");
    expect(csvCell('\n=HYPERLINK("http://x")')).toBe(`"'\n=HYPERLINK(""http://x"")"`);
    expect(csvCell('\r\n+1')).toBe(`"'\r\n+1"`);
    expect(csvCell('\u00a0=1')).toBe("'\u00a0=1");
    expect(csvCell(' plain text')).toBe(' plain text');
    expect(csvCell('\nplain')).toBe('"\nplain"');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
