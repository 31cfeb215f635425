import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DashboardRevisions1795983656285 } from './1795983656285-dashboard-revisions';

/** The tables the dashboard revision triggers watched (see the dashboard-revisions migration). */
const WATCHED = [
  'cycles',
  'partnership_organisations',
  'organisations',
  'audits',
  'audit_scores',
  'cycle_indicator_stats',
  'actions',
  'challenges',
  'challenge_messages',
];

/**
 * The partnership dashboard is computed on every request from the summaries written when an
 * audit changes state, so nothing needs to know when its inputs change: the revision counter,
 * its triggers and functions go.
 */
export class DropDashboardRevisions1796405097035 implements MigrationInterface {
  name = 'DropDashboardRevisions1796405097035';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED) {
      for (const op of ['insert', 'update', 'delete', 'truncate'])
        await queryRunner.query(`DROP TRIGGER "${table}_dashboard_${op}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION dashboard_changed()`);
    await queryRunner.query(`DROP FUNCTION dashboard_bump(uuid[])`);
    await queryRunner.query(`DROP TABLE "dashboard_revisions"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await new DashboardRevisions1795983656285().up(queryRunner);
  }
}
