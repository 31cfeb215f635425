import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { queryRow, run } from '../database/typed-query';

/** Bytes per row of `job_result_chunks`: big enough for few round trips, small to hold. */
export const RESULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** Bytes of a chunk read per query (see `read`). */
export const RESULT_READ_BYTES = 1024 * 1024;

/**
 * A job's result, stored and read back a chunk at a time. The worker writes through a
 * `Writable` that inserts each chunk as it fills and accepts no more bytes until the insert is
 * in (so a fast producer waits for the database); a download reads one chunk per query. Neither
 * holds more than a chunk or two, whatever the size of the result.
 */
@Injectable()
export class JobResults {
  /** Bytes per chunk; a test lowers it to see a result span many chunks. */
  chunkBytes = RESULT_CHUNK_BYTES;
  /** Bytes read per query when a result is read back. */
  readBytes = RESULT_READ_BYTES;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Removes the chunks of one attempt at the job (it failed, or lost its claim). */
  async clear(jobId: string, attempt: number): Promise<void> {
    await run(this.db, 'DELETE FROM job_result_chunks WHERE job_id = $1 AND attempt = $2', [
      jobId,
      attempt,
    ]);
  }

  /** Removes what earlier attempts at the job left (their workers stopped or were replaced). */
  async clearBefore(jobId: string, attempt: number): Promise<void> {
    await run(this.db, 'DELETE FROM job_result_chunks WHERE job_id = $1 AND attempt < $2', [
      jobId,
      attempt,
    ]);
  }

  /** A stream that stores what is written to it as the attempt's chunks; `bytes` counts them. */
  writer(jobId: string, attempt: number): Writable & { readonly bytes: number } {
    const size = this.chunkBytes;
    const insert = (seq: number, data: Buffer) =>
      run(
        this.db,
        'INSERT INTO job_result_chunks (job_id, attempt, seq, data) VALUES ($1, $2, $3, $4)',
        [jobId, attempt, seq, data],
      );
    let buf = Buffer.allocUnsafe(size);
    let used = 0;
    let seq = 0;
    let bytes = 0;
    // The insert in flight, if any: destroying the stream waits for it, so once the stream has
    // closed no chunk can still arrive (and undo a `clear`).
    let pending: Promise<unknown> = Promise.resolve();
    const track = (work: () => Promise<void>, done: (err?: Error | null) => void) => {
      pending = work().then(
        () => done(),
        (err: Error) => done(err),
      );
    };
    const stream = new Writable({
      write(data: Buffer, _encoding, done) {
        track(async () => {
          let at = 0;
          while (at < data.length) {
            const n = data.copy(buf, used, at);
            used += n;
            at += n;
            bytes += n;
            if (used === size) {
              await insert(seq++, buf);
              buf = Buffer.allocUnsafe(size);
              used = 0;
            }
          }
        }, done);
      },
      final(done) {
        track(async () => {
          if (used > 0 || seq === 0) await insert(seq++, buf.subarray(0, used));
        }, done);
      },
      destroy(err, done) {
        void pending.finally(() => done(err));
      },
    });
    return Object.defineProperty(stream, 'bytes', { get: () => bytes }) as Writable & {
      readonly bytes: number;
    };
  }

  /**
   * The result of the job's attempt in order, a slice of each chunk per query; stops when the consumer does
   * (a client that disconnects destroys the stream, which returns this generator). The driver
   * reads a `bytea` as hex text, so a query for a whole 4 MB chunk makes several times that in
   * short-lived buffers and strings; 1 MB slices make a quarter of it, and as chunks are stored
   * uncompressed out of line, PostgreSQL reads only the slice asked for. Fails if the
   * chunks do not add up to `size`, so a damaged result is never served as a whole one.
   */
  async *read(jobId: string, attempt: number, size: number): AsyncGenerator<Buffer> {
    let sent = 0;
    for (let seq = 0; ; seq++) {
      let at = 0;
      let length = 0;
      do {
        const row = await queryRow<{ length: number; data: Buffer }>(
          this.db,
          `SELECT length(data) AS length, substring(data FROM $3 FOR $4) AS data
             FROM job_result_chunks WHERE job_id = $1 AND attempt = $5 AND seq = $2`,
          [jobId, seq, at + 1, this.readBytes, attempt],
        );
        if (!row) {
          if (sent !== size) throw new Error(`job ${jobId}: ${sent} bytes stored, not ${size}`);
          return;
        }
        length = row.length;
        at += row.data.length;
        sent += row.data.length;
        if (row.data.length) yield row.data;
      } while (at < length);
    }
  }
}
