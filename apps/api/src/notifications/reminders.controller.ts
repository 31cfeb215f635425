import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import { Access } from '../common/access/access.decorators';
import { CycleParams } from '../cycles/dto/cycle.dto';
import { PartnershipParams } from '../partnerships/dto/partnership.dto';
import { CycleRemindersDto, ReminderSettingsDto } from './dto/notification.dto';
import { RemindersService } from './reminders.service';

@ApiTags('notifications')
@Controller()
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get('partnerships/:partnershipId/reminders')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: "The days before a cycle's due date its agencies are reminded." })
  @ApiOkResponse({ type: ReminderSettingsDto })
  settings(@Param() p: PartnershipParams) {
    return this.reminders.settings(p.partnershipId);
  }

  @Put('partnerships/:partnershipId/reminders')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: "Set the days before a cycle's due date its agencies are reminded." })
  @ApiOkResponse({ type: ReminderSettingsDto })
  updateSettings(@Param() p: PartnershipParams, @Body() dto: ReminderSettingsDto) {
    return this.reminders.updateSettings(p.partnershipId, dto);
  }

  @Get('cycles/:cycleId/reminders')
  @Access(...ADMIN_ROLES)
  @ApiOperation({ summary: "The reminders the cycle's agencies will get, from today." })
  @ApiOkResponse({ type: CycleRemindersDto })
  coming(@Param() p: CycleParams) {
    return this.reminders.coming(p.cycleId);
  }
}
