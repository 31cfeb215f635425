import type { DemoCalendar } from './demo-calendar';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { oneRow, run } from '../database/typed-query';
import type { SnapshotEvidence } from '../audits/audit-workflow.service';
import type { SeedOrganisation } from './demo-audits.seeder';

/**
 * An item of an agency's demo evidence library: a small document (a one-page PDF, a CSV) or a
 * link to its intranet, and the indicator it is evidence for. `id` is set once it is stored.
 */
export interface DemoEvidence {
  id?: string;
  indicatorCode: string;
  kind: 'file' | 'link';
  fileName: string;
  url: string | null;
  mediaType: string | null;
  content: Buffer | null;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** PDF string literal escaping: backslash and parentheses. */
const pdfText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * A valid one-page PDF (A4, Helvetica) with a title and lines of text: enough for a viewer to
 * open and for the library to show a real file, without shipping binary fixtures.
 */
export function demoPdf(title: string, lines: readonly string[]): Buffer {
  const text = [
    'BT /F1 18 Tf 56 770 Td',
    `(${pdfText(title)}) Tj`,
    '/F1 11 Tf 0 -30 Td 15 TL',
    ...lines.map((l) => `(${pdfText(l)}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The library an agency built in its 2023-25 audit: its online safety policy (a PDF, P1.1), the
 * filtering and monitoring review on its intranet (a link, I1.4) and a staff training record (a
 * CSV, E2.1; its dates from the demo calendar). Each later audit attaches the same items, as
 * carry-forward does.
 */
export function demoLibrary(org: SeedOrganisation, cal: DemoCalendar): DemoEvidence[] {
  const site = `https://intranet.${slug(org.name)}.demo.test`;
  const csv = [
    'name,role,course,completed_on',
    `A. Patel,Designated safeguarding lead,Online safety update,${cal.date('2024-09-12')}`,
    `J. Morris,Staff member,Online safety induction,${cal.date('2024-09-19')}`,
    `R. Hughes,Volunteer,Online safety induction,${cal.date('2024-10-03')}`,
    `S. Okoro,Staff member,Online safety update,${cal.date('2025-01-22')}`,
  ].join('\n');
  return [
    {
      indicatorCode: 'P1.1',
      kind: 'file',
      fileName: 'Online safety policy.pdf',
      url: null,
      mediaType: 'application/pdf',
      content: demoPdf(`${org.name}: online safety policy`, [
        'Demonstration document: every organisation and person in it is fictional.',
        '1. Purpose and scope',
        '2. Roles: the designated safeguarding lead and the online safety lead',
        '3. Filtering and monitoring',
        '4. Reporting and responding to online safeguarding concerns',
        '5. Review: yearly, and after any serious incident',
      ]),
    },
    {
      indicatorCode: 'I1.4',
      kind: 'link',
      fileName: 'Filtering and monitoring review',
      url: `${site}/safeguarding/filtering-and-monitoring-review`,
      mediaType: null,
      content: null,
    },
    {
      indicatorCode: 'E2.1',
      kind: 'file',
      fileName: 'Online safety training record.csv',
      url: null,
      mediaType: 'text/plain',
      content: Buffer.from(`${csv}\n`, 'utf8'),
    },
  ];
}

/**
 * Attaches the library's items to an audit's indicators, storing each item the first time (with
 * this audit as where it was added). `stillCurrentAsked`: carried into an audit whose agency has
 * not yet said the item still holds. Returns the attachments as its submission would list them.
 */
export async function attachDemoEvidence(
  tx: EntityManager,
  auditId: string,
  org: SeedOrganisation,
  items: DemoEvidence[],
  actorId: string | null,
  at: string,
  stillCurrentAsked: boolean,
): Promise<SnapshotEvidence[]> {
  const listed: SnapshotEvidence[] = [];
  for (const item of items) {
    const hash = item.content ? sha256(item.content) : null;
    item.id ??= (
      await oneRow<{ id: string }>(
        tx,
        `INSERT INTO evidence_files (kind, audit_id, indicator_code, organisation_id, file_name, url, media_type,
                                     size_bytes, sha256, content, uploaded_by_id, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          item.kind,
          auditId,
          item.indicatorCode,
          org.id,
          item.fileName,
          item.url,
          item.mediaType,
          item.content?.length ?? null,
          hash,
          item.content,
          actorId,
          at,
        ],
      )
    ).id;
    await run(
      tx,
      `INSERT INTO evidence_attachments (evidence_id, audit_id, indicator_code, still_current_asked, attached_by_id, attached_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [item.id, auditId, item.indicatorCode, stillCurrentAsked, actorId, at],
    );
    listed.push({
      id: item.id,
      indicatorCode: item.indicatorCode,
      kind: item.kind,
      fileName: item.fileName,
      url: item.url,
      mediaType: item.mediaType,
      sizeBytes: item.content?.length ?? null,
      sha256: hash,
    });
  }
  return listed;
}
