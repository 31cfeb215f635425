import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { AttentionService } from './attention.service';
import { AttentionDto } from './dto/attention.dto';

@ApiTags('attention')
@Controller('account/attention')
export class AttentionController {
  constructor(private readonly attention: AttentionService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'What needs you now, per partnership or organisation, for the roles you hold.',
    description:
      'Board: audits awaiting a decision and new replies to your challenges. Agency lead: current audits (due soon, overdue, returned, challenged) and actions due. Contributor: your assigned indicators not answered. Partnership admin: agencies not started near or past the due date, and failed mail. Each list: the count and the first 10, oldest first.',
  })
  @ApiOkResponse({ type: AttentionDto })
  get(@CurrentActor() actor: Actor) {
    return this.attention.forActor(actor);
  }
}
