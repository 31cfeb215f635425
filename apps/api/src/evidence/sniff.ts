/**
 * Decides an uploaded file's type from its content (never from the name or the client's
 * Content-Type) against an allow-list, and checks the name's extension agrees.
 */
export interface SniffedType {
  mediaType: string;
  label: string;
  extensions: string[];
}

const T = (mediaType: string, label: string, ...extensions: string[]): SniffedType => ({
  mediaType,
  label,
  extensions,
});
const PDF = T('application/pdf', 'a PDF document', 'pdf');
const PNG = T('image/png', 'a PNG image', 'png');
const JPEG = T('image/jpeg', 'a JPEG image', 'jpg', 'jpeg');
const GIF = T('image/gif', 'a GIF image', 'gif');
const WEBP = T('image/webp', 'a WebP image', 'webp');
const DOCX = T(
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'a Word document',
  'docx',
);
const XLSX = T(
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'an Excel workbook',
  'xlsx',
);
const PPTX = T(
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'a PowerPoint presentation',
  'pptx',
);
const ODT = T('application/vnd.oasis.opendocument.text', 'an OpenDocument text', 'odt');
const ODS = T(
  'application/vnd.oasis.opendocument.spreadsheet',
  'an OpenDocument spreadsheet',
  'ods',
);
const ODP = T(
  'application/vnd.oasis.opendocument.presentation',
  'an OpenDocument presentation',
  'odp',
);
const LEGACY_OFFICE = T('application/x-cfb', 'a legacy Office document', 'doc', 'xls', 'ppt');
const TEXT = T('text/plain', 'plain text', 'txt', 'csv', 'md');

const LEGACY_TYPES: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const startsWith = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, s: string, at = 0) =>
  b.subarray(at, at + s.length).toString('latin1') === s;

function sniffZip(b: Buffer): SniffedType | null {
  // The first entry of an OpenDocument file is "mimetype", stored, holding the type.
  if (ascii(b, 'mimetype', 30)) {
    const head = b.subarray(38, 38 + 80).toString('latin1');
    if (head.startsWith(ODT.mediaType)) return ODT;
    if (head.startsWith(ODS.mediaType)) return ODS;
    if (head.startsWith(ODP.mediaType)) return ODP;
  }
  const names = b.toString('latin1');
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/')) return DOCX;
  if (names.includes('xl/')) return XLSX;
  if (names.includes('ppt/')) return PPTX;
  return null;
}

function isText(b: Buffer): boolean {
  const sample = b.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  try {
    // A sample cut mid-character is still text: streaming leaves an incomplete end undecoded.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: sample.length < b.length });
    return true;
  } catch {
    return false;
  }
}

export function sniff(content: Buffer): SniffedType | null {
  if (content.length === 0) return null;
  if (ascii(content, '%PDF-')) return PDF;
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(content, [0xff, 0xd8, 0xff])) return JPEG;
  if (ascii(content, 'GIF87a') || ascii(content, 'GIF89a')) return GIF;
  if (ascii(content, 'RIFF') && ascii(content, 'WEBP', 8)) return WEBP;
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(content);
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return LEGACY_OFFICE;
  // Markup is text, but not evidence we will serve back: HTML and SVG can carry script.
  const head = content.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  if (['<!doctype', '<html', '<svg', '<?xml'].some((tag) => head.startsWith(tag))) return null;
  if (isText(content)) return TEXT;
  return null;
}

/** A safe file name: no path, no control or odd characters, at most 150 characters. */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[^A-Za-z0-9 ._()\-]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot) : '';
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 150 - ext.length);
  return (stem || 'evidence') + ext.slice(0, 10);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The type to store and serve: legacy Office files get their specific type from the extension. */
export function storedMediaType(type: SniffedType, fileName: string): string {
  return type === LEGACY_OFFICE
    ? (LEGACY_TYPES[extensionOf(fileName)] ?? type.mediaType)
    : type.mediaType;
}
