import { IndicatorCodeField, RequiredText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RaiseChallengeDto {
  @IndicatorCodeField(
    {
      example: 'I1.1',
      nullable: true,
      type: String,
      description: 'Leave out to challenge the audit as a whole.',
    },
    true,
  )
  indicatorCode?: string | null;

  @RequiredText(
    5000,
    {
      example: 'What evidence shows the filtering was tested this year?',
    },
    { message: 'question must not be empty' },
  )
  question!: string;
}

export class ReplyDto {
  @RequiredText(5000, {}, { message: 'body must not be empty' })
  body!: string;
}

export class ChallengeParams {
  @UuidField()
  challengeId!: string;
}

export class ChallengeMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty({ description: 'board or agency' }) authorSide!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: Date;
}

export class ChallengeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty({ enum: ['open', 'resolved'] }) status!: 'open' | 'resolved';
  @ApiPropertyOptional({ nullable: true, type: String }) raisedBy!: string | null;
  @ApiProperty() raisedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) resolvedAt!: Date | null;
  @ApiProperty({
    type: [ChallengeMessageDto],
    description: 'The question first, then replies in order.',
  })
  messages!: ChallengeMessageDto[];
}
