import { sanitiseFileName, sniff } from './sniff';

describe('sniff', () => {
  it('recognises allowed types by content', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n...'))?.mediaType).toBe('application/pdf');
    expect(
      sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.mediaType,
    ).toBe('image/png');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mediaType).toBe('image/jpeg');
    expect(sniff(Buffer.from('Policy reviewed by governors on 3 March.\n'))?.mediaType).toBe(
      'text/plain',
    );
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from('....[Content_Types].xml....word/document.xml'),
    ]);
    expect(sniff(docx)?.label).toBe('a Word document');
  });

  it('refuses executables, archives, markup and empty files', () => {
    expect(sniff(Buffer.from('MZ\x90\x00\x03binary\x00\x00'))).toBeNull();
    expect(sniff(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBeNull();
    expect(
      sniff(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('payload.exe')])),
    ).toBeNull();
    expect(sniff(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(sniff(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'))).toBeNull();
    expect(sniff(Buffer.alloc(0))).toBeNull();
  });

  it('treats a large UTF-8 text cut mid-character as text', () => {
    const text = Buffer.from('é'.repeat(40000));
    expect(sniff(text)?.mediaType).toBe('text/plain');
  });
});

describe('sanitiseFileName', () => {
  it('drops paths, control and unusual characters, and keeps the extension', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\dsl\\Online Safety Policy (2026).pdf')).toBe(
      'Online Safety Policy (2026).pdf',
    );
    expect(sanitiseFileName('rep\u0000ort<script>.pdf')).toBe('report_script_.pdf');
    expect(sanitiseFileName('.hidden')).toBe('hidden');
    expect(sanitiseFileName('')).toBe('evidence');
    expect(sanitiseFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(150);
  });
});
