import { RequiredText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUDIT_STATUSES,
  type AuditStatus,
  EVIDENCE_KINDS,
  type EvidenceKind,
  SECTORS,
  type Sector,
} from '@pies/domain';
import { AuditScoreDto } from './score.dto';

export class AuditParams {
  @UuidField()
  auditId!: string;
}

export class ReturnAuditDto {
  @RequiredText(
    5000,
    {
      description: 'Why the board returns the audit; the agency sees it.',
    },
    { message: 'reason must not be empty' },
  )
  reason!: string;
}

export class AuditCountsDto {
  @ApiProperty() answered!: number;
  @ApiProperty() notApplicable!: number;
  @ApiProperty() unanswered!: number;
  @ApiProperty() total!: number;
  @ApiProperty({
    description:
      'Indicators with something carried forward from the last audit that nobody has confirmed yet: the answer, or evidence not yet confirmed as still current (counted in answered or notApplicable too): not complete.',
  })
  toConfirm!: number;
}

class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class OrganisationRefDto extends NamedRefDto {
  @ApiProperty({ enum: SECTORS }) sector!: Sector;
}

class CycleRefDto extends NamedRefDto {
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'uuid' }) frameworkVersionId!: string;
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
}

export class AuditSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ type: OrganisationRefDto }) organisation!: OrganisationRefDto;
  @ApiProperty({ type: CycleRefDto }) cycle!: CycleRefDto;
  @ApiPropertyOptional({ nullable: true, type: Date }) startedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) submittedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) returnedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) returnReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Date }) acceptedAt!: Date | null;
  @ApiProperty({ type: AuditCountsDto }) counts!: AuditCountsDto;
  @ApiProperty({
    description:
      "Overdue: still with the agency (not started, in progress, or returned and not resubmitted) after the cycle's due date, by the server's date.",
  })
  overdue!: boolean;
  @ApiProperty({ description: 'Open challenges on this audit.' }) openChallenges!: number;
  @ApiProperty({
    description:
      "Actions past their due date and neither done nor dropped, that live in this audit's plan now: an open action carried into a later audit's plan counts there, once.",
  })
  overdueActions!: number;
  @ApiPropertyOptional({
    nullable: true,
    type: NamedRefDto,
    description: 'The board member who has the review; null when nobody has it.',
  })
  reviewer!: NamedRefDto | null;
}

export class ResponseDto {
  @ApiProperty() indicatorCode!: string;
  @ApiPropertyOptional({ nullable: true, type: Number }) level!: number | null;
  @ApiProperty() notApplicable!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) notApplicableReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) commentary!: string | null;
  @ApiProperty({ description: 'Send this back as `version` with the next save.' }) version!: number;
  @ApiProperty({ description: "Copied from the last audit; the indicator's text changed since." })
  changedSinceLast!: boolean;
  @ApiProperty({ description: 'Copied from the last audit.' }) prefilled!: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description:
      'When a person confirmed a copied answer or saved over it. A copied answer with none is "carried forward: confirm" and counts as a gap on submitting.',
  })
  confirmedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, type: String }) updatedBy!: string | null;
  @ApiProperty() updatedAt!: Date;
}

export class SubmissionRefDto {
  @ApiProperty() sha256!: string;
  @ApiProperty() submittedAt!: Date;
}

/** An item of an organisation's evidence library, a file or a link: what every view of it shows. */
export class EvidenceItemFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @ApiProperty({ description: "A file's name, or a link's title (its address when untitled)." })
  fileName!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "A link's web address." })
  url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) mediaType!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sizeBytes!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) sha256!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) uploadedBy!: string | null;
  @ApiProperty() uploadedAt!: Date;
}

/** An item of the evidence library attached to an indicator: a file, or a link. */
export class EvidenceFileDto extends EvidenceItemFieldsDto {
  @ApiProperty() indicatorCode!: string;
  @ApiProperty({
    description:
      'Attached from the previous cycle and not yet confirmed as still current (confirm or detach it).',
  })
  stillCurrentAsked!: boolean;
}

export class AuditDto extends AuditSummaryDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) prefilledFromId!:
    string | null;
  @ApiProperty({ type: [ResponseDto] }) responses!: ResponseDto[];
  @ApiProperty({ type: [EvidenceFileDto] }) evidence!: EvidenceFileDto[];
  @ApiPropertyOptional({ type: SubmissionRefDto, nullable: true })
  latestSubmission!: SubmissionRefDto | null;
  @ApiProperty({
    type: () => AuditScoreDto,
    description: 'Scores from the framework (see GET /api/audits/{auditId}/score).',
  })
  score!: AuditScoreDto;
}
