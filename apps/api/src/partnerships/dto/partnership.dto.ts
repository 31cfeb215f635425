import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/trim';

export class CreatePartnershipDto {
  @ApiProperty({ example: 'Riverside Safeguarding Children Partnership', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Riverside and Eastfield', maxLength: 200 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  area?: string;
}

export class PartnershipParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'partnershipId must be a UUID' })
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
