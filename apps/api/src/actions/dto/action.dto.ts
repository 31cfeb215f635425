import { IndicatorCodeField, RequiredText, OptionalText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import { IsIn, IsOptional } from 'class-validator';
import { DateOnly } from '../../common/dto/formats';
import { OptionalNotNull } from '../../common/dto/trim';

export class CreateActionDto {
  @IndicatorCodeField(
    {
      example: 'I1.3',
      nullable: true,
      type: String,
      description: 'Leave out for an action on the audit as a whole.',
    },
    true,
  )
  indicatorCode?: string | null;

  @RequiredText(2000, {
    example: 'Test the filtering against the categories in the DfE standards each term.',
  })
  description!: string;

  @RequiredText(200, { example: 'Network manager' })
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
  @OptionalText(2000)
  description?: string;

  @OptionalText(200)
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
  @UuidField()
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
