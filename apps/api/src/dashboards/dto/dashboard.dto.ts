import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_STATUSES, type AuditStatus, SECTORS, type Sector } from '@pies/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

const COUNTED = ['submitted', 'returned', 'accepted'] as const;
const SORTS = [
  'name',
  'overall',
  'P',
  'I',
  'E',
  'S',
  'sector',
  'status',
  '-overall',
  '-P',
  '-I',
  '-E',
  '-S',
  '-name',
] as const;

export class DashboardQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the newest open cycle, else the newest.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'cycleId must be a UUID' })
  cycleId?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector?: Sector;

  @ApiPropertyOptional({
    enum: COUNTED,
    description: 'Count only audits in this state (default: all three board-visible states).',
  })
  @IsOptional()
  @IsIn(COUNTED, { message: `state must be one of: ${COUNTED.join(', ')}` })
  state?: (typeof COUNTED)[number];

  @ApiPropertyOptional({
    enum: SORTS,
    default: 'name',
    description: 'Heat map order; a leading - sorts descending.',
  })
  @IsOptional()
  @IsIn(SORTS, { message: `sort must be one of: ${SORTS.join(', ')}` })
  sort: (typeof SORTS)[number] = 'name';

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;
}

export class ScoreCellDto {
  @ApiPropertyOptional({ nullable: true, type: Number }) score!: number | null;
  @ApiPropertyOptional({ nullable: true, enum: ['red', 'amber', 'green'] }) rag!:
    'red' | 'amber' | 'green' | null;
}

export class AreaFigureDto extends ScoreCellDto {
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Same area in the previous cycle.',
  })
  previous!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) change!: number | null;
}

export class HeatMapRowDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ type: ScoreCellDto }) overall!: ScoreCellDto;
  @ApiProperty({ description: 'Area code → score and RAG.' }) areas!: Record<string, ScoreCellDto>;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Overall score in the previous cycle.',
  })
  previousOverall!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) change!: number | null;
}
