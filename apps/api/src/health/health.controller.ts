import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/access/access.decorators';
import { ServiceUnavailableError } from '../common/errors/domain-errors';

export class HealthDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ enum: ['up'] })
  database!: 'up';

  @ApiProperty({ description: 'Database round trip in milliseconds.' })
  databaseMs!: number;

  @ApiProperty({ description: 'Seconds since the process started.' })
  uptimeSeconds!: number;

  @ApiProperty()
  version!: string;
}

/** The version in the workspace package.json, found from here in source and in dist/. */
const VERSION: string = (() => {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'pies-audit') return pkg.version ?? 'unknown';
    } catch {
      // keep looking upwards
    }
  }
  return 'unknown';
})();

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database status.' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async health(): Promise<HealthDto> {
    const start = performance.now();
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch {
      throw new ServiceUnavailableError('database is not answering', { database: 'down' });
    }
    return {
      status: 'ok',
      database: 'up',
      databaseMs: Math.round((performance.now() - start) * 100) / 100,
      uptimeSeconds: Math.round(process.uptime()),
      version: VERSION,
    };
  }
}
