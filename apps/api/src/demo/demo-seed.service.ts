import { Clock } from '../clock/clock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { FrameworksService } from '../frameworks/frameworks.service';
import { WORKSPACE_ROOT } from '../web/workspace-root';
import { AppConfig } from '../config/app-config';
import { Notifier } from '../notifications/notifier';
import { seedAuditHistory } from './demo-audits.seeder';
import { replayDemoNotices } from './demo-notices';
import { logger } from '../common/logging/logger';
import {
  DEMO_AGENCY_LEADS,
  DEMO_LOGINS,
  DEMO_ORGANISATIONS,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
} from './demo-data';
import { oneRow, queryRow, run } from '../database/typed-query';

const SEED_LOCK = 0x70_1e_5b;
export const DEFAULT_FRAMEWORK = join(
  WORKSPACE_ROOT,
  'templates',
  'frameworks',
  'online-safeguarding-pies.yaml',
);

/**
 * Seeds the demo partnership once. Idempotent: it does nothing when the demo partnership
 * exists, and runs under an advisory lock so two processes cannot both seed.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<boolean> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // The default framework, imported through the same path as `npm run framework:import`.
    const framework = await this.frameworks.import(readFileSync(DEFAULT_FRAMEWORK, 'utf8'), null);
    const definition = await this.frameworks.definitionById(framework.id);
    return this.db.transaction(async (tx) => {
      await run(tx, 'SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const exists = await queryRow<{ id: string }>(
        tx,
        'SELECT id FROM partnerships WHERE name = $1',
        [DEMO_PARTNERSHIP.name],
      );
      if (exists) return false;
      const { id: partnershipId } = await oneRow<{ id: string }>(
        tx,
        'INSERT INTO partnerships (name, area) VALUES ($1, $2) RETURNING id',
        [DEMO_PARTNERSHIP.name, DEMO_PARTNERSHIP.area],
      );
      const orgIds = new Map<string, string>();
      const userIds = new Map<string, string>();
      for (const org of DEMO_ORGANISATIONS) {
        const { id } = await oneRow<{ id: string }>(
          tx,
          'INSERT INTO organisations (name, sector, contact_email) VALUES ($1, $2, $3) RETURNING id',
          [org.name, org.sector, org.contactEmail],
        );
        orgIds.set(org.name, id);
        await run(
          tx,
          'INSERT INTO partnership_organisations (partnership_id, organisation_id) VALUES ($1, $2)',
          [partnershipId, id],
        );
      }
      for (const login of [...DEMO_LOGINS, ...DEMO_AGENCY_LEADS]) {
        const { id: userId } = await oneRow<{ id: string }>(
          tx,
          `INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3)
           ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
          [login.email, login.name, passwordHash],
        );
        userIds.set(login.email, userId);
        const scope =
          login.role === 'platform_admin'
            ? [null, null]
            : login.organisation
              ? [null, orgIds.get(login.organisation)]
              : [partnershipId, null];
        await run(
          tx,
          `INSERT INTO memberships (user_id, role, partnership_id, organisation_id, status) VALUES ($1, $2, $3, $4, 'active')
           ON CONFLICT DO NOTHING`,
          [userId, login.role, ...scope],
        );
      }
      await seedAuditHistory(tx, {
        partnershipId,
        frameworkVersionId: framework.id,
        definition,
        organisations: DEMO_ORGANISATIONS.map((o) => ({
          id: orgIds.get(o.name)!,
          name: o.name,
          sector: o.sector,
        })),
        focusOrg: 'Riverside Academy',
        leadId: userIds.get('lead@demo.test') ?? null,
        contributorId: userIds.get('contributor@demo.test') ?? null,
        at: this.clock.now(),
      });
      await replayDemoNotices(tx, this.notifier, {
        partnershipId,
        today: this.clock.today(),
        keptLocally: this.config.mailKeptLocally,
      });
      logger.info(
        {
          organisations: DEMO_ORGANISATIONS.length,
          users: DEMO_LOGINS.length + DEMO_AGENCY_LEADS.length,
        },
        'demo data seeded',
      );
      return true;
    });
  }
}
