import type { LocatedIndicator } from '@pies/framework';
import type { AuditScore, ScoringResponse } from '@pies/scoring';
import type {
  BoardAgencyActions,
  BoardOpenAction,
  BoardOpenChallenge,
  BoardOverdueAction,
} from '../models/board-report-model';
import type { Random } from './random';

const BOARD_MEMBERS = [
  'Dr Priya Shah',
  'Mark Ellison',
  'Cllr Janet Rowe',
  'DI Tom Barker',
  'Fiona Grant',
];
const QUESTIONS = [
  'Please describe how filtering and monitoring alerts are reviewed, by whom and how quickly.',
  'The commentary says training is planned. What dates are booked, and what proportion of staff will it reach?',
  'How do you know children and young people understand how to report concerns about something online?',
  'What evidence is there that the policy has been reviewed since the Online Safety Act 2023 came into force?',
  'Who has oversight of the action plan, and when will the board see progress against it?',
];
const OWNERS = [
  'Designated safeguarding lead',
  'Head of IT',
  'Service manager',
  'Training lead',
  'Practice manager',
];

interface ScoredAgency {
  name: string;
  score: AuditScore;
  responses: ScoringResponse[];
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
}

/** Open challenges on about one audit in six and overdue actions from below-benchmark answers. */
export function boardFollowUp(
  scored: readonly ScoredAgency[],
  indicators: readonly LocatedIndicator[],
  random: Random,
  generatedAt: string,
): { openChallenges: BoardOpenChallenge[]; overdueActions: BoardOverdueAction[] } {
  const openChallenges: BoardOpenChallenge[] = [];
  const overdueActions: BoardOverdueAction[] = [];
  for (const agency of scored) {
    if (random.chance(0.17)) {
      const raisedAt = `2026-${String(random.int(9, 11)).padStart(2, '0')}-${String(random.int(1, 20)).padStart(2, '0')}T10:00:00Z`;
      openChallenges.push({
        organisation: agency.name,
        indicatorCode: random.chance(0.8) ? random.pick(indicators).code : null,
        raisedBy: random.pick(BOARD_MEMBERS),
        raisedAt,
        daysOpen: daysBetween(raisedAt, generatedAt),
        question: random.pick(QUESTIONS),
        awaiting: random.chance(0.7) ? 'agency' : 'board',
      });
    }
    const below = agency.score.indicators.filter((i) => i.benchmarkMet === false);
    for (const indicator of below) {
      if (!random.chance(0.06)) continue;
      const dueOn = `2026-${String(random.int(3, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const source = indicators.find((i) => i.code === indicator.code);
      overdueActions.push({
        organisation: agency.name,
        indicatorCode: indicator.code,
        description: source?.improvementActions[0] ?? 'Improve this arrangement.',
        owner: random.pick(OWNERS),
        dueOn,
        status: random.chance(0.6) ? 'in_progress' : 'not_started',
        daysOverdue: daysBetween(`${dueOn}T23:59:59Z`, generatedAt),
      });
    }
  }
  openChallenges.sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  overdueActions.sort((a, b) => b.daysOverdue - a.daysOverdue);
  return { openChallenges, overdueActions };
}

/**
 * The action plans behind the overdue actions: each overdue one open, one more open action not yet
 * due for each of those agencies, and some done and dropped ones in the counts.
 */
export function boardActionPlans(
  overdue: readonly BoardOverdueAction[],
  random: Random,
): { actionSummary: BoardAgencyActions[]; openActions: BoardOpenAction[] } {
  const openActions: BoardOpenAction[] = overdue.map((a) => ({
    organisation: a.organisation,
    indicatorCode: a.indicatorCode,
    description: a.description,
    owner: a.owner,
    dueOn: a.dueOn,
    status: a.status,
    overdue: true,
    raisedOn: `2025-${String(random.int(9, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
  }));
  const agencies = [...new Set(overdue.map((a) => a.organisation))].sort();
  for (const organisation of agencies)
    openActions.push({
      organisation,
      indicatorCode: null,
      description: 'Report progress on the action plan to the safeguarding committee each term.',
      owner: random.pick(OWNERS),
      dueOn: '2027-03-31',
      status: 'not_started',
      overdue: false,
      raisedOn: '2026-10-01',
    });
  openActions.sort(
    (a, b) =>
      a.organisation.localeCompare(b.organisation) ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
  const actionSummary = agencies.map((organisation) => {
    const mine = openActions.filter((a) => a.organisation === organisation);
    return {
      organisation,
      open: mine.length,
      done: random.int(0, 5),
      dropped: random.int(0, 1),
      overdue: mine.filter((a) => a.overdue).length,
      oldestOpenOn: mine.map((a) => a.raisedOn).sort()[0] ?? null,
    };
  });
  return { actionSummary, openActions };
}
