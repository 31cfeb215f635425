import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  allIndicators,
  diffFrameworks,
  frameworkToYaml,
  type FrameworkDefinition,
} from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access/actor';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../common/errors/domain-errors';
import { frameworkDefinition } from './framework-definitions';
import { parseFrameworkInWorker } from './framework-parser';
import { locatedProblems } from './problem-locations';
import { RESERVED_FRAMEWORK_IDS } from './reserved-framework-ids';
import type {
  FrameworkDiffDto,
  FrameworkSummaryDto,
  FrameworkVersionDto,
  FrameworkVersionSummaryDto,
  ImportResultDto,
} from './dto/framework.dto';
import { CommonErrorCode } from '../common/errors/common.errors';
import { FrameworkErrorCode } from './frameworks.errors';
import { oneRow, queryRow, queryRows, run } from '../database/typed-query';

const SUMMARY = `SELECT v.id, v.framework_id AS "frameworkId",
  v.owner_partnership_id AS "ownerPartnershipId", v.version, v.title, v.publisher,
  v.content_hash AS "contentHash", v.imported_at AS "importedAt",
  (SELECT count(*)::int FROM framework_indicators i WHERE i.framework_version_id = v.id) AS "indicatorCount"
  FROM framework_versions v`;

/**
 * The versions an actor sees: the platform's and those of their own partnerships. `$1` is
 * `seenBy(actor)`: their partnerships, or null for a platform admin, who sees every one.
 */
const VISIBLE = `($1::uuid[] IS NULL OR v.owner_partnership_id IS NULL OR v.owner_partnership_id = ANY($1::uuid[]))`;
const seenBy = (actor: Actor) => (actor.isPlatformAdmin ? null : actor.partnershipIds);

@Injectable()
export class FrameworksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Validates and imports a framework version, owned by the importing partnership admin's
   * partnership, or by the platform (a platform admin, or `null` for the CLI and the demo).
   * Re-importing identical content is a no-op; the same version with different content is
   * refused: a published version never changes.
   */
  async import(yaml: string, actor: Actor | null): Promise<ImportResultDto> {
    const owner = ownerFor(actor);
    const parsed = await parseFrameworkInWorker(yaml);
    if (!parsed.ok) {
      throw new BadRequestError(
        FrameworkErrorCode.FRAMEWORK_INVALID,
        `the framework has ${parsed.errors.length} problem(s): ${parsed.errors
          .slice(0, 5)
          .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
          .join('; ')}${parsed.errors.length > 5 ? '; ...' : ''}`,
        locatedProblems(parsed.errors),
      );
    }
    const { framework: f, contentHash: hash } = parsed;
    return this.db.transaction(async (tx) => {
      // Serialise imports of one framework so two uploads of a version cannot both win.
      await run(tx, 'SELECT pg_advisory_xact_lock(hashtext($1))', [f.id]);
      if (owner !== null) await this.refuseReserved(tx, f.id);
      const existing = await queryRow<{ id: string; content_hash: string }>(
        tx,
        `SELECT id, content_hash FROM framework_versions
          WHERE framework_id = $1 AND version = $2 AND owner_partnership_id IS NOT DISTINCT FROM $3`,
        [f.id, f.version, owner],
      );
      if (existing) {
        if (existing.content_hash !== hash) {
          throw new ConflictError(
            FrameworkErrorCode.FRAMEWORK_VERSION_PUBLISHED,
            `${f.id} version ${f.version} is published and cannot change; give the changed framework a new version`,
          );
        }
        return { ...(await this.summary(tx, existing.id)), created: false };
      }
      const { id } = await oneRow<{ id: string }>(
        tx,
        `INSERT INTO framework_versions (framework_id, owner_partnership_id, version, title, publisher, definition, source_yaml, content_hash, imported_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          f.id,
          owner,
          f.version,
          f.title,
          f.publisher,
          JSON.stringify(f),
          yaml,
          hash,
          actor?.userId ?? null,
        ],
      );
      await this.insertIndicators(tx, id, f, parsed.indicatorHashes);
      return { ...(await this.summary(tx, id)), created: true };
    });
  }

  /** The shipped frameworks' ids, and any the platform has published, are the platform's. */
  private async refuseReserved(tx: EntityManager, frameworkId: string) {
    const platforms =
      RESERVED_FRAMEWORK_IDS.includes(frameworkId) ||
      (await queryRow<{ taken: number }>(
        tx,
        'SELECT 1 AS taken FROM framework_versions WHERE framework_id = $1 AND owner_partnership_id IS NULL LIMIT 1',
        [frameworkId],
      ));
    if (platforms) {
      throw new ForbiddenError(
        FrameworkErrorCode.FRAMEWORK_ID_RESERVED,
        `the framework id ${frameworkId} is reserved for the platform: give your framework an id of its own`,
      );
    }
  }

  private async insertIndicators(
    tx: EntityManager,
    versionId: string,
    f: FrameworkDefinition,
    hashes: string[],
  ) {
    const rows = allIndicators(f);
    await run(
      tx,
      `INSERT INTO framework_indicators
         (framework_version_id, code, area_code, standard_code, position, statement, benchmark, weight, allow_not_applicable, content_hash)
       SELECT $1, x.code, x.area_code, x.standard_code, x.position, x.statement, x.benchmark, x.weight, x.allow_na, x.hash
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::int[], $8::float8[], $9::bool[], $10::text[])
           AS x(code, area_code, standard_code, position, statement, benchmark, weight, allow_na, hash)`,
      [
        versionId,
        rows.map((r) => r.code),
        rows.map((r) => r.areaCode),
        rows.map((r) => r.standardCode),
        rows.map((_, i) => i),
        rows.map((r) => r.statement),
        rows.map((r) => r.benchmark),
        rows.map((r) => r.weight),
        rows.map((r) => r.allowNotApplicable),
        hashes,
      ],
    );
  }

  private async summary(
    tx: EntityManager | DataSource,
    id: string,
  ): Promise<FrameworkVersionSummaryDto> {
    const row = await oneRow<FrameworkVersionSummaryDto>(tx, `${SUMMARY} WHERE v.id = $1`, [id]);
    return row;
  }

  async list(actor: Actor): Promise<FrameworkSummaryDto[]> {
    const rows = await queryRows<FrameworkVersionSummaryDto>(
      this.db,
      `${SUMMARY} WHERE ${VISIBLE}
       ORDER BY v.framework_id, v.owner_partnership_id NULLS FIRST, v.imported_at DESC, v.version DESC`,
      [seenBy(actor)],
    );
    const byId = new Map<string, FrameworkSummaryDto>();
    for (const r of rows) {
      const key = `${r.frameworkId} ${r.ownerPartnershipId}`;
      const entry = byId.get(key) ?? {
        frameworkId: r.frameworkId,
        ownerPartnershipId: r.ownerPartnershipId,
        title: r.title,
        versions: [],
      };
      entry.versions.push(r);
      byId.set(key, entry);
    }
    return [...byId.values()];
  }

  /** A version the actor sees; the platform's first where a partnership reused its id. */
  async getVersion(
    actor: Actor,
    frameworkId: string,
    version: string,
  ): Promise<FrameworkVersionDto> {
    const row = await queryRow<FrameworkVersionDto>(
      this.db,
      `${SUMMARY.replace('FROM framework_versions v', ', v.definition FROM framework_versions v')}
       WHERE v.framework_id = $2 AND v.version = $3 AND ${VISIBLE}
       ORDER BY v.owner_partnership_id NULLS FIRST, v.imported_at LIMIT 1`,
      [seenBy(actor), frameworkId, version],
    );
    if (!row)
      throw new NotFoundError(
        CommonErrorCode.RESOURCE_NOT_FOUND,
        `framework ${frameworkId} version ${version}`,
      );
    return row;
  }

  /** A version the actor sees, written back in the import format (frameworkToYaml). */
  async versionYaml(actor: Actor, frameworkId: string, version: string): Promise<string> {
    const v = await this.getVersion(actor, frameworkId, version);
    return frameworkToYaml(v.definition as unknown as FrameworkDefinition);
  }

  definitionById(versionId: string): Promise<FrameworkDefinition> {
    return frameworkDefinition(this.db, versionId);
  }

  async diff(
    actor: Actor,
    frameworkId: string,
    from: string,
    to: string,
  ): Promise<FrameworkDiffDto> {
    const [a, b] = await Promise.all([
      this.getVersion(actor, frameworkId, from),
      this.getVersion(actor, frameworkId, to),
    ]);
    const d = diffFrameworks(
      a.definition as unknown as FrameworkDefinition,
      b.definition as unknown as FrameworkDefinition,
    );
    return { from, to, ...d };
  }
}

/** Whose framework an import makes: the platform's, or the one partnership the admin runs. */
function ownerFor(actor: Actor | null): string | null {
  if (actor === null || actor.isPlatformAdmin) return null;
  const administered = actor.memberships.flatMap((m) =>
    m.role === 'partnership_admin' && m.partnershipId ? [m.partnershipId] : [],
  );
  if (administered.length !== 1) {
    throw new BadRequestError(
      FrameworkErrorCode.FRAMEWORK_OWNER_AMBIGUOUS,
      'you administer several partnerships, so the framework would have no single owner',
    );
  }
  return administered[0];
}
