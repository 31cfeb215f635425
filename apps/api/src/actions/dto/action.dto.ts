import { applyDecorators } from '@nestjs/common';
import { IndicatorCodeField, RequiredText, OptionalText, UuidField } from '../../common/dto/fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_STATUSES, type ActionStatus } from '@pies/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DateOnly } from '../../common/dto/formats';
import { OptionalNotNull } from '../../common/dto/trim';
import { ACTION_RIGHTS, type ActionRights } from '../action-rights';

/** The owner as a person: a member of the action's organisation (checked by the access gate). */
const OptionalOwnerId = () =>
  applyDecorators(
    IsUUID('all', { message: '$property must be a UUID' }),
    OptionalNotNull(),
    ApiPropertyOptional({
      format: 'uuid',
      description:
        "The owner, a person with an account in the action's organisation. Exactly one of `ownerId` and `owner`.",
    }),
  );

export class CreateActionDto {
  @IndicatorCodeField(
    {
      example: 'I1.3',
      nullable: true,
      type: String,
      description: 'Leave out for an action on the audit as a whole.',
    },
    true,
  )
  indicatorCode?: string | null;

  @RequiredText(2000, {
    example: 'Test the filtering against the categories in the DfE standards each term.',
  })
  description!: string;

  @OptionalOwnerId()
  ownerId?: string;

  /** A name or role, for an owner with no account. Exactly one of `ownerId` and `owner`. */
  @OptionalText(200)
  owner?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @DateOnly()
  dueOn?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES, default: 'not_started' })
  @IsOptional()
  @IsIn(ACTION_STATUSES, { message: `status must be one of: ${ACTION_STATUSES.join(', ')}` })
  status?: ActionStatus;
}

export class UpdateActionDto {
  @OptionalText(2000)
  description?: string;

  /** A member of the organisation; replaces a free-text owner. Not with `owner`. */
  @OptionalOwnerId()
  ownerId?: string;

  /** A name or role for an owner with no account; replaces a person. Not with `ownerId`. */
  @OptionalText(200)
  owner?: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'null clears it.',
  })
  @IsOptional()
  @DateOnly()
  dueOn?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @OptionalNotNull()
  @IsIn(ACTION_STATUSES, { message: `status must be one of: ${ACTION_STATUSES.join(', ')}` })
  status?: ActionStatus;

  /**
   * A progress note, kept in the history. Needed to move a due date (the reason) and to drop the
   * action (why); recommended when marking it done (what was done, where the evidence is).
   */
  @OptionalText(2000)
  note?: string;
}

export class ActionParams {
  @UuidField()
  actionId!: string;
}

export class ActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    format: 'uuid',
    description:
      'The audit whose plan it is listed in: the one asked for, or the latest that shows it.',
  })
  auditId!: string;
  @ApiProperty({ format: 'uuid', description: 'The audit it was raised in.' })
  raisedInAuditId!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The owner when they have an account; null for a named owner.',
  })
  ownerId!: string | null;
  @ApiProperty({ description: "The owner's name: the person's, or as written." })
  owner!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ description: 'Past its due date and neither done nor dropped.' })
  overdue!: boolean;
  @ApiProperty({ description: 'Raised in an earlier audit and still in this plan.' })
  carriedOver!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: Date,
    description: 'When it was marked done or dropped; null while open.',
  })
  closedAt!: Date | null;
  @ApiProperty({
    enum: ACTION_RIGHTS,
    description:
      'What the reader may change of it: `all` (a lead; a contributor, on an indicator assigned to them), `progress` (its owner: status, due date, notes) or `none`. Once the audit it lives in is submitted or accepted, only the progress changes whoever they are (ACTION_PLAN_SETTLED).',
  })
  mayChange!: ActionRights;
}

/** One step in an action's history. */
export class ActionUpdateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() at!: Date;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who made the change.' })
  actorName!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) statusBefore!: ActionStatus;
  @ApiProperty({ enum: ACTION_STATUSES }) statusAfter!: ActionStatus;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) dueBefore!: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) dueAfter!: string | null;
}

/** One agency's actions as the board follows them. */
export class AgencyActionProgressDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({
    format: 'uuid',
    description: "The agency's audit of the cycle, whose plan it is.",
  })
  auditId!: string;
  @ApiProperty() organisation!: string;
  @ApiProperty({ description: 'Neither done nor dropped.' }) open!: number;
  @ApiProperty({ description: 'Open and past the due date.' }) overdue!: number;
  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'The earliest due date among the overdue ones.',
  })
  oldestOverdueOn!: string | null;
  @ApiProperty({ description: "Marked done after the agency's audit of the cycle was accepted." })
  doneSinceAcceptance!: number;
}

/** An action marked done after its audit was accepted. */
export class DoneActionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    format: 'uuid',
    description: "The agency's audit of the cycle, whose action plan shows it.",
  })
  auditId!: string;
  @ApiProperty() organisation!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) indicatorCode!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ description: "Who owns it: the person's name, or as written." })
  owner!: string;
  @ApiProperty() closedAt!: Date;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'The note it was closed with.',
  })
  note!: string | null;
}

/** A cycle's action plans after review: overdue by agency, done since acceptance. */
export class ActionProgressDto {
  @ApiProperty({
    type: [AgencyActionProgressDto],
    description:
      "Agencies with actions in the cycle's plans the board sees, most overdue first, then by name.",
  })
  agencies!: AgencyActionProgressDto[];
  @ApiProperty({
    type: [DoneActionDto],
    description: "The 20 most recently done since the agency's audit of the cycle was accepted.",
  })
  recentlyDone!: DoneActionDto[];
}
