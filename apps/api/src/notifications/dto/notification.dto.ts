import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MAX_REMINDER_DAYS,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '@pies/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty() title!: string;
  @ApiProperty() detail!: string;
  @ApiProperty({ description: 'The app page it is about.' }) path!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
}

export class NotificationListDto {
  @ApiProperty({ description: 'Unread, of those listed.' }) unread!: number;
  @ApiProperty({ type: [NotificationDto], description: 'The last 90 days, newest first.' })
  items!: NotificationDto[];
}

export class KindPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS, { message: `kind must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  kind!: NotificationKind;

  @ApiProperty({
    enum: NOTIFICATION_DELIVERIES,
    description: 'immediate: a mail at once; digest: in the daily digest; off: in the app only.',
  })
  @IsIn(NOTIFICATION_DELIVERIES, {
    message: `delivery must be one of: ${NOTIFICATION_DELIVERIES.join(', ')}`,
  })
  delivery!: NotificationDelivery;
}

export class NotificationPreferencesDto {
  @ApiProperty({ minimum: 0, maximum: 23, description: 'The London hour of the daily digest.' })
  digestHour!: number;

  @ApiProperty({ type: [KindPreferenceDto], description: 'Every kind, with its delivery.' })
  kinds!: KindPreferenceDto[];
}

export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 23 })
  @IsOptional()
  @IsInt({ message: 'digestHour must be a whole hour from 0 to 23' })
  @Min(0, { message: 'digestHour must be a whole hour from 0 to 23' })
  @Max(23, { message: 'digestHour must be a whole hour from 0 to 23' })
  digestHour?: number;

  @ApiPropertyOptional({ type: [KindPreferenceDto], description: 'The kinds to change.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => KindPreferenceDto)
  kinds?: KindPreferenceDto[];
}

export class UnsubscribeDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'What the link turns off.' })
  kinds!: NotificationKind[];

  @ApiProperty({
    description:
      'Every one of those kinds was already off (before this request, for the unsubscribe itself).',
  })
  alreadyUnsubscribed!: boolean;
}

export class UnsubscribeParams {
  @ApiProperty({ description: 'The link from the mail.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class ReminderSettingsDto {
  @ApiProperty({
    type: [Number],
    example: [30, 7, 1],
    description: `Days before a cycle's due date agencies still working on their audit are reminded: each 1-365, at most ${MAX_REMINDER_DAYS}, none repeated; [] for none. Overdue audits are reminded weekly whatever this says.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_REMINDER_DAYS)
  @ArrayUnique({ message: 'reminderDays must not repeat a day' })
  @IsInt({ each: true, message: 'reminderDays must be whole days from 1 to 365' })
  @Min(1, { each: true, message: 'reminderDays must be whole days from 1 to 365' })
  @Max(365, { each: true, message: 'reminderDays must be whole days from 1 to 365' })
  reminderDays!: number[];
}

export class ComingReminderDto {
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ enum: ['audit_due', 'audit_overdue'] }) kind!: 'audit_due' | 'audit_overdue';
  @ApiProperty({ description: 'Days before (audit_due) or after (audit_overdue) the due date.' })
  days!: number;
}

export class CycleRemindersDto {
  @ApiProperty({ type: [Number] }) reminderDays!: number[];
  @ApiProperty({
    description:
      'Agencies that would be reminded if it were today: audits still with their agency (an open cycle), or member organisations (a cycle not yet open).',
  })
  agencies!: number;
  @ApiProperty({
    type: [ComingReminderDto],
    description: 'From today on; none for a closed cycle.',
  })
  coming!: ComingReminderDto[];
}
