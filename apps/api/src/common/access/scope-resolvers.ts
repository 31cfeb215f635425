import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuditStatus, isUuid, isVisibleToBoard } from '@pies/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { CommonErrorCode, CommonProblemCode } from '../errors/common.errors';
import { invalidFields, problem } from '../errors/field-problems';
import type { IdScope, ScopeSql } from './id-scope';
import { type IdPlace, liesInside, type ResourceScope } from './resource-scope';
import { ID_SCOPES, namesResource } from './scope-registry';
import { idNameOf, type IdsInScopeOptions, valuesAt } from './scope.decorators';
import { queryRow, queryRows } from '../../database/typed-query';

/** The resource a request names, and the SQL that finds its scope (run with the session). */
export interface ScopeLookup {
  label: string;
  id: string;
  sql: ScopeSql;
}

export interface ScopeRow {
  partnership_ids: string[] | null;
  organisation_id?: string | null;
  organisation_ids?: string[] | null;
  audit_status?: AuditStatus | null;
  shared?: boolean | null;
  user_id?: string | null;
}

/** 400 naming the field that should hold an id. */
export const malformedId = (field: string) => malformedIds([field]);

/** 400 naming every field that should hold an id and does not. */
const malformedIds = (fields: string[]) =>
  invalidFields(
    fields.map((field) => ({
      field,
      problems: [problem(CommonProblemCode.isUuid, `${field} must be a UUID`)],
    })),
  );

/**
 * Finds the tenant of the ids a request names, from the declarations in ID_SCOPES. This is
 * the one place tenancy is decided: the access guard runs the path's lookup in the same round
 * trip as the session lookup, and resolves ids named in bodies and queries, before any
 * handler runs.
 */
@Injectable()
export class ScopeResolvers {
  private readonly scopes = new Map<string, IdScope>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    for (const scope of ID_SCOPES) {
      if (this.scopes.has(scope.param))
        throw new Error(`the scope of ${scope.param} is declared twice`);
      if (/\$(0|[2-9]|1\d)/.test(scope.sql))
        throw new Error(`scope SQL for ${scope.param} may use only $1`);
      this.scopes.set(scope.param, scope);
    }
  }

  /**
   * The lookup for the most specific tenant-scoped parameter in the route (the last in the
   * path), or null when the route names no tenant resource. Throws 400 for a malformed id
   * (the caller decides when: after the session check, so an unauthenticated caller learns
   * nothing).
   */
  lookup(params: Record<string, string>): ScopeLookup | null {
    return this.lookups(params)[0] ?? null;
  }

  /** The route's other tenant-scoped parameters (e.g. the partnership a route links to). */
  furtherLookups(params: Record<string, string>): ScopeLookup[] {
    return this.lookups(params).slice(1);
  }

  private lookups(params: Record<string, string>): ScopeLookup[] {
    const known = Object.keys(params).filter((p) => namesResource(this.scopes.get(p)));
    for (const p of known) if (!isUuid(params[p])) throw malformedId(p);
    return known.reverse().map((p) => {
      const { label, sql } = this.scopes.get(p)!;
      return { label, id: params[p], sql };
    });
  }

  /** The scope from the lookup's row; 404 naming the resource when there was none. */
  scopeOf(lookup: ScopeLookup, row: ScopeRow | null): ResourceScope {
    if (!row) throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, lookup.label);
    return {
      partnershipIds: row.partnership_ids ?? [],
      ...(row.organisation_id ? { organisationId: row.organisation_id } : {}),
      ...(row.audit_status ? { draft: !isVisibleToBoard(row.audit_status) } : {}),
      ...(row.user_id ? { userId: row.user_id } : {}),
    };
  }

  /** The scope of a further path parameter, in a round trip of its own. */
  async scopeOfLookup(lookup: ScopeLookup): Promise<ResourceScope> {
    const found = await queryRow<ScopeRow>(this.db, lookup.sql, [lookup.id]);
    return this.scopeOf(lookup, found ?? null);
  }

  /**
   * Where each of these ids of one kind lives ('global' for a shared resource or row), in one
   * statement; an id that does not exist is missing from the map. Ids must be UUIDs.
   */
  async places(scope: IdScope, ids: readonly string[]): Promise<Map<string, IdPlace | 'global'>> {
    const sql = scope.sql.replace(/\$1(?!\d)/g, 'ids.id');
    const found = await queryRows<ScopeRow & { idInScope: string }>(
      this.db,
      `SELECT ids.id::text AS "idInScope", r.* FROM unnest($1::uuid[]) AS ids(id) CROSS JOIN LATERAL (${sql}) r`,
      [[...new Set(ids)]],
    );
    return new Map(
      found.map((row) => [
        row.idInScope,
        scope.global || row.shared
          ? 'global'
          : {
              partnershipIds: row.partnership_ids ?? [],
              organisationIds:
                row.organisation_ids ?? (row.organisation_id ? [row.organisation_id] : []),
            },
      ]),
    );
  }

  /**
   * Ids named in the body and query (`@IdsInScope`) must lie inside the route's resource:
   * 400 naming every field that is not a UUID, else 404 for the first that does not exist or
   * lies outside.
   */
  async checkInside(
    route: ResourceScope | null,
    ids: IdsInScopeOptions,
    sources: { body: unknown; query: unknown },
  ): Promise<void> {
    const named = new Map<IdScope, { field: string; id: string }[]>();
    const bad: string[] = [];
    for (const from of ['body', 'query'] as const) {
      for (const path of ids[from] ?? []) {
        const scope = this.scopes.get(idNameOf(path));
        if (!scope) throw new Error(`${path} has no declared scope`);
        for (const { field, value } of valuesAt(sources[from], path)) {
          if (typeof value !== 'string' || !isUuid(value)) bad.push(field);
          else {
            const list = named.get(scope) ?? named.set(scope, []).get(scope)!;
            list.push({ field, id: value.toLowerCase() });
          }
        }
      }
    }
    if (bad.length) {
      throw malformedIds(bad);
    }
    if (named.size === 0) return;
    // The boot check refuses @IdsInScope on a route with no resource to hold them.
    if (!route) throw new Error('ids in a body or query need a route resource to lie in');
    const inside: ResourceScope =
      ids.within === 'partnership' ? { partnershipIds: route.partnershipIds } : route;
    for (const [scope, found] of named) {
      const places = await this.places(
        scope,
        found.map((f) => f.id),
      );
      for (const { field, id } of found) {
        const place = places.get(id);
        if (!place || !liesInside(inside, place)) {
          throw new NotFoundError(CommonErrorCode.RESOURCE_NOT_FOUND, `${scope.label} (${field})`);
        }
      }
    }
  }
}
