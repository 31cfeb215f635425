import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import { Access } from '../common/access/access.decorators';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { SentMailDto } from './dto/sent-mail.dto';
import { SENT_MAIL_LIMIT, SentMailService } from './sent-mail.service';

const NOTE = `Newest first, at most ${SENT_MAIL_LIMIT}. Only where mail is kept in the app (no SMTP_URL, outside production): elsewhere the route does not exist.`;

@ApiTags('mail')
@Controller()
export class SentMailController {
  constructor(private readonly mail: SentMailService) {}

  @Get('mail')
  @Access('platform_admin')
  @ApiOperation({ summary: `Every mail written. ${NOTE}` })
  @ApiOkResponse({ type: [SentMailDto] })
  all() {
    return this.mail.all();
  }

  @Get('partnerships/:partnershipId/mail')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: `The mail of a partnership. ${NOTE}` })
  @ApiOkResponse({ type: [SentMailDto] })
  ofPartnership(@Param() p: PartnershipParams) {
    return this.mail.ofPartnership(p.partnershipId);
  }
}
