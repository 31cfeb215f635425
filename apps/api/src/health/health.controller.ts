import { Controller, Get, Inject } from '@nestjs/common';
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
import { AppConfig } from '../config/app-config';
import { ServiceUnavailableError } from '../common/errors/domain-errors';
import { APP_VERSION } from '../web/workspace-root';
import { CommonErrorCode } from '../common/errors/common.errors';
import { run } from '../database/typed-query';

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

  @ApiProperty({
    description:
      'Mail is kept in the app rather than sent (no SMTP_URL, outside production): the Sent mail pages exist.',
  })
  mailKeptLocally!: boolean;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database status.' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async health(): Promise<HealthDto> {
    const start = performance.now();
    try {
      await Promise.race([
        run(this.db, 'SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch {
      throw new ServiceUnavailableError(
        CommonErrorCode.SERVICE_UNAVAILABLE,
        'database is not answering',
        { database: 'down' },
      );
    }
    return {
      status: 'ok',
      database: 'up',
      databaseMs: Math.round((performance.now() - start) * 100) / 100,
      uptimeSeconds: Math.round(process.uptime()),
      version: APP_VERSION,
      mailKeptLocally: this.config.mailKeptLocally,
    };
  }
}
