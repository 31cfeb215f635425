import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadRequestError, NotFoundError } from '../errors/domain-errors';
import type { ResourceScope } from './resource-scope';

export type ScopeResolver = (id: string) => Promise<ResourceScope | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the tenant a route's resource belongs to from its path parameter. This is the one
 * place tenancy is decided: feature modules register a resolver for their id parameter
 * (e.g. `auditId`) and the access guard consults it before any handler runs.
 */
@Injectable()
export class ScopeResolvers {
  private readonly resolvers = new Map<string, { label: string; resolve: ScopeResolver }>();
  /**
   * Partnerships seen to exist. Nothing deletes a partnership, so a hit saves the busiest
   * routes (dashboards) a round trip; bounded so junk ids cannot grow it (only real ones enter).
   */
  private readonly knownPartnerships = new Set<string>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.register('partnershipId', 'partnership', async (id) => {
      if (this.knownPartnerships.has(id)) return { partnershipIds: [id] };
      const rows: unknown[] = await this.db.query('SELECT 1 FROM partnerships WHERE id = $1', [id]);
      if (!rows.length) return null;
      if (this.knownPartnerships.size >= 10_000) this.knownPartnerships.clear();
      this.knownPartnerships.add(id);
      return { partnershipIds: [id] };
    });
    this.register('organisationId', 'organisation', async (id) => {
      const rows: { pids: string[] | null }[] = await this.db.query(
        `SELECT (SELECT array_agg(partnership_id) FROM partnership_organisations WHERE organisation_id = o.id) AS pids
           FROM organisations o WHERE o.id = $1`,
        [id],
      );
      return rows.length ? { organisationId: id, partnershipIds: rows[0].pids ?? [] } : null;
    });
  }

  register(param: string, label: string, resolve: ScopeResolver): void {
    if (this.resolvers.has(param)) throw new Error(`scope resolver for ${param} registered twice`);
    this.resolvers.set(param, { label, resolve });
  }

  /**
   * The scope of the most specific known parameter in the route, or null when the route
   * names no resource. Throws 400 for a malformed id and 404 when it does not exist.
   */
  async resolve(params: Record<string, string>): Promise<ResourceScope | null> {
    const known = Object.keys(params).filter((p) => this.resolvers.has(p));
    if (known.length === 0) return null;
    for (const p of known) {
      if (!UUID.test(params[p]))
        throw new BadRequestError(`${p} must be a UUID`, [
          { field: p, problems: [`${p} must be a UUID`] },
        ]);
    }
    // The last parameter in the path is the most specific resource.
    const param = known[known.length - 1];
    const { label, resolve } = this.resolvers.get(param)!;
    const scope = await resolve(params[param]);
    if (!scope) throw new NotFoundError(label);
    return scope;
  }
}
