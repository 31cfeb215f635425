import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRow } from '../database/typed-query';

/** Bytes of a part read per query (see `read`). */
export const RESULT_READ_BYTES = 1024 * 1024;

/** A finished job's result, read back from its parts a slice at a time. */
@Injectable()
export class JobResults {
  /** Bytes read per query; a test lowers it. */
  readBytes = RESULT_READ_BYTES;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The job's parts in order, a slice of each per query; stops when the consumer does (a client
   * that disconnects destroys the stream, which returns this generator). The driver reads a
   * `bytea` as hex text, so slices keep the short-lived strings small, and as parts are stored
   * uncompressed out of line, PostgreSQL reads only the slice asked for. Fails if the parts do
   * not add up to `size`, so a damaged result is never served as a whole one.
   */
  async *read(jobId: string, size: number): AsyncGenerator<Buffer> {
    let sent = 0;
    for (let seq = 0; ; seq++) {
      let at = 0;
      let length = 0;
      do {
        const row = await queryRow<{ length: number; data: Buffer }>(
          this.db,
          `SELECT length(data) AS length, substring(data FROM $3 FOR $4) AS data
             FROM job_parts WHERE job_id = $1 AND seq = $2 AND data IS NOT NULL`,
          [jobId, seq, at + 1, this.readBytes],
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
