import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/access/actor';
import { logger } from '../common/logging/logger';
import { schemaVersion } from '../database/backup';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import type { JobKind } from '../jobs/entities/job.entity';
import { JobQueue } from '../jobs/job-queue';
import { JobTurns, type TurnJob, UNFINISHED } from '../jobs/job-turns';
import { zipDirectory, zipEntry } from '../reports/zip';
import { COUNT_SQL, EVIDENCE_FILES, EXPORT_TABLES, pageSql } from './export-tables';
import { Clock } from '../clock/clock';

export const PARTNERSHIP_EXPORT_QUEUE = 'partnership-export' satisfies JobKind;
export const EXPORT_FORMAT = 'pies-audit-partnership-export';
/**
 * Raised when the format changes in a way a reader of the last version would misread: 2 since
 * links moved from `responses.evidence_links` into `evidence_files` (kind `link`).
 */
export const EXPORT_FORMAT_VERSION = 2;
/** Where the evidence files come in the order of sources, after every table. */
const EVIDENCE = EXPORT_TABLES.length;

/** What a part holds and where the next one starts (job_parts.meta). */
interface PartMeta {
  /** Its source: a table's index in EXPORT_TABLES, or EVIDENCE. */
  source: number;
  /** Its number among its source's parts, from 1. */
  page: number;
  /** Rows of a table's page; 1 for an evidence file. */
  rows: number;
  bytes: number;
  sha256: string;
  /** The key of its last row (its evidence file's id): the next page starts after it. */
  after: string[] | null;
  /** Whether its source may have more (a full page, or an evidence file). */
  more: boolean;
}

/** One file of the archive as the manifest lists it. */
interface ManifestFile {
  path: string;
  table?: string;
  rows?: number;
  bytes: number;
  sha256: string;
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A partnership's export, one ZIP of its rows as JSON lines and its evidence files
 * (docs/export-format.md), built by short idempotent steps on the job queue like report packs
 * (../jobs/README.md): each step reads one page of one table, or one evidence file, and stores
 * it as a ZIP entry in `job_parts`, so memory stays flat and a dead process loses one page.
 */
@Injectable()
export class PartnershipExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly turns: JobTurns,
    private readonly clock: Clock,
  ) {}

  /** The partnership's unfinished export, or a new one; its turn is queued. Returns its id. */
  async start(actor: Actor, partnershipId: string): Promise<string> {
    return this.db.transaction(async (tx) => {
      await run(tx, 'SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `partnership-export:${partnershipId}`,
      ]);
      let job = await queryRow<{ id: string }>(
        tx,
        `SELECT id FROM jobs WHERE kind = $1 AND partnership_id = $2 AND ${UNFINISHED}`,
        [PARTNERSHIP_EXPORT_QUEUE, partnershipId],
      );
      if (!job) {
        const { n } = await oneRow<{ n: number }>(tx, COUNT_SQL, [partnershipId]);
        job = await oneRow<{ id: string }>(
          tx,
          `INSERT INTO jobs (kind, partnership_id, requested_by_id, total) VALUES ($1, $2, $3, $4) RETURNING id`,
          [PARTNERSHIP_EXPORT_QUEUE, partnershipId, actor.userId, n],
        );
      }
      await this.queue.send(PARTNERSHIP_EXPORT_QUEUE, { partnershipId }, partnershipId, tx);
      return job.id;
    });
  }

  /** Queues a turn for every partnership with an unfinished export (at start: none is lost). */
  resume(): Promise<void> {
    return this.turns.resume(PARTNERSHIP_EXPORT_QUEUE);
  }

  /** One turn of a partnership: the next part of its unfinished export. */
  step(data: object, job: { retryCount: number }): Promise<void> {
    const { partnershipId } = data as { partnershipId: string };
    return this.turns.turn(
      PARTNERSHIP_EXPORT_QUEUE,
      data,
      job,
      (exp) => this.nextPart(exp, partnershipId),
      'the export could not be built; try again, and tell the administrator if it fails again',
    );
  }

  /**
   * Writes the part after the last one written: the next page of the table being read, else
   * the first of the next source; after the last, the manifest and the ZIP's directory.
   */
  private async nextPart(job: TurnJob, partnershipId: string): Promise<void> {
    const last = await queryRow<{ seq: number; meta: PartMeta }>(
      this.db,
      'SELECT seq, meta FROM job_parts WHERE job_id = $1 ORDER BY seq DESC LIMIT 1',
      [job.id],
    );
    const seq = last ? last.seq + 1 : 0;
    let source = 0;
    let page = 0;
    let after: string[] | null = null;
    if (last?.meta.more) ({ source, page, after } = last.meta);
    else if (last) source = last.meta.source + 1;
    for (; source < EVIDENCE; source++, page = 0, after = null) {
      const table = EXPORT_TABLES[source];
      const rows = await queryRows<{ line: string; key: string[] }>(
        this.db,
        pageSql(table, after !== null),
        after ? [partnershipId, after] : [partnershipId],
      );
      // Every table has a file, empty if it has no rows.
      if (!rows.length && page > 0) continue;
      const content = Buffer.from(rows.map((r) => `${r.line}\n`).join(''), 'utf8');
      const name = `tables/${table.table}/${String(page + 1).padStart(5, '0')}.jsonl`;
      return this.write(job.id, seq, name, content, {
        source,
        page: page + 1,
        rows: rows.length,
        after: rows.at(-1)?.key ?? null,
        more: rows.length === table.pageRows,
      });
    }
    if (source === EVIDENCE) {
      const file = await queryRow<{ id: string; path: string; content: Buffer }>(
        this.db,
        EVIDENCE_FILES,
        [partnershipId, after?.[0] ?? null],
      );
      if (file)
        return this.write(job.id, seq, file.path, file.content, {
          source,
          page: page + 1,
          rows: 1,
          after: [file.id],
          more: true,
        });
    }
    await this.finish(job.id, seq, partnershipId);
  }

  /** Stores a part once (a step run again changes nothing) and counts its rows as done. */
  private async write(
    jobId: string,
    seq: number,
    name: string,
    content: Buffer,
    meta: Omit<PartMeta, 'bytes' | 'sha256'>,
  ): Promise<void> {
    logger.info({ jobId, part: seq, name }, 'export step');
    const full: PartMeta = { ...meta, bytes: content.length, sha256: sha256(content) };
    await run(
      this.db,
      `WITH part AS (INSERT INTO job_parts (job_id, seq, name, data, meta) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT DO NOTHING RETURNING 1)
       UPDATE jobs SET done = done + $6 * (SELECT count(*) FROM part), updated_at = $7 WHERE id = $1`,
      [
        jobId,
        seq,
        name,
        await zipEntry(name, content, this.clock.now()),
        full,
        meta.rows,
        this.clock.now(),
      ],
    );
  }

  /** The manifest, the ZIP's directory, and the job done, in one transaction. */
  private async finish(jobId: string, seq: number, partnershipId: string): Promise<void> {
    logger.info({ jobId }, 'export step: the manifest and the ZIP directory');
    const parts = await queryRows<{ name: string; meta: PartMeta; head: Buffer; length: number }>(
      this.db,
      `SELECT name, meta, substring(data FROM 1 FOR 30 + octet_length(name)) AS head, length(data) AS length
         FROM job_parts WHERE job_id = $1 ORDER BY seq`,
      [jobId],
    );
    const partnership = await oneRow<{ id: string; name: string }>(
      this.db,
      'SELECT id, name FROM partnerships WHERE id = $1',
      [partnershipId],
    );
    const started = await oneRow<{ at: Date }>(
      this.db,
      'SELECT created_at AS at FROM jobs WHERE id = $1',
      [jobId],
    );
    const files: ManifestFile[] = parts.map(({ name, meta }) =>
      meta.source === EVIDENCE
        ? { path: name, bytes: meta.bytes, sha256: meta.sha256 }
        : {
            path: name,
            table: EXPORT_TABLES[meta.source].table,
            rows: meta.rows,
            bytes: meta.bytes,
            sha256: meta.sha256,
          },
    );
    const counts: Record<string, number> = {};
    for (const t of EXPORT_TABLES) counts[t.table] = 0;
    for (const f of files) if (f.table) counts[f.table] += f.rows ?? 0;
    const exportedAt = this.clock.now();
    const manifest = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: await schemaVersion(this.db),
      partnership,
      startedAt: started.at.toISOString(),
      exportedAt: exportedAt.toISOString(),
      counts,
      evidenceFiles: files.filter((f) => !f.table).length,
      files,
    };
    const entry = await zipEntry(
      'manifest.json',
      Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'),
      exportedAt,
    );
    const directory = zipDirectory([
      ...parts,
      { head: entry.subarray(0, 30 + entry.readUInt16LE(26)), length: entry.length },
    ]);
    const date = exportedAt.toISOString().slice(0, 10);
    await this.db.transaction(async (tx) => {
      await run(
        tx,
        `INSERT INTO job_parts (job_id, seq, name, data) VALUES ($1, $2, 'manifest.json', $3), ($1, $2 + 1, NULL, $4)
         ON CONFLICT DO NOTHING`,
        [jobId, seq, entry, directory],
      );
      await run(
        tx,
        `UPDATE jobs SET status = 'done', total = done, result_name = $2, updated_at = $3,
                result_size = (SELECT sum(length(data)) FROM job_parts WHERE job_id = $1)
          WHERE id = $1 AND status = 'running'`,
        [jobId, `export-${slug(partnership.name).slice(0, 60)}-${date}.zip`, exportedAt],
      );
    });
  }
}
