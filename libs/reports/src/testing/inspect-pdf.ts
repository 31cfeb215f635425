import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface PdfInspection {
  pageCount: number;
  /** The document information dictionary's Title. */
  title: string | null;
  /** The catalog's /Lang, as pdf.js reports it. */
  language: string | null;
  /** /MarkInfo << /Marked true >>: a tagged PDF. */
  marked: boolean;
  /** The first page has a structure tree (StructTreeRoot). */
  structTree: boolean;
  /** Bookmarks in order, with their nesting depth (0 = top level). */
  outline: { title: string; depth: number }[];
  /** Per page: all text, and the text between the running header and footer. */
  pages: { text: string; body: string }[];
}

/** Points from the page edge to where the running header and footer end (19 mm and 17 mm). */
export const RUNNING_TEXT_MARGINS = { top: 19 * 2.8346, bottom: 17 * 2.8346 };

/**
 * Text with all runs of whitespace made single spaces, for contains-checks across line
 * breaks; a word broken after its hyphen at the end of a line ("multi-\nagency") is joined.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/(\w)-\n(?=\w)/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** All of a PDF's text, page after page, normalised (`normaliseText`). */
export function allText(pdf: PdfInspection): string {
  return normaliseText(pdf.pages.map((p) => p.text).join('\n'));
}

/** Everything tests need to know about a PDF, read by pdf.js in a child Node process. */
export function inspectPdf(pdf: Buffer): Promise<PdfInspection> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'inspect-pdf.mjs'), JSON.stringify(RUNNING_TEXT_MARGINS)],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`inspect-pdf failed (${code}): ${Buffer.concat(err).toString()}`));
        return;
      }
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as PdfInspection);
    });
    child.stdin.end(pdf);
  });
}
