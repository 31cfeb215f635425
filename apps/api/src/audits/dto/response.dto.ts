import { IndicatorCodeField, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AuditProblemCode } from '../audits.errors';
import { Trim } from '../../common/dto/trim';
import { AuditParams } from './audit.dto';

export class ResponseParams extends AuditParams {
  @IndicatorCodeField({ example: 'P1.1' })
  indicatorCode!: string;
}

export class SaveResponseDto {
  @ApiProperty({
    description: 'The version the client last saw: 0 for an indicator not answered yet.',
  })
  @IsInt({ message: 'version must be a whole number' })
  @Min(0)
  version!: number;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: "A level of the framework's scale; null clears it.",
  })
  @ValidateIf((o: SaveResponseDto) => o.level !== undefined && o.level !== null)
  @IsInt({ message: 'level must be a whole number' })
  level?: number | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  notApplicable?: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 5000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  notApplicableReason?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  commentary?: string | null;
}

export class AssignmentInput {
  @UuidField()
  userId!: string;

  @ApiPropertyOptional({
    example: 'I',
    description: 'A whole PIES area; give this or indicatorCode.',
  })
  @ValidateIf((o: AssignmentInput) => o.indicatorCode === undefined || o.areaCode !== undefined)
  @Matches(/^[A-Z]$/, { message: 'areaCode must be one capital letter (or give indicatorCode)' })
  @ValidateBy({
    name: AuditProblemCode.areaOrIndicator,
    validator: {
      validate: (_value, args) => (args?.object as AssignmentInput).indicatorCode === undefined,
      defaultMessage: () => 'give areaCode or indicatorCode, not both',
    },
  })
  areaCode?: string;

  @ApiPropertyOptional({ example: 'I1.2' })
  @ValidateIf((o: AssignmentInput) => o.areaCode === undefined || o.indicatorCode !== undefined)
  @Matches(/^[A-Z][0-9]+\.[0-9]+$/, {
    message: 'indicatorCode must look like P1.3 (or give areaCode)',
  })
  indicatorCode?: string;
}

export class SaveAssignmentsDto {
  @ApiProperty({
    type: [AssignmentInput],
    description: 'The whole set: it replaces the current assignments.',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssignmentInput)
  assignments!: AssignmentInput[];
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() userName!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) areaCode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description:
      'When this person said their part is done (null: not said, or their share has changed since).',
  })
  partDoneAt!: Date | null;
}

export class PartDoneDto {
  @ApiProperty({ format: 'date-time', description: 'When the contributor said it.' })
  doneAt!: string;
  @ApiProperty({ description: 'True when they had already said so: nothing changed, no one told.' })
  alreadyDone!: boolean;
}
