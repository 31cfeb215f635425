import { ApiProperty } from '@nestjs/swagger';
import { FRAMEWORK_LIMITS } from '@pies/framework';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class ImportFrameworkDto {
  @ApiProperty({
    description: 'The framework file (YAML or JSON text), as in templates/frameworks/.',
    maxLength: FRAMEWORK_LIMITS.documentChars,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FRAMEWORK_LIMITS.documentChars)
  yaml!: string;
}

export class FrameworkParams {
  @ApiProperty({ example: 'online-safeguarding-pies' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'frameworkId must be kebab-case' })
  @MaxLength(100)
  frameworkId!: string;
}

export class FrameworkVersionParams extends FrameworkParams {
  @ApiProperty({ example: '2026.1' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, {
    message: 'version must be letters, digits, dots, plus or minus',
  })
  @MaxLength(50)
  version!: string;
}

export class DiffQuery {
  @ApiProperty({ example: '2026.1' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, { message: 'from must be a version' })
  @MaxLength(50)
  from!: string;

  @ApiProperty({ example: '2027.1' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, { message: 'to must be a version' })
  @MaxLength(50)
  to!: string;
}

export class FrameworkVersionSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  frameworkId!: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: "The partnership whose own framework it is; null for the platform's.",
  })
  ownerPartnershipId!: string | null;

  @ApiProperty()
  version!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  publisher!: string;

  @ApiProperty()
  contentHash!: string;

  @ApiProperty()
  indicatorCount!: number;

  @ApiProperty()
  importedAt!: Date;
}

export class FrameworkSummaryDto {
  @ApiProperty()
  frameworkId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  ownerPartnershipId!: string | null;

  @ApiProperty({ description: 'Title of the newest version.' })
  title!: string;

  @ApiProperty({ type: [FrameworkVersionSummaryDto], description: 'Newest first.' })
  versions!: FrameworkVersionSummaryDto[];
}

export class FrameworkVersionDto extends FrameworkVersionSummaryDto {
  @ApiProperty({
    description: 'The framework: scale, scoring rule and the area > standard > indicator tree.',
  })
  definition!: Record<string, unknown>;
}

export class ImportResultDto extends FrameworkVersionSummaryDto {
  @ApiProperty({
    description: 'False when this exact content was already imported (nothing changed).',
  })
  created!: boolean;
}

class IndicatorSummaryDto {
  @ApiProperty()
  code!: string;
  @ApiProperty()
  areaCode!: string;
  @ApiProperty()
  standardCode!: string;
  @ApiProperty()
  statement!: string;
}

class ChangedIndicatorDto {
  @ApiProperty()
  code!: string;
  @ApiProperty({ type: [String] })
  fields!: string[];
}

export class FrameworkDiffDto {
  @ApiProperty()
  from!: string;
  @ApiProperty()
  to!: string;
  @ApiProperty({ type: [IndicatorSummaryDto] })
  added!: IndicatorSummaryDto[];
  @ApiProperty({ type: [IndicatorSummaryDto] })
  removed!: IndicatorSummaryDto[];
  @ApiProperty({ type: [ChangedIndicatorDto] })
  changed!: ChangedIndicatorDto[];
}
