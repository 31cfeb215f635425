import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { PdfRenderer } from '@pies/reports';
import { AppConfig } from '../config/app-config';

/** The process's one long-lived Chromium for reports (started on first use). */
@Injectable()
export class ReportRenderer extends PdfRenderer implements OnApplicationShutdown {
  constructor(@Inject(AppConfig) config: AppConfig) {
    super({ concurrency: config.REPORT_CONCURRENCY });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
