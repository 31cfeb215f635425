import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { InvitationsController } from './invitations.controller';
import { InvitationMailer } from './invitation-mailer';
import { InvitationsService } from './invitations.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [MailModule],
  controllers: [UsersController, InvitationsController, MembershipsController, AccountsController],
  providers: [
    UsersService,
    InvitationsService,
    InvitationMailer,
    MembershipsService,
    AccountsService,
  ],
  exports: [UsersService, InvitationsService],
})
export class UsersModule {}
