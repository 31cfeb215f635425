import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { recordPersonEvent } from '../audit-trail/audit-trail';
import type { Actor } from '../common/access/actor';
import { ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { SecretBox } from '../common/secrets/secret-box';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { queryRow, queryRows, run } from '../database/typed-query';
import {
  CreateSsoConfigurationDto,
  SsoConfigurationDto,
  UpdateSsoConfigurationDto,
} from './dto/sso-configuration.dto';
import { assertIssuerAllowed } from './issuer';
import { SsoErrorCode } from './sso.errors';

/** The view of a configuration: never its secret, only whether one is stored. */
const VIEW = `SELECT c.id, c.partnership_id AS "partnershipId", p.name AS "partnershipName", c.name,
       c.issuer, c.client_id AS "clientId", c.client_secret_sealed <> '' AS "hasSecret",
       COALESCE((SELECT array_agg(d.domain ORDER BY d.domain) FROM sso_domains d
                  WHERE d.configuration_id = c.id), '{}') AS domains,
       c.sso_only AS "ssoOnly", c.status, c.approved_at AS "approvedAt",
       c.created_at AS "createdAt", c.updated_at AS "updatedAt"
  FROM sso_configurations c JOIN partnerships p ON p.id = c.partnership_id`;

/** The sealing context of a configuration's client secret (secrets/README.md). */
export const secretContext = (configurationId: string) => `oidc:${configurationId}`;

/**
 * SSO configurations: proposed by a partnership admin, approved (or made approved) by a platform
 * admin. Only an approved configuration claims its domains and signs anyone in.
 */
@Injectable()
export class SsoConfigurationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly box: SecretBox,
    private readonly clock: Clock,
  ) {}

  list(): Promise<SsoConfigurationDto[]> {
    return queryRows<SsoConfigurationDto>(this.db, `${VIEW} ORDER BY p.name, c.name, c.id`);
  }

  listForPartnership(partnershipId: string): Promise<SsoConfigurationDto[]> {
    return queryRows<SsoConfigurationDto>(
      this.db,
      `${VIEW} WHERE c.partnership_id = $1 ORDER BY c.name, c.id`,
      [partnershipId],
    );
  }

  /** A platform admin's configuration is approved at once; a partnership admin's is a proposal. */
  async create(
    actor: Actor,
    partnershipId: string,
    dto: CreateSsoConfigurationDto,
  ): Promise<SsoConfigurationDto> {
    assertIssuerAllowed(dto.issuer, this.config.ssoAllowHttpIssuer);
    const id = randomUUID();
    const approved = actor.isPlatformAdmin;
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      await run(
        tx,
        `INSERT INTO sso_configurations (id, partnership_id, name, issuer, client_id, client_secret_sealed,
                sso_only, status, proposed_by_id, approved_by_id, approved_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
        [
          id,
          partnershipId,
          dto.name,
          dto.issuer,
          dto.clientId,
          this.box.seal(dto.clientSecret, secretContext(id)),
          dto.ssoOnly ?? false,
          approved ? 'approved' : 'proposed',
          actor.userId,
          approved ? actor.userId : null,
          approved ? now : null,
          now,
        ],
      );
      await this.setDomains(tx, id, dto.domains, approved);
      const after = await this.view(tx, id);
      await this.record(
        tx,
        actor,
        approved ? 'sso.configuration.created' : 'sso.configuration.proposed',
        id,
        null,
        after,
      );
      return after;
    });
  }

  /** A platform admin's edit: an approved configuration stays approved, its domains re-claimed. */
  async update(
    actor: Actor,
    id: string,
    dto: UpdateSsoConfigurationDto,
  ): Promise<SsoConfigurationDto> {
    if (dto.issuer !== undefined) assertIssuerAllowed(dto.issuer, this.config.ssoAllowHttpIssuer);
    return this.db.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      await run(
        tx,
        `UPDATE sso_configurations SET name = COALESCE($2, name), issuer = COALESCE($3, issuer),
                client_id = COALESCE($4, client_id), client_secret_sealed = COALESCE($5, client_secret_sealed),
                sso_only = COALESCE($6, sso_only), updated_at = $7
          WHERE id = $1`,
        [
          id,
          dto.name ?? null,
          dto.issuer ?? null,
          dto.clientId ?? null,
          dto.clientSecret === undefined
            ? null
            : this.box.seal(dto.clientSecret, secretContext(id)),
          dto.ssoOnly ?? null,
          this.clock.now(),
        ],
      );
      if (dto.domains) await this.setDomains(tx, id, dto.domains, before.status === 'approved');
      const after = await this.view(tx, id);
      // The secret itself is never in the trail: only that it was replaced.
      await this.record(tx, actor, 'sso.configuration.updated', id, before, {
        ...after,
        ...(dto.clientSecret === undefined ? {} : { secretReplaced: true }),
      });
      return after;
    });
  }

  /** A platform admin approves a proposal: its domains are claimed, unless another holds one. */
  async approve(actor: Actor, id: string): Promise<SsoConfigurationDto> {
    return this.db.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      if (before.status === 'approved') return before;
      const now = this.clock.now();
      await run(
        tx,
        `UPDATE sso_configurations SET status = 'approved', approved_by_id = $2, approved_at = $3, updated_at = $3
          WHERE id = $1`,
        [id, actor.userId, now],
      );
      await this.setDomains(tx, id, before.domains, true);
      const after = await this.view(tx, id);
      await this.record(tx, actor, 'sso.configuration.approved', id, before, after);
      return after;
    });
  }

  /**
   * A platform admin withdraws a configuration: it goes with its domains, its people's links to
   * the provider and any sign-in under way (all cascade), so its domains sign in with passwords
   * again. The trail keeps what it was.
   */
  async withdraw(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.view(tx, id, true);
      await run(tx, 'DELETE FROM sso_configurations WHERE id = $1', [id]);
      await this.record(tx, actor, 'sso.configuration.withdrawn', id, before, {});
    });
  }

  /** Replaces the configuration's domains; claimed ones (approved) must be free elsewhere. */
  private async setDomains(tx: EntityManager, id: string, domains: string[], approved: boolean) {
    if (approved) {
      const taken = await queryRows<{ domain: string }>(
        tx,
        `SELECT domain FROM sso_domains WHERE approved AND configuration_id <> $1 AND domain = ANY($2::text[])
          ORDER BY domain FOR UPDATE`,
        [id, domains],
      );
      if (taken.length > 0) {
        throw new ConflictError(
          SsoErrorCode.SSO_DOMAIN_CLAIMED,
          `already served by another configuration: ${taken.map((t) => t.domain).join(', ')}`,
          { domains: taken.map((t) => t.domain) },
        );
      }
    }
    await run(tx, 'DELETE FROM sso_domains WHERE configuration_id = $1', [id]);
    await run(
      tx,
      `INSERT INTO sso_domains (configuration_id, domain, approved)
       SELECT $1, d, $3 FROM unnest($2::text[]) d`,
      [id, domains, approved],
    );
  }

  private async view(tx: EntityManager, id: string, lock = false): Promise<SsoConfigurationDto> {
    const row = await queryRow<SsoConfigurationDto>(
      tx,
      `${VIEW} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`,
      [id],
    );
    if (!row)
      throw new NotFoundError(SsoErrorCode.SSO_CONFIGURATION_NOT_FOUND, 'SSO configuration');
    return row;
  }

  /** The trail's record of a change, about the admin who made it; never the secret. */
  private record(
    tx: EntityManager,
    actor: Actor,
    kind: string,
    id: string,
    before: SsoConfigurationDto | null,
    after: object,
  ) {
    return recordPersonEvent(tx, {
      at: this.clock.now(),
      personId: actor.userId,
      actorId: actor.userId,
      kind,
      subject: `sso-configuration:${id}`,
      before,
      after,
    });
  }
}
