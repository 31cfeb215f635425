import type { FrameworkDefinition } from '@pies/framework';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { CommonErrorCode } from '../common/errors/common.errors';
import { queryRow } from '../database/typed-query';

/**
 * Framework versions are immutable once imported, so each process parses a definition once.
 * (A definition is ~150 KB of JSON for the PIES framework; loading it per request dominated
 * the cost of autosave and dashboards.)
 */
const cache = new Map<string, Promise<FrameworkDefinition>>();

export function frameworkDefinition(
  db: DataSource | EntityManager,
  versionId: string,
): Promise<FrameworkDefinition> {
  let hit = cache.get(versionId);
  if (!hit) {
    hit = queryRow<{ definition: FrameworkDefinition }>(
      db,
      'SELECT definition FROM framework_versions WHERE id = $1',
      [versionId],
    ).then((found) => {
      if (!found) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, 'framework version');
      return found.definition;
    });
    hit.catch(() => cache.delete(versionId));
    cache.set(versionId, hit);
  }
  return hit;
}
