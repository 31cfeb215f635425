import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { BOARD_ROLES, ROLES } from '@pies/domain';
import { renderAgencyReportPdf, renderBoardReportPdf } from '@pies/reports';
import type { FastifyReply } from 'fastify';
import { AuditParams } from '../audits/dto/audit.dto';
import { Access } from '../common/access/access.decorators';
import { AppConfig } from '../config/app-config';
import { CycleParams } from '../cycles/dto/cycle.dto';
import { AgencyReportBuilder } from './agency-report.builder';
import { BoardReportBuilder } from './board-report.builder';
import { ExportsService } from './exports.service';
import { ReportRenderer } from './pdf-renderer.provider';

const slug = (s: string) =>
  s
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly agency: AgencyReportBuilder,
    private readonly board: BoardReportBuilder,
    private readonly renderer: ReportRenderer,
    private readonly exports: ExportsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  @Get('audits/:auditId/report.pdf')
  @Access(...ROLES)
  @ApiOperation({
    summary: "The agency's audit report as a tagged PDF (board roles: once submitted).",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A4 PDF with outline, page numbers and protective marking.' })
  async agencyReport(@Param() p: AuditParams, @Res({ passthrough: true }) res: FastifyReply) {
    const model = await this.agency.build(p.auditId, this.config.PROTECTIVE_MARKING);
    const pdf = await renderAgencyReportPdf(this.renderer, model);
    return this.send(res, pdf, `${slug(model.organisation.name)}-audit-${model.cycle.name}.pdf`);
  }

  @Get('cycles/:cycleId/report.pdf')
  @Access(...BOARD_ROLES)
  @ApiOperation({ summary: 'The partnership board report for a cycle as a tagged PDF.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A4 PDF with outline, page numbers and protective marking.' })
  async boardReport(@Param() p: CycleParams, @Res({ passthrough: true }) res: FastifyReply) {
    const model = await this.board.build(p.cycleId, this.config.PROTECTIVE_MARKING);
    const pdf = await renderBoardReportPdf(this.renderer, model);
    return this.send(
      res,
      pdf,
      `${slug(model.partnership.name)}-board-report-${model.cycle.name}.pdf`,
    );
  }

  @Get('cycles/:cycleId/export.csv')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary:
      'Every response of the cycle as CSV, one row per agency and indicator (submitted, returned and accepted audits).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 CSV with a header row.' })
  async responsesCsv(@Param() p: CycleParams, @Res({ passthrough: true }) res: FastifyReply) {
    const { fileName, csv } = await this.exports.responsesCsv(p.cycleId);
    res.headers({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(csv.reduce((n, b) => n + b.length, 0)),
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(Readable.from(csv));
  }

  @Get('cycles/:cycleId/export.xlsx')
  @Access(...BOARD_ROLES)
  @ApiOperation({
    summary: 'The cycle as a workbook: summary per agency, every response, actions, challenges.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'Numbers as numbers, dates as dates, frozen header rows.' })
  async workbook(@Param() p: CycleParams, @Res({ passthrough: true }) res: FastifyReply) {
    const { fileName, xlsx } = await this.exports.workbook(p.cycleId);
    res.headers({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(xlsx);
  }

  private send(res: FastifyReply, pdf: Buffer, fileName: string) {
    res.headers({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    });
    return new StreamableFile(pdf);
  }
}
