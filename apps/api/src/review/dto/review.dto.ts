import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_FIELDS, type ActionField } from '@pies/domain';
import { UuidField } from '../../common/dto/fields';

export class LevelStateDto {
  @ApiPropertyOptional({ nullable: true, type: Number }) level!: number | null;
  @ApiProperty() notApplicable!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) notApplicableReason!: string | null;
}

export class LevelChangeDto {
  @ApiProperty({ type: LevelStateDto }) before!: LevelStateDto;
  @ApiProperty({ type: LevelStateDto }) after!: LevelStateDto;
}

export class CommentaryChangeDto {
  @ApiPropertyOptional({ nullable: true, type: String }) before!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) after!: string | null;
}

export class ChangedFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fileName!: string;
}

export class EvidenceChangesDto {
  @ApiProperty({ type: [ChangedFileDto] }) added!: ChangedFileDto[];
  @ApiProperty({ type: [ChangedFileDto] }) removed!: ChangedFileDto[];
}

export class LinkChangesDto {
  @ApiProperty({ type: [String] }) added!: string[];
  @ApiProperty({ type: [String] }) removed!: string[];
}

export class ActionFieldChangeDto {
  @ApiProperty({ enum: ACTION_FIELDS }) field!: ActionField;
  @ApiPropertyOptional({ nullable: true, type: String }) before!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) after!: string | null;
}

export class ActionChangeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['added', 'changed', 'removed'] }) change!: 'added' | 'changed' | 'removed';
  @ApiProperty() description!: string;
  @ApiProperty({ type: [ActionFieldChangeDto] }) fields!: ActionFieldChangeDto[];
}

export class IndicatorChangesDto {
  @ApiProperty({ description: "The indicator's code; empty for actions on the whole audit." })
  indicatorCode!: string;
  @ApiPropertyOptional({ type: LevelChangeDto }) level?: LevelChangeDto;
  @ApiPropertyOptional({ type: CommentaryChangeDto }) commentary?: CommentaryChangeDto;
  @ApiProperty({ type: EvidenceChangesDto }) evidence!: EvidenceChangesDto;
  @ApiProperty({ type: LinkChangesDto }) links!: LinkChangesDto;
  @ApiProperty({ type: [ActionChangeDto] }) actions!: ActionChangeDto[];
}

export class ChangesSinceReturnDto {
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'When the submission the board returned was made; null for a first submission.',
  })
  returnedSubmittedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date, description: 'The latest submission.' })
  resubmittedAt!: Date | null;
  @ApiProperty({
    type: [IndicatorChangesDto],
    description:
      'Indicator by indicator, what changed; empty when nothing did or there is no earlier submission.',
  })
  changes!: IndicatorChangesDto[];
}

export class ReviewerRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ReviewerDto {
  @ApiPropertyOptional({ nullable: true, type: ReviewerRefDto })
  reviewer!: ReviewerRefDto | null;
}

export class SetReviewerDto {
  @UuidField({ description: "A board member of the audit's partnership." })
  userId!: string;
}
