import { IndicatorCodeField, UuidField } from '../../common/dto/fields';
import { ApiProperty } from '@nestjs/swagger';

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
