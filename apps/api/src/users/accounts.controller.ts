import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ADMIN_ROLES } from '@pies/domain';
import { Access, CurrentActor } from '../common/access/access.decorators';
import type { Actor } from '../common/access/actor';
import { AccountsService } from './accounts.service';
import { AccountParams } from './dto/people.dto';

@ApiTags('users')
@Controller('accounts/:accountId')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('deactivate')
  @Access(...ADMIN_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Deactivate an account: every session of it ends at once and it cannot sign in; its roles are kept.',
    description:
      'Platform admins; a partnership admin when every role the account holds or is offered is in their partnership.',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({
    description:
      'LAST_PARTNERSHIP_ADMIN: a partnership would have no admin; SELF_LOCKOUT: your own account.',
  })
  deactivate(@CurrentActor() actor: Actor, @Param() p: AccountParams) {
    return this.accounts.deactivate(actor, p.accountId);
  }

  @Post('reactivate')
  @Access(...ADMIN_ROLES)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Reactivate a deactivated account: it can sign in again, with the roles it had.',
    description: 'The same people as deactivate.',
  })
  @ApiNoContentResponse()
  reactivate(@CurrentActor() actor: Actor, @Param() p: AccountParams) {
    return this.accounts.reactivate(actor, p.accountId);
  }
}
