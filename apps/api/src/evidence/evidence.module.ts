import { Module } from '@nestjs/common';
import { MultipartModule } from '@nestjs/platform-fastify/multipart';
import { AuditsModule } from '../audits/audits.module';
import { AppConfig } from '../config/app-config';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [
    AuditsModule,
    // Files are held in memory (at most EVIDENCE_MAX_MB) and stored in PostgreSQL.
    MultipartModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.EVIDENCE_MAX_MB * 1024 * 1024, files: 1, fields: 5, parts: 8 },
      }),
    }),
  ],
  controllers: [EvidenceController],
  providers: [EvidenceService],
})
export class EvidenceModule {}
