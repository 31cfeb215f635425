import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { RequiredText, UuidField } from '../../common/dto/fields';
import { Trim } from '../../common/dto/trim';

/** A host name of at least two labels, lower-case: `riverside.example.org`. */
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** Domains trimmed, lower-cased, each once. */
const lowerTrim = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)))]
    : value;

export class CreateSsoConfigurationDto {
  @RequiredText(200, { example: 'Riverside Council' })
  name!: string;

  @ApiProperty({
    example: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    description:
      "The provider's issuer URL (https://). For Microsoft Entra ID, the tenant-specific one: https://login.microsoftonline.com/<tenant id>/v2.0.",
    maxLength: 500,
  })
  @MaxLength(500)
  @Matches(/^https?:\/\/[^\s?#]+$/, {
    message: '$property must be a URL with no query or fragment',
  })
  @IsString()
  @Trim()
  issuer!: string;

  @RequiredText(500, { example: 'pies-audit' })
  clientId!: string;

  @ApiProperty({
    format: 'password',
    writeOnly: true,
    description: 'Kept encrypted; never returned (see hasSecret).',
    maxLength: 2000,
  })
  @MaxLength(2000)
  @IsNotEmpty()
  @IsString()
  clientSecret!: string;

  @ApiProperty({
    type: [String],
    example: ['riverside.example.org'],
    description: 'The email domains it serves (lower-cased).',
  })
  @Matches(DOMAIN, { each: true, message: 'each value in $property must be a domain name' })
  @IsString({ each: true })
  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  @IsArray()
  @Transform(lowerTrim)
  domains!: string[];

  @ApiPropertyOptional({
    description:
      'Password sign-in, password resets and setting a password from an invitation are refused for these domains (platform admins excepted).',
  })
  @IsOptional()
  @IsBoolean()
  ssoOnly?: boolean;
}

export class UpdateSsoConfigurationDto extends PartialType(CreateSsoConfigurationDto) {}

export class SsoConfigurationParams {
  @UuidField()
  ssoConfigurationId!: string;
}

export class SsoConfigurationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  partnershipId!: string;

  @ApiProperty()
  partnershipName!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  issuer!: string;

  @ApiProperty()
  clientId!: string;

  @ApiProperty({ description: 'A client secret is stored (it is never returned).' })
  hasSecret!: boolean;

  @ApiProperty({ type: [String] })
  domains!: string[];

  @ApiProperty()
  ssoOnly!: boolean;

  @ApiProperty({ enum: ['proposed', 'approved'] })
  status!: 'proposed' | 'approved';

  @ApiPropertyOptional({ nullable: true, type: Date })
  approvedAt!: Date | null;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty()
  updatedAt!: Date;
}
