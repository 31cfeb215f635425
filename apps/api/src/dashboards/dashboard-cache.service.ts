import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ResourceScope } from '../common/access/resource-scope';
import type { DashboardQuery } from './dto/dashboard.dto';
import { LruCache } from './lru-cache';
import { PartnershipDashboardService } from './partnership-dashboard.service';

/** A computed dashboard, serialised once; served as is until its inputs change. */
export interface CachedDashboard {
  json: Buffer;
  /** The same JSON gzipped once, for clients that accept it (browsers do): ~10× smaller. */
  gzip: Buffer;
  etag: string;
  /** Epoch ms (database clock) after which the figures may have changed with time alone. */
  validUntil: number;
}

type Stamp = NonNullable<ResourceScope['dashboardStamp']>;

export const DASHBOARD_CACHE_ENTRIES = 500;
export const DASHBOARD_CACHE_BYTES = 24 * 1024 * 1024;

/**
 * The partnership dashboard through a per-process cache. Every change to what the dashboard shows
 * raises the partnership's revision in the same transaction (database triggers: see the
 * dashboard-revisions migration), so reading it (with the session, in the access guard's one
 * round trip) says whether a cached copy is still exact. The key holds the partnership, that revision, the database's date (overdue
 * counts change at midnight) and every query parameter; an entry also expires at the moment an
 * accepted audit turns two years old (the overdue-agencies rule works to the second).
 * Several API processes each keep their own cache; all read the same revision.
 */
@Injectable()
export class DashboardCacheService {
  private readonly cache = new LruCache<CachedDashboard>(
    DASHBOARD_CACHE_ENTRIES,
    DASHBOARD_CACHE_BYTES,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: PartnershipDashboardService,
  ) {}

  get stats() {
    return { entries: this.cache.size, bytes: this.cache.totalBytes };
  }

  /**
   * `stamp`: the partnership's revision and the database clock, read by the access guard with
   * the session (the partnership's scope carries them; see ScopeResolvers).
   */
  async dashboard(
    partnershipId: string,
    q: DashboardQuery,
    stamp: Stamp,
  ): Promise<CachedDashboard> {
    const key = JSON.stringify([
      partnershipId,
      stamp.revision,
      stamp.today,
      q.cycleId ?? null,
      q.sector ?? null,
      q.state ?? null,
      q.sort,
      q.page,
      q.pageSize,
    ]);
    return this.cache.getOrCompute(
      key,
      () => this.compute(partnershipId, q),
      (e) => e.json.length + e.gzip.length + key.length * 2 + 200,
      (e) => stamp.now < e.validUntil,
    );
  }

  private async compute(partnershipId: string, q: DashboardQuery): Promise<CachedDashboard> {
    const [figures, [limit]] = await Promise.all([
      this.dashboards.dashboard(partnershipId, q),
      // When the next agency becomes overdue by the two-year rule (no revision marks that).
      this.db.query(
        `SELECT (extract(epoch FROM min(la.at + interval '24 months')) * 1000)::float8 AS at
           FROM (SELECT max(a.accepted_at) AS at FROM audits a JOIN cycles c ON c.id = a.cycle_id
                  WHERE c.partnership_id = $1 AND a.status = 'accepted' GROUP BY a.organisation_id) la
          WHERE la.at + interval '24 months' > now()`,
        [partnershipId],
      ) as Promise<{ at: number | null }[]>,
    ]);
    const json = Buffer.from(JSON.stringify(figures));
    return {
      json,
      gzip: gzipSync(json, { level: 6 }),
      etag: `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
      validUntil: limit?.at ?? Number.POSITIVE_INFINITY,
    };
  }
}
