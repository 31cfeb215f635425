import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from '../../common/dto/trim';

export class RaiseChallengeDto {
  @ApiPropertyOptional({
    example: 'I1.1',
    nullable: true,
    type: String,
    description: 'Leave out to challenge the audit as a whole.',
  })
  @ValidateIf((o: RaiseChallengeDto) => o.indicatorCode !== undefined && o.indicatorCode !== null)
  @Matches(/^[A-Z][0-9]+\.[0-9]+$/, { message: 'indicatorCode must look like P1.3' })
  indicatorCode?: string | null;

  @ApiProperty({
    example: 'What evidence shows the filtering was tested this year?',
    maxLength: 5000,
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'question must not be empty' })
  @MaxLength(5000)
  question!: string;
}

export class ReplyDto {
  @ApiProperty({ maxLength: 5000 })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(5000)
  body!: string;
}

export class ChallengeParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'challengeId must be a UUID' })
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
