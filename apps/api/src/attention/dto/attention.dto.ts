import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_STATUSES, type AuditStatus } from '@pies/domain';

/** An audit waiting for the board's decision: submitted, neither returned nor accepted. */
export class AwaitingDecisionDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty() submittedAt!: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'Who has the review.',
  })
  reviewerId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reviewerName!: string | null;
}

/** How many audits await a decision in one cycle: the way to all of them (the cycle's submitted audits). */
export class AwaitingDecisionCycleDto {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty() count!: number;
}

export class AwaitingDecisionListDto {
  @ApiProperty({ description: 'How many there are in all.' }) count!: number;
  @ApiProperty({
    type: [AwaitingDecisionDto],
    description: 'The first 10, oldest submission first.',
  })
  items!: AwaitingDecisionDto[];
  @ApiProperty({
    type: [AwaitingDecisionCycleDto],
    description: 'All of them, counted by cycle, newest cycle first.',
  })
  cycles!: AwaitingDecisionCycleDto[];
}

/** An open challenge the person raised, with replies by others since their own last message. */
export class ChallengeReplyDto {
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null: about the audit as a whole.' })
  indicatorCode!: string | null;
  @ApiProperty({ description: 'Replies by others since your last message.' }) replies!: number;
  @ApiProperty({ description: 'The first of those replies.' }) firstReplyAt!: Date;
}

export class ChallengeReplyListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [ChallengeReplyDto], description: 'The first 10, oldest reply first.' })
  items!: ChallengeReplyDto[];
}

/** What needs a board member (or a partnership admin, as the board) in one partnership. */
export class BoardAttentionDto {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() partnershipName!: string;
  @ApiProperty({ type: AwaitingDecisionListDto }) awaitingDecision!: AwaitingDecisionListDto;
  @ApiProperty({ type: ChallengeReplyListDto }) challengeReplies!: ChallengeReplyListDto;
}

/** An organisation's audit in an open cycle that needs its lead. */
export class AgencyAuditDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() partnershipName!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty({ enum: AUDIT_STATUSES }) status!: AuditStatus;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ description: 'With the agency past the due date.' }) overdue!: boolean;
  @ApiProperty({ description: 'With the agency and due within 30 days.' }) dueSoon!: boolean;
  @ApiProperty({ description: 'Board challenges waiting for your answer.' })
  openChallenges!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why the board returned it.' })
  returnReason!: string | null;
}

export class AgencyAuditListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [AgencyAuditDto], description: 'The first 10, earliest due first.' })
  items!: AgencyAuditDto[];
}

/** An improvement action not done, overdue or due within 30 days. */
export class ActionDueDto {
  @ApiProperty({ format: 'uuid' }) actionId!: string;
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ description: 'Past its due date and not done.' }) overdue!: boolean;
}

export class ActionDueListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [ActionDueDto], description: 'The first 10, earliest due first.' })
  items!: ActionDueDto[];
}

/** What needs an agency lead in their organisation. */
export class AgencyAttentionDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: AgencyAuditListDto }) audits!: AgencyAuditListDto;
  @ApiProperty({ type: ActionDueListDto }) actionsDue!: ActionDueListDto;
}

/** An audit in which indicators assigned to the person are not answered yet. */
export class AssignedAuditDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty() partnershipName!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ description: 'Your assigned indicators with no level and not marked N/A.' })
  unanswered!: number;
}

export class AssignedAuditListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [AssignedAuditDto], description: 'The first 10, earliest due first.' })
  items!: AssignedAuditDto[];
}

/** What needs a contributor in their organisation. */
export class ContributorAttentionDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: AssignedAuditListDto }) assigned!: AssignedAuditListDto;
}

/** An agency whose audit is not started, due within 30 days or overdue, in an open cycle. */
export class NotStartedDto {
  @ApiProperty({ format: 'uuid' }) auditId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() cycleName!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() overdue!: boolean;
}

export class NotStartedListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [NotStartedDto], description: 'The first 10, earliest due first.' })
  items!: NotStartedDto[];
}

/** A mail the server refused for good, or that ran out of retries. */
export class FailedMailDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() to!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() createdAt!: Date;
}

export class FailedMailListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [FailedMailDto], description: 'The first 10, oldest first.' })
  items!: FailedMailDto[];
  @ApiProperty({
    description: 'Whether the Sent mail page exists (mail kept in the app): link to it only then.',
  })
  sentMailPage!: boolean;
}

/** What needs a partnership admin in their partnership. */
export class AdminAttentionDto {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() partnershipName!: string;
  @ApiProperty({ type: NotStartedListDto }) notStarted!: NotStartedListDto;
  @ApiProperty({ type: FailedMailListDto }) failedMail!: FailedMailListDto;
}

/** Sections only for the roles the person holds, one per partnership or organisation. */
export class AttentionDto {
  @ApiProperty({ type: [BoardAttentionDto] }) board!: BoardAttentionDto[];
  @ApiProperty({ type: [AgencyAttentionDto] }) agency!: AgencyAttentionDto[];
  @ApiProperty({ type: [ContributorAttentionDto] }) contributor!: ContributorAttentionDto[];
  @ApiProperty({ type: [AdminAttentionDto] }) admin!: AdminAttentionDto[];
}
