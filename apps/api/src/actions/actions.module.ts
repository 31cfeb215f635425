import { Module } from '@nestjs/common';
import { AuditsModule } from '../audits/audits.module';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';

@Module({ imports: [AuditsModule], controllers: [ActionsController], providers: [ActionsService] })
export class ActionsModule {}
