import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [FrameworksModule, NotificationsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
