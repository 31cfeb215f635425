import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CsrfExempt, CurrentActor, Public, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import {
  NotificationListDto,
  NotificationPreferencesDto,
  UnsubscribeDto,
  UnsubscribeParams,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

const LINK_INVALID = {
  description:
    'VALIDATION_FAILED naming `token` (unsubscribeLinkInvalid): not a link this service sent.',
};

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('account/notifications')
  @SignedIn()
  @ApiOperation({ summary: 'Your notices of the last 90 days, newest first, read and unread.' })
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentActor() actor: Actor) {
    return this.notifications.list(actor.userId);
  }

  @Post('account/notifications/read')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark all your notices read.' })
  @ApiNoContentResponse()
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor.userId);
  }

  @Get('account/notification-preferences')
  @SignedIn()
  @ApiOperation({ summary: 'How you get each kind of notice, and your digest hour.' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentActor() actor: Actor) {
    return this.notifications.preferences(actor.userId);
  }

  @Put('account/notification-preferences')
  @SignedIn()
  @ApiOperation({
    summary:
      'Choose, per kind, a mail at once, the daily digest or none (the notice stays in the app), and the digest hour.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  updatePreferences(@CurrentActor() actor: Actor, @Body() dto: UpdateNotificationPreferencesDto) {
    return this.notifications.updatePreferences(actor.userId, dto);
  }

  @Get('unsubscribe/:token')
  @Public()
  @ApiOperation({
    summary: "What a mail's unsubscribe link turns off, and whether it already is (the page).",
  })
  @ApiOkResponse({ type: UnsubscribeDto })
  @ApiBadRequestResponse(LINK_INVALID)
  unsubscribeLink(@Param() p: UnsubscribeParams) {
    return this.notifications.unsubscribeLink(p.token);
  }

  @Post('unsubscribe/:token')
  @Public()
  @CsrfExempt()
  @HttpCode(200)
  @ApiOperation({
    summary:
      "One-click unsubscribe (RFC 8058, the mail's List-Unsubscribe address; also the page's button): turns the link's kinds off. Takes no body, or List-Unsubscribe=One-Click as a form; needs no CSRF header. A second use answers the same.",
  })
  @ApiOkResponse({ type: UnsubscribeDto })
  @ApiBadRequestResponse(LINK_INVALID)
  unsubscribe(@Param() p: UnsubscribeParams): Promise<UnsubscribeDto> {
    return this.notifications.unsubscribe(p.token);
  }
}
