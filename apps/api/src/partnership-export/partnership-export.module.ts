import { Module } from '@nestjs/common';
import { PartnershipExportController } from './partnership-export.controller';
import { PartnershipExportService } from './partnership-export.service';

@Module({
  controllers: [PartnershipExportController],
  providers: [PartnershipExportService],
  exports: [PartnershipExportService],
})
export class PartnershipExportModule {}
