import { IndicatorCodeField, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LINK_TITLE_MAX, LINK_URL_MAX } from '@pies/domain';
import { EvidenceItemFieldsDto } from '../../audits/dto/audit.dto';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/trim';

export class UploadEvidenceDto {
  @IndicatorCodeField({ example: 'P1.1', description: 'The indicator the file is evidence for.' })
  indicatorCode!: string;

  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, Office document, image or plain text.',
  })
  file?: unknown;
}

export class AddEvidenceLinkDto {
  @IndicatorCodeField({ example: 'P1.1', description: 'The indicator the link is evidence for.' })
  indicatorCode!: string;

  @ApiProperty({
    example: 'https://intranet.example/policies/online-safety',
    maxLength: LINK_URL_MAX,
  })
  @Trim()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'url must be an http(s) web address' },
  )
  @MaxLength(LINK_URL_MAX)
  url!: string;

  @ApiPropertyOptional({
    maxLength: LINK_TITLE_MAX,
    description: 'What the page is; the address stands for it when left out.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LINK_TITLE_MAX)
  title?: string;
}

export class EvidenceParams {
  @UuidField()
  evidenceId!: string;
}

export class AttachEvidenceDto {
  @UuidField({ description: "An item of the audit's organisation's evidence library." })
  evidenceId!: string;

  @IndicatorCodeField({ example: 'P1.1', description: 'The indicator it is evidence for.' })
  indicatorCode!: string;
}

export class EvidenceUseDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() cycle!: string;
  @ApiProperty() indicatorCode!: string;
  @ApiProperty() stillCurrentAsked!: boolean;
}

/** An item of the organisation's library, with where it is attached. */
export class EvidenceItemDto extends EvidenceItemFieldsDto {
  @ApiProperty({ description: 'Part of a submitted snapshot: it cannot be deleted.' })
  inSubmission!: boolean;
  @ApiProperty({ type: [EvidenceUseDto], description: 'Where it is attached.' })
  attachments!: EvidenceUseDto[];
}
