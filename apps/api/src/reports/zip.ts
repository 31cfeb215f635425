import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);
const LOCAL = 30;
const CENTRAL = 46;
const UTF8_NAMES = 0x0800;

/** Date and time as a ZIP header stores them (MS-DOS format, local fields of `at`). */
function dosTime(at: Date): [time: number, date: number] {
  return [
    (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  ];
}

/**
 * One file of a ZIP archive as its local header and deflated bytes, built on its own: the
 * archive is these entries in order, then `zipDirectory` of them. Deflate level 1: Chromium's
 * PDFs shrink by about a third, and level 6 gains a few per cent more for several times the CPU.
 */
export async function zipEntry(name: string, content: Buffer, at: Date): Promise<Buffer> {
  const packed = await deflate(content, { level: 1 });
  const fileName = Buffer.from(name, 'utf8');
  const head = Buffer.alloc(LOCAL);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(UTF8_NAMES, 6);
  head.writeUInt16LE(8, 8);
  const [time, date] = dosTime(at);
  head.writeUInt16LE(time, 10);
  head.writeUInt16LE(date, 12);
  head.writeUInt32LE(crc32(content), 14);
  head.writeUInt32LE(packed.length, 18);
  head.writeUInt32LE(content.length, 22);
  head.writeUInt16LE(fileName.length, 26);
  return Buffer.concat([head, fileName, packed]);
}

/**
 * The central directory that ends an archive of `entries` (each entry's first bytes, its
 * local header and name, and its whole length), in the order they are stored. No ZIP64: an
 * archive past 4 GB or 65,535 files is refused.
 */
export function zipDirectory(entries: { head: Buffer; length: number }[]): Buffer {
  const records: Buffer[] = [];
  let offset = 0;
  for (const { head, length } of entries) {
    if (offset + length > 0xffffffff || entries.length > 0xffff)
      throw new Error('the archive is too large for a ZIP without ZIP64');
    const nameLength = head.readUInt16LE(26);
    const record = Buffer.alloc(CENTRAL + nameLength);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    head.copy(record, 6, 4, LOCAL); // version needed .. extra length: the same fields
    record.writeUInt32LE(offset, 42);
    head.copy(record, CENTRAL, LOCAL, LOCAL + nameLength);
    records.push(record);
    offset += length;
  }
  const size = records.reduce((n, r) => n + r.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, end]);
}
