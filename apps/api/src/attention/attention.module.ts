import { Module } from '@nestjs/common';
import { AttentionController } from './attention.controller';
import { AttentionService } from './attention.service';

/** The home page's "What needs your attention": one read over the rules of other features. */
@Module({
  controllers: [AttentionController],
  providers: [AttentionService],
})
export class AttentionModule {}
