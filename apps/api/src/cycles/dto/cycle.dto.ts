import { RequiredText, OptionalText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CYCLE_STATUSES, type CycleStatus } from '@pies/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DateOnly } from '../../common/dto/formats';
import { OptionalNotNull } from '../../common/dto/trim';

export class CreateCycleDto {
  @RequiredText(100, { example: '2025-27' })
  name!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The framework version audits in this cycle answer.',
  })
  @IsUUID('all', { message: 'frameworkVersionId must be a UUID' })
  frameworkVersionId!: string;

  @ApiProperty({ example: '2025-09-01', format: 'date' })
  @DateOnly()
  opensOn!: string;

  @ApiPropertyOptional({
    example: '2027-07-31',
    format: 'date',
    description: "Default: two years after the last cycle's due date, or after opensOn.",
  })
  @IsOptional()
  @DateOnly()
  dueOn?: string;

  @ApiPropertyOptional({
    enum: ['draft', 'scheduled', 'open'],
    default: 'draft',
    description:
      'scheduled: opens by itself on opensOn (at once if that day has come); open: opens now. Opening creates an audit for every member organisation.',
  })
  @IsOptional()
  @IsIn(['draft', 'scheduled', 'open'], { message: 'status must be draft, scheduled or open' })
  status?: 'draft' | 'scheduled' | 'open';
}

export class UpdateCycleDto {
  @OptionalText(100)
  name?: string;

  @ApiPropertyOptional({ format: 'date' })
  @OptionalNotNull()
  @DateOnly()
  opensOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @OptionalNotNull()
  @DateOnly()
  dueOn?: string;

  @ApiPropertyOptional({
    enum: CYCLE_STATUSES,
    description:
      'draft → scheduled (opens by itself on opensOn) or open (creates the audits now); scheduled → draft or open; open → closed; closed → open.',
  })
  @OptionalNotNull()
  @IsIn(CYCLE_STATUSES, { message: `status must be one of: ${CYCLE_STATUSES.join(', ')}` })
  status?: CycleStatus;
}

export class CycleParams {
  @UuidField()
  cycleId!: string;
}

/** Not AuditCountsDto: that name is the audits' (answered / total); one schema name, one shape. */
class CycleAuditCountsDto {
  @ApiProperty() not_started!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() returned!: number;
  @ApiProperty() accepted!: number;
}

export class OverlappingCycleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CycleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) frameworkVersionId!: string;
  @ApiProperty() frameworkId!: string;
  @ApiProperty() frameworkVersion!: string;
  @ApiProperty() frameworkTitle!: string;
  @ApiProperty({ format: 'date' }) opensOn!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: CYCLE_STATUSES }) status!: CycleStatus;
  @ApiProperty({ type: CycleAuditCountsDto, description: 'Audits in each state.' })
  audits!: CycleAuditCountsDto;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({
    type: [OverlappingCycleDto],
    description:
      'Other scheduled or open cycles of the partnership this live cycle overlaps (from before the overlap rule; none can be made now).',
  })
  overlapsWith!: OverlappingCycleDto[];
  @ApiProperty({
    description:
      'The opening date is today or past (London): scheduling opens it at once; opening it is not early.',
  })
  openingDayCame!: boolean;
  @ApiProperty({
    description: 'The due date is before today (London): the cycle "was due", not "is due".',
  })
  dueDatePassed!: boolean;
}
