import { createHash } from 'node:crypto';
import type { AuditStatus, Sector } from '@pies/domain';
import { canonicalJson, type FrameworkDefinition } from '@pies/framework';
import type { EntityManager } from 'typeorm';
import { rebuildCycleSummaries } from '../dashboards/summary';
import {
  generateAudit,
  type GeneratedAction,
  type GeneratedResponse,
  pick,
  rng,
} from './audit-content';
import { oneRow, run } from '../database/typed-query';
import { demoCalendar } from './demo-calendar';
import { attachDemoEvidence, type DemoEvidence, demoLibrary } from './demo-evidence';

export interface SeedOrganisation {
  id: string;
  name: string;
  sector: Sector;
}

interface PlannedAudit {
  status: AuditStatus;
  answeredShare: number;
  submittedAt?: string;
  acceptedAt?: string;
  returnReason?: string;
  challenge?: 'open' | 'resolved';
}

const CHALLENGES = [
  'What evidence shows the filtering was tested against the DfE categories this year, and who reviewed the results?',
  'How do you know staff have understood the procedure for a concern about a colleague online? Please share the training record.',
  'The commentary says the policy is under review. When will the governing body or trustees approve it?',
  'How are children and young people involved in reviewing your online safety education?',
];
const REPLIES = [
  'The termly test log is attached as evidence; the last test found one category not blocked, which our provider fixed within a week.',
  'All staff completed the update in September (96%); the remaining staff are booked for November.',
  'The board approved it at its last meeting; the minutes are uploaded.',
];

/** What an agency wrote when it marked an action done: its evidence of completion. */
const DONE_NOTES = [
  'Completed and checked by the designated safeguarding lead; the record is in the evidence library.',
  'Reported to the governance meeting, which agreed it is complete; the minutes are in the evidence library.',
  'Completed by its owner and signed off at the safeguarding team meeting.',
  'Completed; the next review is set in the safeguarding calendar.',
];

/** When a cycle's actions fall due, and how many of an accepted audit's actions are done by now. */
interface ActionTiming {
  /** Each action is due this date plus its generated number of days. */
  dueFrom: string;
  /** The share of an accepted audit's actions done since acceptance (never after `now`). */
  doneShare: number;
  /** The cycle is closed: a returned audit's actions were carried out all the same. */
  closedCycle: boolean;
  now: Date;
}

const DAY_MS = 86_400_000;

/** Inserts one audit with its answers, actions, submission, trail and challenge. */
async function insertAudit(
  tx: EntityManager,
  cycleId: string,
  org: SeedOrganisation,
  plan: PlannedAudit,
  content: { responses: GeneratedResponse[]; actions: GeneratedAction[] },
  actorId: string | null,
  r: () => number,
  baseDate: string,
  timing: ActionTiming,
  library: DemoEvidence[],
): Promise<string> {
  const started = plan.status !== 'not_started';
  const { id } = await oneRow<{ id: string }>(
    tx,
    `INSERT INTO audits (cycle_id, organisation_id, status, started_at, submitted_at, accepted_at, returned_at, return_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      cycleId,
      org.id,
      plan.status,
      started ? baseDate : null,
      plan.submittedAt ?? null,
      plan.acceptedAt ?? null,
      plan.status === 'returned' ? plan.submittedAt : null,
      plan.returnReason ?? null,
    ],
  );
  if (!started) return id;
  const rs = content.responses;
  await run(
    tx,
    `INSERT INTO responses (audit_id, indicator_code, level, not_applicable, not_applicable_reason, commentary, updated_by_id, updated_at)
     SELECT $1, x.code, x.level, x.na, x.reason, x.commentary, $7, $8::timestamptz
       FROM unnest($2::text[], $3::int[], $4::bool[], $5::text[], $6::text[]) AS x(code, level, na, reason, commentary)`,
    [
      id,
      rs.map((x) => x.code),
      rs.map((x) => x.level),
      rs.map((x) => x.notApplicable),
      rs.map((x) => x.notApplicableReason),
      rs.map((x) => x.commentary),
      actorId,
      plan.submittedAt ?? baseDate,
    ],
  );
  // The agency's evidence library, attached as carry-forward does; an audit not yet submitted
  // is still asked whether each item holds.
  const evidence = await attachDemoEvidence(
    tx,
    id,
    org,
    library,
    actorId,
    baseDate,
    !plan.submittedAt,
  );
  for (const a of content.actions) {
    // Done some weeks after the board accepted the plan (or, in a closed cycle, after it was
    // returned: the work went on), with a note; never later than now.
    const doneFrom = plan.acceptedAt ?? (timing.closedCycle ? plan.submittedAt : undefined);
    const doneAt =
      doneFrom && r() < timing.doneShare
        ? new Date(
            Math.min(
              Date.parse(doneFrom) + (14 + Math.floor(r() * 200)) * DAY_MS,
              timing.now.getTime() - DAY_MS,
            ),
          )
        : null;
    const { id: actionId } = await oneRow<{ id: string }>(
      tx,
      `INSERT INTO actions (raised_in_audit_id, organisation_id, indicator_code, description, owner, due_on, status, closed_at, created_by_id, created_at, updated_at)
       VALUES ($1, $9, $2, $3, $4, $5::date + $6::int, $7, $11::timestamptz, $8, $10, COALESCE($11::timestamptz, $10::timestamptz)) RETURNING id`,
      [
        id,
        a.code,
        a.description,
        a.owner,
        timing.dueFrom,
        a.dueInDays,
        doneAt ? 'done' : a.status,
        actorId,
        org.id,
        baseDate, // raised as the audit was being written
        doneAt,
      ],
    );
    if (doneAt) {
      await run(
        tx,
        `INSERT INTO action_updates (action_id, actor_id, at, note, status_before, status_after) VALUES ($1, $2, $3, $4, $5, 'done')`,
        [actionId, actorId, doneAt, pick(r, DONE_NOTES), a.status],
      );
    }
  }
  const event = (kind: string, at: string, after: unknown) =>
    run(
      tx,
      `INSERT INTO audit_events (audit_id, actor_id, kind, after, at) VALUES ($1, $2, $3, $4, $5)`,
      [id, actorId, kind, JSON.stringify(after), at],
    );
  await event('audit.started', baseDate, { status: 'in_progress', seeded: true });
  if (plan.submittedAt) {
    const snapshot = {
      auditId: id,
      organisation: org,
      cycleId,
      responses: rs,
      evidence,
      actions: content.actions,
      submittedAt: plan.submittedAt,
      seeded: true,
    };
    const sha256 = createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
    await run(
      tx,
      `INSERT INTO submissions (audit_id, snapshot, sha256, submitted_by_id, submitted_at) VALUES ($1, $2, $3, $4, $5)`,
      [id, JSON.stringify(snapshot), sha256, actorId, plan.submittedAt],
    );
    await event('audit.submitted', plan.submittedAt, { status: 'submitted', sha256 });
  }
  if (plan.challenge) {
    const below = rs.find((x) => x.level !== null && x.level <= 2) ?? rs[0];
    const { id: cid } = await oneRow<{ id: string }>(
      tx,
      `INSERT INTO challenges (audit_id, indicator_code, status, raised_at, resolved_at) VALUES ($1, $2, $3, $4::timestamptz + interval '5 days', $5) RETURNING id`,
      [
        id,
        below.code,
        plan.challenge,
        plan.submittedAt,
        plan.challenge === 'resolved' ? plan.acceptedAt : null,
      ],
    );
    await run(
      tx,
      `INSERT INTO challenge_messages (challenge_id, body, created_at) VALUES ($1, $2, $3::timestamptz + interval '5 days')`,
      [cid, pick(r, CHALLENGES), plan.submittedAt],
    );
    if (plan.challenge === 'resolved' || r() < 0.5) {
      await run(
        tx,
        `INSERT INTO challenge_messages (challenge_id, author_id, body, created_at) VALUES ($1, $2, $3, $4::timestamptz + interval '8 days')`,
        [cid, actorId, pick(r, REPLIES), plan.submittedAt],
      );
    }
  }
  if (plan.status === 'returned')
    await event('audit.returned', plan.submittedAt!, {
      status: 'returned',
      reason: plan.returnReason,
    });
  if (plan.acceptedAt) await event('audit.accepted', plan.acceptedAt, { status: 'accepted' });
  return id;
}

/**
 * A live partnership: a previous cycle (2023-25) that most agencies completed and had accepted,
 * and the current cycle (2025-27) with audits in every state; the years as of the story's day,
 * moved on to the seeding (demo-calendar.ts). The agency named `focusOrg` has
 * its current audit in progress and partly answered, with `contributorId` assigned an area.
 */
export async function seedAuditHistory(
  tx: EntityManager,
  p: {
    partnershipId: string;
    frameworkVersionId: string;
    definition: FrameworkDefinition;
    organisations: SeedOrganisation[];
    focusOrg: string;
    leadId: string | null;
    contributorId: string | null;
    /** When the summaries are computed: now. */
    at: Date;
  },
): Promise<void> {
  const r = rng(2025);
  // Written as of the story's day; moved on by whole years to the seeding (demo-calendar.ts).
  const cal = demoCalendar(p.at);
  const cycle = async (name: string, opens: string, due: string, status: string) =>
    (
      await oneRow<{ id: string }>(
        tx,
        `INSERT INTO cycles (partnership_id, name, framework_version_id, opens_on, due_on, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [p.partnershipId, name, p.frameworkVersionId, opens, due, status],
      )
    ).id;
  const previous = await cycle(
    cal.cycleName(2023),
    cal.date('2023-09-01'),
    cal.date('2025-07-31'),
    'closed',
  );
  const current = await cycle(
    cal.cycleName(2025),
    cal.date('2025-09-01'),
    cal.date('2027-07-31'),
    'open',
  );

  // The current cycle's states, in organisation order after the focus organisation.
  const currentPlans: PlannedAudit[] = [
    {
      status: 'accepted',
      answeredShare: 1,
      submittedAt: cal.date('2026-05-12T10:00:00Z'),
      acceptedAt: cal.date('2026-06-20T14:00:00Z'),
      challenge: 'resolved',
    },
    {
      status: 'submitted',
      answeredShare: 1,
      submittedAt: cal.date('2026-10-28T09:30:00Z'),
      challenge: 'open',
    },
    { status: 'in_progress', answeredShare: 0.7 },
    {
      status: 'returned',
      answeredShare: 1,
      submittedAt: cal.date('2026-09-15T11:00:00Z'),
      returnReason:
        'Please add evidence for the filtering and monitoring indicators and update the action plan dates.',
      challenge: 'open',
    },
    {
      status: 'accepted',
      answeredShare: 1,
      submittedAt: cal.date('2026-04-02T16:00:00Z'),
      acceptedAt: cal.date('2026-05-07T10:00:00Z'),
    },
    { status: 'not_started', answeredShare: 0 },
    { status: 'submitted', answeredShare: 1, submittedAt: cal.date('2026-11-10T13:15:00Z') },
    { status: 'in_progress', answeredShare: 0.25 },
    {
      status: 'accepted',
      answeredShare: 1,
      submittedAt: cal.date('2026-07-01T09:00:00Z'),
      acceptedAt: cal.date('2026-08-11T12:00:00Z'),
      challenge: 'resolved',
    },
    { status: 'not_started', answeredShare: 0 },
    {
      status: 'returned',
      answeredShare: 1,
      submittedAt: cal.date('2026-10-01T10:00:00Z'),
      returnReason:
        'Several commentaries do not say what evidence supports the level; please expand them.',
    },
    { status: 'in_progress', answeredShare: 0.9 },
    { status: 'submitted', answeredShare: 1, submittedAt: cal.date('2026-11-18T15:45:00Z') },
    { status: 'not_started', answeredShare: 0 },
  ];
  const others = p.organisations.filter((o) => o.name !== p.focusOrg);
  const focus = p.organisations.find((o) => o.name === p.focusOrg)!;

  for (const [i, org] of [focus, ...others].entries()) {
    const maturity = 1.9 + r() * 1.2;
    const library = demoLibrary(org, cal);
    // Previous cycle: most accepted in 2025; two never got through; one accepted late 2024.
    const prevPlan: PlannedAudit =
      i === 6 || i === 11
        ? {
            status: 'returned',
            answeredShare: 1,
            submittedAt: cal.date('2025-07-20T10:00:00Z'),
            returnReason: 'The action plan has no owners or dates.',
          }
        : i === 3
          ? {
              status: 'accepted',
              answeredShare: 1,
              submittedAt: cal.date('2024-11-04T10:00:00Z'),
              acceptedAt: cal.date('2024-12-10T10:00:00Z'),
            }
          : {
              status: 'accepted',
              answeredShare: 1,
              submittedAt: cal.date(`2025-0${3 + (i % 5)}-1${i % 9}T10:00:00Z`),
              acceptedAt: cal.date(`2025-0${4 + (i % 5)}-2${i % 8}T15:00:00Z`),
              challenge: i % 4 === 0 ? 'resolved' : undefined,
            };
    const prevId = await insertAudit(
      tx,
      previous,
      org,
      prevPlan,
      generateAudit(p.definition, org.sector, maturity, r),
      i === 0 ? p.leadId : null,
      r,
      cal.date('2023-10-02T09:00:00Z'),
      // Due from spring 2025; most were done after acceptance, a few are long overdue.
      { dueFrom: cal.date('2025-03-01'), doneShare: 0.9, closedCycle: true, now: p.at },
      library,
    );

    const plan: PlannedAudit =
      i === 0
        ? { status: 'in_progress', answeredShare: 0.4 }
        : currentPlans[(i - 1) % currentPlans.length];
    // Agencies improve between cycles.
    const content = generateAudit(p.definition, org.sector, maturity + 0.35, r, plan.answeredShare);
    const id = await insertAudit(
      tx,
      current,
      org,
      plan,
      content,
      i === 0 ? p.leadId : null,
      r,
      cal.date('2025-10-01T09:00:00Z'),
      // Due from October 2026 into 2027: some overdue, most still ahead.
      { dueFrom: cal.date('2026-09-01'), doneShare: 0.4, closedCycle: false, now: p.at },
      library,
    );
    if (plan.status !== 'not_started') {
      await run(tx, 'UPDATE audits SET prefilled_from_id = $2 WHERE id = $1', [id, prevId]);
    }
    if (i === 0 && p.contributorId) {
      await run(tx, `INSERT INTO assignments (audit_id, user_id, area_code) VALUES ($1, $2, 'I')`, [
        id,
        p.contributorId,
      ]);
    }
  }
  // Seeded in bulk rather than through the submit workflow: build the summaries it maintains.
  for (const cycleId of [previous, current]) {
    await rebuildCycleSummaries(tx, cycleId, p.definition, p.at);
  }
}
