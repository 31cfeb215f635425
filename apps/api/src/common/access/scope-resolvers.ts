import { Injectable } from '@nestjs/common';
import { type AuditStatus, isUuid, isVisibleToBoard } from '@pies/domain';
import { BadRequestError, NotFoundError } from '../errors/domain-errors';
import type { ResourceScope } from './resource-scope';

/**
 * SQL finding the tenant of a resource from its id (`$1`): zero or one row with
 * `partnership_ids uuid[]`, and optionally `organisation_id uuid`, `audit_status` (for things
 * in an audit: a draft is kept from board roles).
 */
export type ScopeSql = string;

/** The resource a request names, and the SQL that finds its scope (run with the session). */
export interface ScopeLookup {
  label: string;
  id: string;
  sql: ScopeSql;
}

export interface ScopeRow {
  partnership_ids: string[] | null;
  organisation_id?: string | null;
  audit_status?: AuditStatus | null;
}

/**
 * Finds the tenant a route's resource belongs to from its path parameter. This is the one
 * place tenancy is decided: feature modules register the SQL for their id parameter (e.g.
 * `auditId`) and the access guard runs it in the same round trip as the session lookup,
 * before any handler runs.
 */
@Injectable()
export class ScopeResolvers {
  private readonly resolvers = new Map<string, { label: string; sql: ScopeSql }>();

  constructor() {
    this.register(
      'partnershipId',
      'partnership',
      'SELECT ARRAY[p.id] AS partnership_ids FROM partnerships p WHERE p.id = $1',
    );
    this.register(
      'organisationId',
      'organisation',
      `SELECT o.id AS organisation_id,
              COALESCE((SELECT array_agg(partnership_id) FROM partnership_organisations WHERE organisation_id = o.id), '{}') AS partnership_ids
         FROM organisations o WHERE o.id = $1`,
    );
  }

  register(param: string, label: string, sql: ScopeSql): void {
    if (this.resolvers.has(param)) throw new Error(`scope resolver for ${param} registered twice`);
    if (/\$[2-9]/.test(sql)) throw new Error(`scope SQL for ${param} may use only $1`);
    this.resolvers.set(param, { label, sql });
  }

  /**
   * The lookup for the most specific known parameter in the route, or null when the route
   * names no resource. Throws 400 for a malformed id (the caller decides when: after the
   * session check, so an unauthenticated caller learns nothing).
   */
  lookup(params: Record<string, string>): ScopeLookup | null {
    const known = Object.keys(params).filter((p) => this.resolvers.has(p));
    if (known.length === 0) return null;
    for (const p of known) {
      if (!isUuid(params[p]))
        throw new BadRequestError(`${p} must be a UUID`, [
          { field: p, problems: [`${p} must be a UUID`] },
        ]);
    }
    // The last parameter in the path is the most specific resource.
    const param = known[known.length - 1];
    const { label, sql } = this.resolvers.get(param)!;
    return { label, id: params[param], sql };
  }

  /** The scope from the lookup's row; 404 naming the resource when there was none. */
  scopeOf(lookup: ScopeLookup, row: ScopeRow | null): ResourceScope {
    if (!row) throw new NotFoundError(lookup.label);
    return {
      partnershipIds: row.partnership_ids ?? [],
      ...(row.organisation_id ? { organisationId: row.organisation_id } : {}),
      ...(row.audit_status ? { draft: !isVisibleToBoard(row.audit_status) } : {}),
    };
  }
}
