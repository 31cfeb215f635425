import { ReportEnvironment } from '../handlebars/environment';
import type { AgencyReportModel } from '../models/agency-report-model';
import type { BoardReportModel } from '../models/board-report-model';
import type { PdfRenderer, RenderPdfOptions } from '../pdf/pdf-renderer';

export const REPORT_LANG = 'en-GB';

let shared: ReportEnvironment | null = null;

/** The process-wide report environment (templates compiled once, on first use). */
export function reportEnvironment(): ReportEnvironment {
  shared ??= new ReportEnvironment();
  return shared;
}

export function agencyReportTitle(model: AgencyReportModel): string {
  return `${model.organisation.name}: online safeguarding self-audit ${model.cycle.name}`;
}

export function boardReportTitle(model: BoardReportModel): string {
  return `${model.partnership.name}: online safeguarding board report ${model.cycle.name}`;
}

/** The agency report as a complete HTML document (no external references). */
export function renderAgencyReport(
  model: AgencyReportModel,
  environment: ReportEnvironment = reportEnvironment(),
): string {
  return environment.render('agency-report', model, {
    title: agencyReportTitle(model),
    lang: REPORT_LANG,
  });
}

/** The board report as a complete HTML document (no external references). */
export function renderBoardReport(
  model: BoardReportModel,
  environment: ReportEnvironment = reportEnvironment(),
): string {
  return environment.render('board-report', model, {
    title: boardReportTitle(model),
    lang: REPORT_LANG,
  });
}

export function agencyReportPdfOptions(model: AgencyReportModel): RenderPdfOptions {
  return {
    title: agencyReportTitle(model),
    lang: REPORT_LANG,
    headerLeft: model.organisation.name,
    headerRight: `Online safeguarding self-audit ${model.cycle.name}`,
    footerLeft: `${model.partnership.name} · cycle ${model.cycle.name}`,
    protectiveMarking: model.protectiveMarking,
  };
}

export function boardReportPdfOptions(model: BoardReportModel): RenderPdfOptions {
  return {
    title: boardReportTitle(model),
    lang: REPORT_LANG,
    headerLeft: model.partnership.name,
    headerRight: `Online safeguarding board report ${model.cycle.name}`,
    footerLeft: `Board report · cycle ${model.cycle.name}`,
    protectiveMarking: model.protectiveMarking,
  };
}

/** The agency report as a PDF, printed by `renderer`. */
export function renderAgencyReportPdf(
  renderer: PdfRenderer,
  model: AgencyReportModel,
  environment?: ReportEnvironment,
): Promise<Buffer> {
  return renderer.render(renderAgencyReport(model, environment), agencyReportPdfOptions(model));
}

/** The board report as a PDF, printed by `renderer`. */
export function renderBoardReportPdf(
  renderer: PdfRenderer,
  model: BoardReportModel,
  environment?: ReportEnvironment,
): Promise<Buffer> {
  return renderer.render(renderBoardReport(model, environment), boardReportPdfOptions(model));
}
