import { createHash } from 'node:crypto';
import { SECTORS, type Sector } from '@pies/domain';
import { canonicalJson, type FrameworkDefinition } from '@pies/framework';
import type { DataSource } from 'typeorm';
import { closingStatusSql } from '../../apps/api/src/actions/action-rules.sql';
import { rebuildCycleSummaries } from '../../apps/api/src/dashboards/summary';
import { generateAudit, pick, rng } from '../../apps/api/src/demo/audit-content';
import { oneRow, queryRows, run } from '../../apps/api/src/database/typed-query';

const TOWNS = [
  'Northbridge',
  'Eastmoor',
  'Westfield',
  'Southgate',
  'Kingsford',
  'Ashby',
  'Bramley',
  'Colton',
  'Dunmore',
  'Elmstead',
  'Fenwick',
  'Glenholme',
  'Harlow Vale',
  'Ivybridge',
  'Juniper Hill',
  'Kelsey',
  'Larkmead',
  'Marsden',
  'Netherby',
  'Oakley',
];
const KINDS: Record<Sector, string[]> = {
  education: [
    'Primary School',
    'Academy',
    'High School',
    'Infant School',
    'Junior School',
    'Special School',
    'College',
  ],
  early_years: ['Day Nursery', 'Pre-school', "Children's Centre", 'Childminding Network'],
  health: [
    'GP Practice',
    'Community Health Team',
    'School Nursing Service',
    'CAMHS Team',
    'Hospital Trust',
  ],
  police: ['Policing Team', 'Public Protection Unit'],
  childrens_social_care: [
    'Children’s Services Locality Team',
    'Fostering Service',
    'Residential Home',
  ],
  local_authority: [
    'Youth Justice Service',
    'Libraries Service',
    'Housing Team',
    'Early Help Team',
  ],
  voluntary_community_faith: [
    'Youth Club',
    'Scout Group',
    'Mosque Madrasah',
    'Church Youth Project',
    'Community Trust',
  ],
  sport_leisure: ['Football Club', 'Swimming Club', 'Leisure Centre', 'Gymnastics Club'],
  private_provider: ['Tuition Centre', 'Holiday Activity Provider', 'Children’s Homes Ltd'],
  other: ['Housing Association', 'Transport Service', 'Arts Centre'],
};
// Roughly the mix of a county partnership: mostly schools and early years.
const SECTOR_WEIGHTS: [Sector, number][] = [
  ['education', 38],
  ['early_years', 18],
  ['health', 9],
  ['voluntary_community_faith', 12],
  ['sport_leisure', 8],
  ['local_authority', 5],
  ['childrens_social_care', 4],
  ['private_provider', 3],
  ['police', 1],
  ['other', 2],
];

function weightedSector(r: () => number): Sector {
  const total = SECTOR_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [s, w] of SECTOR_WEIGHTS) if ((x -= w) < 0) return s;
  return SECTORS[0];
}

export interface ScaleOptions {
  partnership: string;
  orgs: number;
  cycles: number;
  frameworkVersionId: string;
  definition: FrameworkDefinition;
  seed?: number;
  log?: (m: string) => void;
}

/** The status of an audit in a given cycle: older cycles mostly accepted, the current one mixed. */
function statusFor(r: () => number, isCurrent: boolean): string {
  const x = r();
  if (!isCurrent) return x < 0.9 ? 'accepted' : x < 0.95 ? 'returned' : 'submitted';
  return x < 0.15
    ? 'not_started'
    : x < 0.45
      ? 'in_progress'
      : x < 0.65
        ? 'submitted'
        : x < 0.72
          ? 'returned'
          : 'accepted';
}

/**
 * A realistic partnership at scale: agencies across sectors, audits on the real framework in
 * every state across cycles two years apart, with commentary, actions and challenges. Weaker
 * areas and sectors, and improvement over cycles, come from the same generator as the demo.
 * Rows go in with multi-row INSERT ... SELECT unnest(...) batches.
 */
export async function seedScale(
  db: DataSource,
  o: ScaleOptions,
): Promise<{ partnershipId: string; audits: number; responses: number }> {
  const r = rng(o.seed ?? 42);
  const log = o.log ?? (() => undefined);
  const { id: partnershipId } = await oneRow<{ id: string }>(
    db,
    'INSERT INTO partnerships (name, area) VALUES ($1, $2) RETURNING id',
    [o.partnership, 'Generated for scale'],
  );
  const orgs = Array.from({ length: o.orgs }, (_, i) => {
    const sector = weightedSector(r);
    return {
      name: `${pick(r, TOWNS)} ${pick(r, KINDS[sector])} ${i + 1}`,
      sector,
      maturity: 1.7 + r() * 1.5,
    };
  });
  const orgIds = (
    await queryRows<{ id: string }>(
      db,
      `INSERT INTO organisations (name, sector) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id`,
      [orgs.map((x) => x.name), orgs.map((x) => x.sector)],
    )
  ).map((x) => x.id);
  await run(
    db,
    `INSERT INTO partnership_organisations (partnership_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
    [partnershipId, orgIds],
  );
  log(`${o.orgs} organisations`);

  const currentStart = 2025;
  let audits = 0;
  let responses = 0;
  for (let c = 0; c < o.cycles; c++) {
    const start = currentStart - 2 * (o.cycles - 1 - c);
    const isCurrent = c === o.cycles - 1;
    const { id: cycleId } = await oneRow<{ id: string }>(
      db,
      `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        partnershipId,
        `${start}-${String(start + 2).slice(2)}`,
        o.frameworkVersionId,
        `${start}-09-01`,
        `${start + 2}-07-31`,
        isCurrent ? 'open' : 'closed',
      ],
    );
    const BATCH = 100;
    for (let b = 0; b < orgIds.length; b += BATCH) {
      const slice = orgIds.slice(b, b + BATCH);
      const statuses = slice.map(() => statusFor(r, isCurrent));
      const submitted = `${start + 1}-0${1 + Math.floor(r() * 9)}-15T10:00:00Z`;
      const ids = (
        await queryRows<{ id: string }>(
          db,
          `INSERT INTO audits (cycle_id, organisation_id, status, started_at, submitted_at, accepted_at, returned_at, return_reason)
           SELECT $1, x.org, x.status,
                  CASE WHEN x.status <> 'not_started' THEN $3::timestamptz - interval '60 days' END,
                  CASE WHEN x.status IN ('submitted', 'accepted', 'returned') THEN $3::timestamptz END,
                  CASE WHEN x.status = 'accepted' THEN $3::timestamptz + interval '30 days' END,
                  CASE WHEN x.status = 'returned' THEN $3::timestamptz + interval '20 days' END,
                  CASE WHEN x.status = 'returned' THEN 'Please add evidence for the indicators below benchmark.' END
             FROM unnest($2::uuid[], $4::text[]) WITH ORDINALITY AS x(org, status, n) ORDER BY x.n
           RETURNING id`,
          [cycleId, slice, submitted, statuses],
        )
      ).map((x) => x.id);
      const rows = {
        audit: [] as string[],
        code: [] as string[],
        level: [] as (number | null)[],
        na: [] as boolean[],
        reason: [] as (string | null)[],
        commentary: [] as (string | null)[],
      };
      const acts = {
        audit: [] as string[],
        code: [] as string[],
        description: [] as string[],
        owner: [] as string[],
        due: [] as string[],
        status: [] as string[],
      };
      const subs = { audit: [] as string[], sha: [] as string[], snapshot: [] as string[] };
      ids.forEach((auditId, i) => {
        const org = orgs[b + i];
        if (statuses[i] === 'not_started') return;
        const share = statuses[i] === 'in_progress' ? 0.2 + r() * 0.7 : 1;
        const content = generateAudit(o.definition, org.sector, org.maturity + 0.25 * c, r, share);
        for (const x of content.responses) {
          rows.audit.push(auditId);
          rows.code.push(x.code);
          rows.level.push(x.level);
          rows.na.push(x.notApplicable);
          rows.reason.push(x.notApplicableReason);
          rows.commentary.push(x.commentary);
        }
        for (const a of content.actions) {
          acts.audit.push(auditId);
          acts.code.push(a.code);
          acts.description.push(a.description);
          acts.owner.push(a.owner);
          acts.due.push(`${start + 1}-${String(1 + (a.dueInDays % 12)).padStart(2, '0')}-28`);
          acts.status.push(isCurrent ? a.status : r() < 0.7 ? 'done' : a.status);
        }
        if (statuses[i] !== 'in_progress') {
          const snapshot = {
            auditId,
            seeded: true,
            responses: content.responses.map((x) => [x.code, x.level, x.notApplicable]),
          };
          subs.audit.push(auditId);
          subs.snapshot.push(JSON.stringify(snapshot));
          subs.sha.push(createHash('sha256').update(canonicalJson(snapshot)).digest('hex'));
        }
      });
      await run(
        db,
        `INSERT INTO responses (audit_id, indicator_code, level, not_applicable, not_applicable_reason, commentary)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::bool[], $5::text[], $6::text[])`,
        [rows.audit, rows.code, rows.level, rows.na, rows.reason, rows.commentary],
      );
      await run(
        db,
        // A done action was closed when its audit was accepted (or, returned, submitted).
        `INSERT INTO actions (raised_in_audit_id, organisation_id, indicator_code, description, owner, due_on, status, closed_at)
         SELECT x.audit, a.organisation_id, x.code, x.description, x.owner, x.due, x.status,
                CASE WHEN ${closingStatusSql('x.status')} THEN COALESCE(a.accepted_at, a.submitted_at, now()) END
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
                AS x(audit, code, description, owner, due, status)
           JOIN audits a ON a.id = x.audit`,
        [acts.audit, acts.code, acts.description, acts.owner, acts.due, acts.status],
      );
      await run(
        db,
        `INSERT INTO submissions (audit_id, snapshot, sha256, submitted_at)
         SELECT x.audit, x.snapshot::jsonb, x.sha, a.submitted_at FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(audit, snapshot, sha)
           JOIN audits a ON a.id = x.audit`,
        [subs.audit, subs.snapshot, subs.sha],
      );
      // A few board challenges on submitted and returned audits.
      await run(
        db,
        `WITH picked AS (SELECT id FROM audits WHERE id = ANY($1::uuid[]) AND status IN ('submitted', 'returned') AND random() < 0.3),
              ch AS (INSERT INTO challenges (audit_id, indicator_code) SELECT id, 'I1.1' FROM picked RETURNING id)
         INSERT INTO challenge_messages (challenge_id, body) SELECT id, 'What evidence shows the filtering was tested this year?' FROM ch`,
        [ids],
      );
      audits += ids.length;
      responses += rows.audit.length;
    }
    await rebuildCycleSummaries(db, cycleId, o.definition, new Date());
    log(`cycle ${start}-${String(start + 2).slice(2)}: ${orgIds.length} audits`);
  }
  await run(db, 'ANALYZE');
  return { partnershipId, audits, responses };
}
