import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';

export class UploadEvidenceDto {
  @ApiProperty({ example: 'P1.1', description: 'The indicator the file is evidence for.' })
  @Matches(/^[A-Z][0-9]+\.[0-9]+$/, { message: 'indicatorCode must look like P1.3' })
  indicatorCode!: string;

  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF, Office document, image or plain text.',
  })
  file?: unknown;
}

export class EvidenceParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'evidenceId must be a UUID' })
  evidenceId!: string;
}
