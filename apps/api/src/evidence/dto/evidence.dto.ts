import { IndicatorCodeField, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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

export class EvidenceItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) uploadedBy!: string | null;
  @ApiProperty() uploadedAt!: Date;
  @ApiProperty({ description: 'Part of a submitted snapshot: it cannot be deleted.' })
  inSubmission!: boolean;
  @ApiProperty({ type: [EvidenceUseDto], description: 'Where it is attached.' })
  attachments!: EvidenceUseDto[];
}
