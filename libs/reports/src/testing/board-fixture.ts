import {
  AUDIT_STATUSES,
  countAudits,
  isVisibleToBoard,
  receivedSentence,
  type AuditStatus,
  type Sector,
} from '@pies/domain';
import { ragOf, scoreAudit, type AuditScore, type ScoringResponse } from '@pies/scoring';
import { DEFAULT_PROTECTIVE_MARKING, type ScoreCell } from '../models/common';
import type {
  BoardAreaScore,
  BoardReportModel,
  BoardSectorRow,
  BoardWeakIndicator,
} from '../models/board-report-model';
import { answerAudit, FIXTURE_CYCLE, FIXTURE_GENERATED_AT } from './agency-fixture';
import { boardActionPlans, boardFollowUp } from './board-follow-up';
import { piesFramework } from './framework';
import { agencyNames } from './names';
import { Random } from './random';

export interface BoardFixtureOptions {
  /** Organisations in the cycle. Default 40. */
  agencies?: number;
  seed?: number;
  generatedAt?: string;
}

const STATUS_WEIGHTS: [AuditStatus, number][] = [
  ['accepted', 46],
  ['submitted', 24],
  ['returned', 5],
  ['in_progress', 16],
  ['not_started', 9],
];

function pickStatus(random: Random): AuditStatus {
  let roll = random.next() * 100;
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'not_started';
}

/** Some sectors have had longer to embed online safeguarding than others. */
const SECTOR_STRENGTH: Partial<Record<Sector, number>> = {
  education: 3.0,
  health: 2.9,
  police: 3.1,
  early_years: 2.5,
  sport_leisure: 2.2,
  voluntary_community_faith: 2.3,
};

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/**
 * A partnership's board report model for `agencies` fictional organisations answering the
 * real PIES framework, scored by @pies/scoring. Audits the board can see (submitted,
 * returned, accepted) are scored; the rest only count towards completion.
 */
export function buildBoardReportModel(options: BoardFixtureOptions = {}): BoardReportModel {
  const { framework, indicators } = piesFramework();
  const random = new Random(options.seed ?? 7);
  const generatedAt = options.generatedAt ?? FIXTURE_GENERATED_AT;
  const cycle = FIXTURE_CYCLE;
  const bands = framework.scoring.bands;
  const cell = (score: number | null): ScoreCell => ({
    score,
    rag: score === null ? null : ragOf(score, bands),
  });

  const agencies = agencyNames(options.agencies ?? 40, random).map((agency) => {
    const status = pickStatus(random);
    if (!isVisibleToBoard(status)) return { ...agency, status, responses: null, score: null };
    const strength = (SECTOR_STRENGTH[agency.sector] ?? 2.7) + (random.next() - 0.5) * 1.2;
    const responses: ScoringResponse[] = answerAudit(indicators, random, strength);
    return { ...agency, status, responses, score: scoreAudit(framework, responses) as AuditScore };
  });
  const scored = agencies.filter((a) => a.score !== null) as ((typeof agencies)[number] & {
    score: AuditScore;
    responses: ScoringResponse[];
  })[];
  const areaScore = (score: AuditScore, code: string) =>
    score.areas.find((area) => area.code === code)?.score ?? null;

  const heatMap = scored
    .map((agency) => ({
      organisation: agency.name,
      sector: agency.sector,
      status: agency.status,
      areas: Object.fromEntries(
        framework.areas.map((area) => [area.code, cell(areaScore(agency.score, area.code))]),
      ),
      overall: cell(agency.score.overall.score),
    }))
    .sort((a, b) => a.organisation.localeCompare(b.organisation, 'en-GB'));

  const sectors: BoardSectorRow[] = [...new Set(agencies.map((a) => a.sector))]
    .map((sector) => {
      const inSector = scored.filter((a) => a.sector === sector);
      return {
        sector,
        agencies: agencies.filter((a) => a.sector === sector).length,
        submitted: inSector.length,
        areas: Object.fromEntries(
          framework.areas.map((area) => [
            area.code,
            cell(mean(inSector.map((a) => areaScore(a.score, area.code)))),
          ]),
        ),
        overall: cell(mean(inSector.map((a) => a.score.overall.score))),
      };
    })
    .sort((a, b) => b.agencies - a.agencies);

  const weakestIndicators: BoardWeakIndicator[] = indicators
    .map((indicator) => {
      const levels = scored
        .map((a) => a.responses.find((r) => r.code === indicator.code)?.level ?? null)
        .filter((level): level is number => level !== null);
      const meanLevel = mean(levels) ?? 0;
      const label = framework.scale.levels.find(
        (l) => l.value === Math.max(1, Math.floor(meanLevel)),
      );
      return {
        code: indicator.code,
        statement: indicator.statement,
        meanLevel,
        meanLevelLabel: label?.label ?? '',
        belowBenchmarkShare:
          levels.length === 0
            ? 0
            : (levels.filter((l) => l < indicator.benchmark).length / levels.length) * 100,
        answered: levels.length,
      };
    })
    .sort((a, b) => a.meanLevel - b.meanLevel || b.belowBenchmarkShare - a.belowBenchmarkShare)
    .slice(0, 15);

  const areaMeans: BoardAreaScore[] = framework.areas.map((area) => ({
    code: area.code,
    title: area.title,
    score: mean(scored.map((a) => areaScore(a.score, area.code))) ?? 0,
  }));
  const trend = areaMeans.map((area) => ({
    areaCode: area.code,
    area: area.title,
    previous: Math.max(0, area.score - random.int(-3, 9)),
    current: area.score,
  }));
  const byScore = [...areaMeans].sort((a, b) => b.score - a.score);

  const count = (status: AuditStatus) => agencies.filter((a) => a.status === status).length;
  const overdueList = agencies.filter((a) => !isVisibleToBoard(a.status));
  const daysLate = Math.round(
    (Date.parse(generatedAt) - Date.parse(`${cycle.dueOn}T23:59:59Z`)) / 86_400_000,
  );
  const { openChallenges, overdueActions } = boardFollowUp(scored, indicators, random, generatedAt);
  const answered = scored.reduce((sum, a) => sum + a.score.overall.answered, 0);
  const met = scored.reduce((sum, a) => sum + a.score.overall.benchmarkMet, 0);
  const average = mean(scored.map((a) => a.score.overall.score));
  const byState = Object.fromEntries(AUDIT_STATUSES.map((s) => [s, count(s)])) as Record<
    AuditStatus,
    number
  >;
  const { received } = countAudits(byState);

  return {
    protectiveMarking: DEFAULT_PROTECTIVE_MARKING,
    generatedAt,
    partnership: { name: 'Demo Safeguarding Children Partnership' },
    cycle,
    dueDatePassed: false,
    previousCycle: { name: '2023-25' },
    framework: {
      title: framework.title,
      version: framework.version,
      bands: bands.map((b) => ({ ...b })),
    },
    areas: framework.areas.map((area) => ({ code: area.code, title: area.title })),
    executiveSummary: {
      agencies: agencies.length,
      submitted: received,
      receivedSentence: receivedSentence(byState),
      accepted: count('accepted'),
      completionRate: (received / agencies.length) * 100,
      overdue: overdueList.length + count('returned'),
      averageScore: cell(average),
      previousAverageScore:
        average === null
          ? null
          : (mean(trend.map((row) => row.previous)) ?? 0) +
            (average - (mean(trend.map((row) => row.current)) ?? 0)),
      atOrAboveBenchmark: answered === 0 ? null : (met / answered) * 100,
      strongestArea: byScore[0] ?? null,
      weakestArea: byScore[byScore.length - 1] ?? null,
      redAgencies: scored.filter((a) => a.score.overall.rag === 'red').length,
      openChallenges: openChallenges.length,
      overdueActions: overdueActions.length,
    },
    completion: {
      total: agencies.length,
      notStarted: count('not_started'),
      inProgress: count('in_progress'),
      submitted: count('submitted'),
      returned: count('returned'),
      accepted: count('accepted'),
      overdue: overdueList.length + count('returned'),
    },
    overdueAgencies: agencies
      .filter((a) => !isVisibleToBoard(a.status) || a.status === 'returned')
      .map((a) => ({
        name: a.name,
        sector: a.sector,
        dueOn: cycle.dueOn,
        status: a.status,
        daysOverdue: daysLate,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    agencies: agencies
      .map((a) => ({ name: a.name, sector: a.sector, status: a.status }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    heatMap,
    sectors,
    weakestIndicators,
    trend,
    openChallenges,
    overdueActions,
    doneActions: [],
    ...boardActionPlans(overdueActions, random),
  };
}
