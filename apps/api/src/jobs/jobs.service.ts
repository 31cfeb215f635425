import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { CommonErrorCode } from '../common/errors/common.errors';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { queryRow } from '../database/typed-query';
import type { Job } from './entities/job.entity';
import type { JobDto } from './jobs.controller';
import { JobResults } from './job-results';
import { JobErrorCode } from './jobs.errors';

const SELECT = `SELECT id, kind, status, done, total, error, created_at AS "createdAt", updated_at AS "updatedAt",
  CASE WHEN status = 'done' THEN
    CASE kind WHEN 'partnership-export' THEN '/api/partnership-exports/' ELSE '/api/jobs/' END || id || '/download'
  END AS "downloadUrl" FROM jobs`;

/** Jobs as users see them: status, progress and the result once done. */
@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: JobResults,
  ) {}

  async get(id: string): Promise<JobDto> {
    const row = await queryRow<JobDto>(this.db, `${SELECT} WHERE id = $1`, [id]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'job');
    return row;
  }

  /** A finished job's result as a stream read from the database a slice at a time. */
  async download(id: string): Promise<{ name: string; size: number; content: Readable }> {
    const row = await queryRow<{ status: Job['status']; result_name: string; result_size: string }>(
      this.db,
      'SELECT status, result_name, result_size FROM jobs WHERE id = $1',
      [id],
    );
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'job');
    if (row.status !== 'done')
      throw new ConflictError(
        JobErrorCode.JOB_NOT_DONE,
        `the job is ${row.status}; download it when it is done`,
        { status: row.status },
      );
    const size = Number(row.result_size);
    return {
      name: row.result_name,
      size,
      content: Readable.from(this.results.read(id, size), { objectMode: false }),
    };
  }
}
