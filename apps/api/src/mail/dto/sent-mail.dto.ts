import { ApiProperty } from '@nestjs/swagger';

/** One message of the outbox, as the Sent mail page shows it: exactly what was (to be) sent. */
export class SentMailDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  partnershipId!: string | null;

  @ApiProperty({ example: 'sam@example.org' })
  to!: string;

  @ApiProperty({ enum: ['invitation', 'role-offered', 'password-reset'] })
  template!: string;

  @ApiProperty()
  subject!: string;

  @ApiProperty({ enum: ['queued', 'sent', 'failed'] })
  status!: 'queued' | 'sent' | 'failed';

  @ApiProperty()
  attempts!: number;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ nullable: true, type: Date })
  sentAt!: Date | null;

  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;

  @ApiProperty({ description: 'The plain-text body.' })
  textBody!: string;

  @ApiProperty({ description: 'The HTML body (its source).' })
  htmlBody!: string;
}
