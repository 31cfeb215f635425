import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { BOARD_STATES } from '../dashboards/partnership-dashboard.service';
import { frameworkDefinition } from '../frameworks/framework-definitions';
import { CSV_BOM, csvLine } from './csv';

const HEADER = [
  'Organisation',
  'Sector',
  'Audit status',
  'Area',
  'Standard',
  'Indicator',
  'Statement',
  'Level',
  'Level label',
  'Benchmark',
  'Not applicable',
  'Not applicable reason',
  'Commentary',
  'Updated at',
];

/** Spreadsheet exports of a cycle for the board: only audits the board may read. */
@Injectable()
export class ExportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async responsesCsv(cycleId: string): Promise<{ fileName: string; csv: string }> {
    const [cycle] = await this.db.query(
      `SELECT c.name, c.framework_version_id AS "versionId", p.name AS partnership
         FROM cycles c JOIN partnerships p ON p.id = c.partnership_id WHERE c.id = $1`,
      [cycleId],
    );
    if (!cycle) throw new NotFoundError('cycle');
    const labels = new Map(
      (await frameworkDefinition(this.db, cycle.versionId)).scale.levels.map((l) => [
        l.value,
        l.label,
      ]),
    );
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT o.name AS organisation, o.sector, a.status, fi.area_code, fi.standard_code, fi.code, fi.statement,
              r.level, fi.benchmark, COALESCE(r.not_applicable, false) AS na, r.not_applicable_reason, r.commentary, r.updated_at
         FROM audits a
         JOIN organisations o ON o.id = a.organisation_id
         JOIN framework_indicators fi ON fi.framework_version_id = $2
         LEFT JOIN responses r ON r.audit_id = a.id AND r.indicator_code = fi.code
        WHERE a.cycle_id = $1 AND a.status = ANY($3)
        ORDER BY o.name, a.id, fi.position`,
      [cycleId, cycle.versionId, BOARD_STATES],
    );
    let csv = CSV_BOM + csvLine(HEADER);
    for (const r of rows) {
      csv += csvLine([
        r.organisation,
        r.sector,
        r.status,
        r.area_code,
        r.standard_code,
        r.code,
        r.statement,
        r.level,
        r.level === null ? null : labels.get(r.level as number),
        r.benchmark,
        r.na ? 'yes' : 'no',
        r.not_applicable_reason,
        r.commentary,
        r.updated_at,
      ]);
    }
    const slug = `${cycle.partnership}-${cycle.name}`
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return { fileName: `${slug}-responses.csv`, csv };
  }
}
