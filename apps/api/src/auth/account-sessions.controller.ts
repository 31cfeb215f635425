import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Own, SignedIn } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { SessionDto, SessionParams } from './dto/session.dto';
import { SessionsService } from './sessions.service';

/**
 * A person's own signed-in sessions: where they are signed in, and ending one, or every one but
 * this (a computer left signed in, a lost phone).
 */
@ApiTags('auth')
@Controller('account/sessions')
export class AccountSessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'Where you are signed in: this session first, then the most recently used.',
  })
  @ApiOkResponse({ type: [SessionDto] })
  list(@CurrentActor() actor: Actor): Promise<SessionDto[]> {
    return this.sessions.list(actor);
  }

  @Post('end-others')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere but here: every other session ends at once.' })
  @ApiNoContentResponse()
  endOthers(@CurrentActor() actor: Actor): Promise<void> {
    return this.sessions.end(actor, null);
  }

  @Delete(':sessionId')
  @Own()
  @HttpCode(204)
  @ApiOperation({
    summary: 'End one of your sessions: that browser is signed out at its next request.',
  })
  @ApiNoContentResponse()
  end(@CurrentActor() actor: Actor, @Param() p: SessionParams): Promise<void> {
    return this.sessions.end(actor, p.sessionId);
  }
}
