import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@pies/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import type { Actor } from '../common/access/actor';
import { AppConfig } from '../config/app-config';
import { queryRows } from '../database/typed-query';
import {
  actionsDue,
  agencyAudits,
  assignedUnanswered,
  awaitingDecision,
  challengeReplies,
  failedMail,
  notStarted,
} from './attention-lists';
import type { AttentionDto } from './dto/attention.dto';

interface Named {
  id: string;
  name: string;
}

/** What needs the signed-in person now, by the roles they hold (see README.md). */
@Injectable()
export class AttentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async forActor(actor: Actor): Promise<AttentionDto> {
    const today = this.clock.today();
    const scopes = (roles: Role[], key: 'partnershipId' | 'organisationId') => [
      ...new Set(
        actor.memberships
          .filter((m) => roles.includes(m.role) && m[key])
          .map((m) => m[key] as string),
      ),
    ];
    const [boards, admins, leads, contributors] = await Promise.all([
      this.named('partnerships', scopes(['board_member', 'partnership_admin'], 'partnershipId')),
      this.named('partnerships', scopes(['partnership_admin'], 'partnershipId')),
      this.named('organisations', scopes(['agency_lead'], 'organisationId')),
      this.named('organisations', scopes(['agency_contributor'], 'organisationId')),
    ]);
    const [board, agency, contributor, admin] = await Promise.all([
      Promise.all(
        boards.map(async (p) => ({
          partnershipId: p.id,
          partnershipName: p.name,
          awaitingDecision: await awaitingDecision(this.db, p.id),
          challengeReplies: await challengeReplies(this.db, p.id, actor.userId),
        })),
      ),
      Promise.all(
        leads.map(async (o) => ({
          organisationId: o.id,
          organisationName: o.name,
          audits: await agencyAudits(this.db, o.id, today),
          actionsDue: await actionsDue(this.db, o.id, today),
        })),
      ),
      Promise.all(
        contributors.map(async (o) => ({
          organisationId: o.id,
          organisationName: o.name,
          assigned: await assignedUnanswered(this.db, o.id, actor.userId),
        })),
      ),
      Promise.all(
        admins.map(async (p) => ({
          partnershipId: p.id,
          partnershipName: p.name,
          notStarted: await notStarted(this.db, p.id, today),
          failedMail: {
            ...(await failedMail(this.db, p.id)),
            sentMailPage: this.config.mailKeptLocally,
          },
        })),
      ),
    ]);
    return { board, agency, contributor, admin };
  }

  /** The partnerships or organisations of these ids, by name. */
  private named(table: 'partnerships' | 'organisations', ids: string[]): Promise<Named[]> {
    if (!ids.length) return Promise.resolve([]);
    return queryRows<Named>(
      this.db,
      `SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
      [ids],
    );
  }
}
