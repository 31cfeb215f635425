import { RequiredText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/trim';

export class CreatePartnershipDto {
  @RequiredText(200, { example: 'Riverside Safeguarding Children Partnership' })
  name!: string;

  @ApiPropertyOptional({ example: 'Riverside and Eastfield', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  area?: string;
}

export class PartnershipParams {
  @UuidField()
  partnershipId!: string;
}

export class PartnershipDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  area!: string | null;

  @ApiProperty({ description: 'Member organisations.' })
  organisationCount!: number;

  @ApiProperty()
  createdAt!: Date;
}
