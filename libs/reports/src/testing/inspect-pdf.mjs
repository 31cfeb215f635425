// Reads a PDF from stdin with pdf.js (legacy build) and prints what the report tests check,
// as JSON. Run by inspect-pdf.ts in a child process: pdfjs-dist is an ES module, which Jest's
// CommonJS sandbox cannot load before Node 24.9.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const bodyMargins = JSON.parse(process.argv[2] ?? '{"top":0,"bottom":0}');

const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
  .promise;
const metadata = await doc.getMetadata();
const markInfo = await doc.getMarkInfo();

const flatten = (items, depth = 0) =>
  (items ?? []).flatMap((item) => [
    { title: item.title, depth },
    ...flatten(item.items, depth + 1),
  ]);

const pages = [];
let structTree = false;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const height = page.view[3];
  const content = await page.getTextContent();
  const all = [];
  const body = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const text = item.str + (item.hasEOL ? '\n' : '');
    all.push(text);
    const y = item.transform[5];
    if (y > bodyMargins.bottom && y < height - bodyMargins.top) body.push(text);
  }
  pages.push({ text: all.join(''), body: body.join('') });
  if (n === 1) structTree = (await page.getStructTree()) !== null;
}

process.stdout.write(
  JSON.stringify({
    pageCount: doc.numPages,
    title: metadata.info?.Title ?? null,
    language: metadata.info?.Language ?? null,
    marked: markInfo?.Marked === true,
    structTree,
    outline: flatten(await doc.getOutline()),
    pages,
  }),
);
