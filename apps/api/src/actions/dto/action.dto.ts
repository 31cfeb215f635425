import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { DateOnly } from '../../common/dto/formats';
import { OptionalNotNull, Trim } from '../../common/dto/trim';

export class CreateActionDto {
  @ApiPropertyOptional({
    example: 'I1.3',
    nullable: true,
    type: String,
    description: 'Leave out for an action on the audit as a whole.',
  })
  @ValidateIf((o: CreateActionDto) => o.indicatorCode !== undefined && o.indicatorCode !== null)
  @Matches(/^[A-Z][0-9]+\.[0-9]+$/, { message: 'indicatorCode must look like P1.3' })
  indicatorCode?: string | null;

  @ApiProperty({
    example: 'Test the filtering against the categories in the DfE standards each term.',
    maxLength: 2000,
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description!: string;

  @ApiProperty({ example: 'Network manager', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  owner!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @DateOnly()
  dueOn?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: `status must be one of: ${ACTION_STATUSES.join(', ')}` })
  status?: ActionStatus;
}

export class UpdateActionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  owner?: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'null clears it.',
  })
  @IsOptional()
  @DateOnly()
  dueOn?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @OptionalNotNull()
  @IsIn(ACTION_STATUSES, { message: `status must be one of: ${ACTION_STATUSES.join(', ')}` })
  status?: ActionStatus;
}

export class ActionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId!: string;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ description: 'Past its due date and not done.' }) overdue!: boolean;
  @ApiProperty({ description: 'Carried over from the previous audit.' }) carriedOver!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
