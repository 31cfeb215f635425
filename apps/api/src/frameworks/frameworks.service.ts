import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allIndicators, diffFrameworks, type FrameworkDefinition } from '@pies/framework';
import { DataSource, type EntityManager } from 'typeorm';
import { BadRequestError, ConflictError, NotFoundError } from '../common/errors/domain-errors';
import { frameworkDefinition } from './framework-definitions';
import { parseFrameworkInWorker } from './framework-parser';
import { locatedProblems } from './problem-locations';
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

const SUMMARY = `SELECT v.id, v.framework_id AS "frameworkId", v.version, v.title, v.publisher,
  v.content_hash AS "contentHash", v.imported_at AS "importedAt",
  (SELECT count(*)::int FROM framework_indicators i WHERE i.framework_version_id = v.id) AS "indicatorCount"
  FROM framework_versions v`;

@Injectable()
export class FrameworksService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Validates and imports a framework version. Re-importing identical content is a no-op;
   * the same version with different content is refused: a published version never changes.
   */
  async import(yaml: string, actorId: string | null): Promise<ImportResultDto> {
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
      const existing = await queryRow<{ id: string; content_hash: string }>(
        tx,
        'SELECT id, content_hash FROM framework_versions WHERE framework_id = $1 AND version = $2',
        [f.id, f.version],
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
        `INSERT INTO framework_versions (framework_id, version, title, publisher, definition, source_yaml, content_hash, imported_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [f.id, f.version, f.title, f.publisher, JSON.stringify(f), yaml, hash, actorId],
      );
      await this.insertIndicators(tx, id, f, parsed.indicatorHashes);
      return { ...(await this.summary(tx, id)), created: true };
    });
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

  async list(): Promise<FrameworkSummaryDto[]> {
    const rows = await queryRows<FrameworkVersionSummaryDto>(
      this.db,
      `${SUMMARY} ORDER BY v.framework_id, v.imported_at DESC, v.version DESC`,
    );
    const byId = new Map<string, FrameworkSummaryDto>();
    for (const r of rows) {
      const entry = byId.get(r.frameworkId) ?? {
        frameworkId: r.frameworkId,
        title: r.title,
        versions: [],
      };
      entry.versions.push(r);
      byId.set(r.frameworkId, entry);
    }
    return [...byId.values()];
  }

  async getVersion(frameworkId: string, version: string): Promise<FrameworkVersionDto> {
    const row = await queryRow<FrameworkVersionDto>(
      this.db,
      `${SUMMARY.replace('FROM framework_versions v', ', v.definition FROM framework_versions v')}
       WHERE v.framework_id = $1 AND v.version = $2`,
      [frameworkId, version],
    );
    if (!row)
      throw new NotFoundError(
        CommonErrorCode.RESOURCE_NOT_FOUND,
        `framework ${frameworkId} version ${version}`,
      );
    return row;
  }

  definitionById(versionId: string): Promise<FrameworkDefinition> {
    return frameworkDefinition(this.db, versionId);
  }

  async diff(frameworkId: string, from: string, to: string): Promise<FrameworkDiffDto> {
    const [a, b] = await Promise.all([
      this.getVersion(frameworkId, from),
      this.getVersion(frameworkId, to),
    ]);
    const d = diffFrameworks(
      a.definition as unknown as FrameworkDefinition,
      b.definition as unknown as FrameworkDefinition,
    );
    return { from, to, ...d };
  }
}
