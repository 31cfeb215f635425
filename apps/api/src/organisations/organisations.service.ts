import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { Clock } from '../clock/clock';
import {
  COMPLIANCE_DATES_SQL,
  complianceOnDay,
  type PartnershipComplianceDates,
} from './compliance.sql';
import {
  CreateOrganisationDto,
  ListOrganisationsQuery,
  OrganisationDto,
  OrganisationPageDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { Organisation } from './entities/organisation.entity';
import { CommonErrorCode } from '../common/errors/common.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';
import { notices } from '../notifications/notices';
import { Notifier } from '../notifications/notifier';

const SELECT = `SELECT o.id, o.name, o.sector, o.contact_email AS "contactEmail",
  o.created_at AS "createdAt", o.updated_at AS "updatedAt",
  COALESCE((SELECT array_agg(po.partnership_id ORDER BY po.joined_at) FROM partnership_organisations po
             WHERE po.organisation_id = o.id), '{}') AS "partnershipIds",
  ${COMPLIANCE_DATES_SQL} AS compliance
  FROM organisations o`;

/** An organisation as read, with its compliance dates rather than its compliance. */
type OrganisationRow = Omit<OrganisationDto, 'compliance'> & {
  compliance: PartnershipComplianceDates[];
};

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async list(partnershipId: string, q: ListOrganisationsQuery): Promise<OrganisationPageDto> {
    const where = [
      'EXISTS (SELECT 1 FROM partnership_organisations po WHERE po.organisation_id = o.id AND po.partnership_id = $1)',
    ];
    const args: unknown[] = [partnershipId];
    if (q.sector) {
      args.push(q.sector);
      where.push(`o.sector = $${args.length}`);
    }
    if (q.search) {
      args.push(`%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`o.name ILIKE $${args.length}`);
    }
    const filter = where.join(' AND ');
    const { total } = await oneRow<{ total: number }>(
      this.db,
      `SELECT count(*)::int AS total FROM organisations o WHERE ${filter}`,
      args,
    );
    const rows = await queryRows<OrganisationRow>(
      this.db,
      `${SELECT} WHERE ${filter} ORDER BY o.name, o.id LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
      [...args, q.pageSize, q.offset],
    );
    return { items: rows.map((r) => this.dto(r)), total, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<OrganisationDto> {
    const row = await queryRow<OrganisationRow>(this.db, `${SELECT} WHERE o.id = $1`, [id]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'organisation');
    return this.dto(row);
  }

  private dto(row: OrganisationRow): OrganisationDto {
    return { ...row, compliance: complianceOnDay(row.compliance, this.clock.today()) };
  }

  /** Creates the organisation as a member of the partnership. */
  async create(partnershipId: string, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    const id = await this.db.transaction(async (tx) => {
      const org = await tx.getRepository(Organisation).save({
        name: dto.name,
        sector: dto.sector,
        contactEmail: dto.contactEmail ?? null,
      });
      await this.joinPartnership(tx, partnershipId, org.id);
      return org.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length)
      await this.db.getRepository(Organisation).update({ id }, changes);
    return this.get(id);
  }

  /**
   * Adds an existing organisation to another partnership (agencies that work across areas).
   * The access guard has found both (404 otherwise).
   */
  async link(partnershipId: string, organisationId: string): Promise<OrganisationDto> {
    await this.db.transaction((tx) => this.joinPartnership(tx, partnershipId, organisationId));
    return this.get(organisationId);
  }

  /**
   * A member of a partnership gets an audit in each of its open cycles, and its leads are told
   * each cycle opened for it, as when the cycle opened (a new organisation has no leads yet).
   */
  private async joinPartnership(tx: EntityManager, partnershipId: string, organisationId: string) {
    await run(
      tx,
      `INSERT INTO partnership_organisations (partnership_id, organisation_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [partnershipId, organisationId],
    );
    const audits = await queryRows<{ id: string; cycleId: string }>(
      tx,
      `INSERT INTO audits (cycle_id, organisation_id)
       SELECT id, $2 FROM cycles WHERE partnership_id = $1 AND status = 'open'
       ON CONFLICT (cycle_id, organisation_id) DO NOTHING
       RETURNING id, cycle_id AS "cycleId"`,
      [partnershipId, organisationId],
    );
    for (const audit of audits) {
      const notice = await notices.cycleOpened(tx, audit.cycleId, audit.id);
      await this.notifier.notify(tx, notice.userIds, notice.occasion);
    }
  }
}
