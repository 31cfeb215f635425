import { RequiredText, OptionalText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMPLIANCE_STATUSES, type ComplianceStatus, SECTORS, type Sector } from '@pies/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PagingQuery } from '../../common/dto/paging.dto';
import { EmailAddress } from '../../common/dto/formats';
import { OptionalNotNull, Trim } from '../../common/dto/trim';

export class CreateOrganisationDto {
  @RequiredText(200, { example: 'Riverside Academy' })
  name!: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector!: Sector;

  @ApiPropertyOptional({ example: 'dsl@riverside.example', nullable: true, type: String })
  @IsOptional()
  @EmailAddress()
  contactEmail?: string | null;
}

export class UpdateOrganisationDto {
  @OptionalText(200)
  name?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @OptionalNotNull()
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector?: Sector;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'null clears it.' })
  @IsOptional()
  @EmailAddress()
  contactEmail?: string | null;
}

export class OrganisationParams {
  @UuidField()
  organisationId!: string;
}

export class PartnershipOrganisationParams extends OrganisationParams {
  @UuidField()
  partnershipId!: string;
}

export class ListOrganisationsQuery extends PagingQuery {
  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS, { message: `sector must be one of: ${SECTORS.join(', ')}` })
  sector?: Sector;

  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.', maxLength: 100 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class ComplianceDto {
  @ApiProperty({ format: 'uuid' })
  partnershipId!: string;

  @ApiProperty({ enum: COMPLIANCE_STATUSES })
  status!: ComplianceStatus;

  @ApiProperty({
    nullable: true,
    type: Date,
    description: 'When the last audit was accepted.',
  })
  lastAcceptedAt!: Date | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Two years after acceptance.',
  })
  expiresOn!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Due date of the open cycle.',
  })
  nextDueOn!: string | null;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiPropertyOptional({ nullable: true, type: String })
  contactEmail!: string | null;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Partnerships the organisation belongs to.',
  })
  partnershipIds!: string[];

  @ApiProperty({
    type: [ComplianceDto],
    description: 'Two-yearly audit compliance in each partnership.',
  })
  compliance!: ComplianceDto[];

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationDto] })
  items!: OrganisationDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}
