import { piesFramework } from './testing/framework';
import { buildAgencyReportModel } from './testing/agency-fixture';
import { buildBoardReportModel } from './testing/board-fixture';
import { inspectPdf, normaliseText, type PdfInspection } from './testing/inspect-pdf';
import { PdfRenderer } from './pdf/pdf-renderer';
import {
  agencyReportTitle,
  boardReportTitle,
  renderAgencyReportPdf,
  renderBoardReportPdf,
} from './render/render-reports';

jest.setTimeout(120_000);

/** The text between running header and footer, across pages, whitespace collapsed. */
function bodyText(inspection: PdfInspection): string {
  return normaliseText(inspection.pages.map((page) => page.body).join('\n'));
}

describe('report PDFs (real Chromium)', () => {
  const renderer = new PdfRenderer();
  afterAll(() => renderer.close());

  describe('agency report', () => {
    const model = buildAgencyReportModel();
    let pdf: PdfInspection;
    beforeAll(async () => {
      pdf = await inspectPdf(await renderAgencyReportPdf(renderer, model));
    });

    it('is a tagged PDF with its title and language set', () => {
      expect(pdf.marked).toBe(true);
      expect(pdf.structTree).toBe(true);
      expect(pdf.title).toBe(agencyReportTitle(model));
      expect(pdf.language).toBe('en-GB');
    });

    it('has an outline of sections, areas, standards and indicators', () => {
      const titles = pdf.outline.map((entry) => `${entry.depth}:${entry.title}`);
      expect(titles.slice(0, 1)).toEqual(['0:Riverside Academy']);
      expect(titles).toEqual(
        expect.arrayContaining([
          '1:Summary',
          '1:P. Policies and practices',
          '2:P1 Online safety policy and leadership',
          '3:P1.1',
          '1:S. Standards and inspection',
          '1:Action plan',
          '1:Challenge log',
          '1:Sign-off',
        ]),
      );
    });

    it('holds the organisation, every indicator code and all commentary as real text', () => {
      const text = bodyText(pdf);
      expect(text).toContain('Riverside Academy');
      expect(text).toContain('Demo Safeguarding Children Partnership');
      const codes = piesFramework().indicators.map((indicator) => indicator.code);
      expect(codes).toHaveLength(57);
      for (const code of codes) expect(text).toContain(code);
      const commentaries = model.areas.flatMap((area) =>
        area.standards.flatMap((standard) => standard.indicators.map((i) => i.commentary)),
      );
      expect(commentaries.filter(Boolean).length).toBeGreaterThan(50);
      for (const commentary of commentaries) {
        if (commentary) expect(text).toContain(normaliseText(commentary));
      }
    });

    it('prints the protective marking and "Page X of Y" on every page', () => {
      pdf.pages.forEach((page, i) => {
        expect(page.text).toContain('OFFICIAL-SENSITIVE');
        expect(normaliseText(page.text)).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
      });
    });
  });

  describe('board report', () => {
    const model = buildBoardReportModel({ agencies: 40 });
    let pdf: PdfInspection;
    beforeAll(async () => {
      pdf = await inspectPdf(await renderBoardReportPdf(renderer, model));
    });

    it('is tagged, titled and has an outline of its sections', () => {
      expect(pdf.marked).toBe(true);
      expect(pdf.structTree).toBe(true);
      expect(pdf.title).toBe(boardReportTitle(model));
      expect(pdf.outline.filter((entry) => entry.depth === 1).map((entry) => entry.title)).toEqual([
        'Executive summary',
        'Cycle completion',
        'Heat map of agencies',
        'Comparison by sector',
        'Ten weakest indicators',
        'Open challenges',
        'Overdue actions',
        'Actions done since acceptance',
        'Action plans by agency',
        'Appendix: open improvement actions',
      ]);
    });

    it('names every agency in the heat map and the ten weakest indicators', () => {
      const text = bodyText(pdf);
      for (const row of model.heatMap) expect(text).toContain(row.organisation);
      for (const indicator of model.weakestIndicators.slice(0, 10)) {
        expect(text).toContain(indicator.code);
      }
    });

    it('counts the overdue actions in words that agree with the number', () => {
      expect(model.overdueActions.length).toBeGreaterThan(1);
      expect(normaliseText(bodyText(pdf))).toContain(
        `${model.overdueActions.length} improvement actions past due and not done`,
      );
    });

    it('lists only the 15 most overdue in the body, leaving the full list to the appendix', () => {
      expect(model.overdueActions.length).toBeGreaterThan(15);
      const text = normaliseText(bodyText(pdf));
      const section = text.slice(
        text.indexOf('Overdue actions'),
        text.indexOf('Actions done since acceptance'),
      );
      expect(section).toContain('the 15 most overdue here');
      // Each row names its agency once (a <th>): 15 rows, however many are overdue.
      const rows = model.overdueActions.slice(0, 15);
      const names = new Set(model.overdueActions.map((a) => a.organisation));
      const listed = [...names].reduce((n, name) => n + section.split(name).length - 1, 0);
      const expected = [...names].reduce(
        (n, name) => n + rows.filter((r) => r.organisation === name).length,
        0,
      );
      expect(listed).toBe(expected);
    });
  });
});
