import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/access/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { CreatePartnershipDto, PartnershipDto } from './dto/partnership.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { oneRow, queryRow, queryRows } from '../database/typed-query';

const SELECT = `SELECT p.id, p.name, p.area, p.created_at AS "createdAt",
  (SELECT count(*)::int FROM partnership_organisations po WHERE po.partnership_id = p.id) AS "organisationCount"
  FROM partnerships p`;

@Injectable()
export class PartnershipsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every partnership for a platform admin; otherwise those the user belongs to. */
  list(actor: Actor): Promise<PartnershipDto[]> {
    if (actor.isPlatformAdmin)
      return queryRows<PartnershipDto>(this.db, `${SELECT} ORDER BY p.name`);
    return queryRows<PartnershipDto>(
      this.db,
      `${SELECT} WHERE p.id = ANY($1::uuid[]) ORDER BY p.name`,
      [actor.partnershipIds],
    );
  }

  async get(id: string): Promise<PartnershipDto> {
    const row = await queryRow<PartnershipDto>(this.db, `${SELECT} WHERE p.id = $1`, [id]);
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'partnership');
    return row;
  }

  async create(dto: CreatePartnershipDto): Promise<PartnershipDto> {
    const { id } = await oneRow<{ id: string }>(
      this.db,
      'INSERT INTO partnerships (name, area) VALUES ($1, $2) RETURNING id',
      [dto.name, dto.area ?? null],
    );
    return this.get(id);
  }
}
