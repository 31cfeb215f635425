import type { ActionStatus } from '@pies/domain';
import type {
  AuditStatus,
  CycleRef,
  IsoDate,
  IsoDateTime,
  PartnershipRef,
  Percent,
  RagBandView,
  ScoreCell,
  Score,
  Sector,
} from './common';

/**
 * The partnership board's report on one cycle across all its agencies. Scores come from
 * the audits the board can see (submitted, returned or accepted; never drafts); counts of
 * agencies cover every organisation in the cycle.
 */
export interface BoardReportModel {
  protectiveMarking: string;
  generatedAt: IsoDateTime;
  partnership: PartnershipRef;
  cycle: CycleRef;
  /** The cycle's due date is before the day the report was made: "was due", else "is due". */
  dueDatePassed: boolean;
  /** The cycle the trend compares with. */
  previousCycle: { name: string } | null;
  framework: { title: string; version: string; bands: RagBandView[] };
  /** The framework's areas in order: the columns of the heat map and sector tables. */
  areas: BoardAreaRef[];
  executiveSummary: BoardExecutiveSummary;
  completion: BoardCompletion;
  /** Agencies past the due date that have not submitted, most overdue first. */
  overdueAgencies: BoardOverdueAgency[];
  /** Every agency in the cycle with its audit's state, submitted or not, by name. */
  agencies: BoardAgencyState[];
  /** One row per agency whose audit the board can see, in print order. */
  heatMap: BoardHeatMapRow[];
  /** One row per sector with at least one agency, in print order. */
  sectors: BoardSectorRow[];
  /** The weakest indicators across the partnership, weakest first (the report prints ten). */
  weakestIndicators: BoardWeakIndicator[];
  /** Per area, the partnership mean now and in the previous cycle. */
  trend: BoardTrendRow[];
  openChallenges: BoardOpenChallenge[];
  overdueActions: BoardOverdueAction[];
  /** Actions marked done after their audit was accepted, most recent first. */
  doneActions: BoardDoneAction[];
  /** Each agency's action plan (its audit's plan in the cycle), by agency name. */
  actionSummary: BoardAgencyActions[];
  /** Every open action of those plans, by agency then due date: the report's appendix. */
  openActions: BoardOpenAction[];
}

export interface BoardAreaRef {
  /** e.g. "P". */
  code: string;
  title: string;
}

/** The facts the executive summary states; the template words them. */
export interface BoardExecutiveSummary {
  /** Organisations in the cycle. */
  agencies: number;
  /** Received by the board: submitted, returned or accepted (countAudits, @pies/domain). */
  submitted: number;
  /** "8 of 15 audits received by the board" (receivedSentence, @pies/domain). */
  receivedSentence: string;
  accepted: number;
  /** Share of agencies whose audit the board has received, 0-100. */
  completionRate: Percent;
  /** Not submitted and past the due date. */
  overdue: number;
  /** Mean overall score of submitted audits, with its RAG band. */
  averageScore: ScoreCell;
  /** The same mean in the previous cycle. */
  previousAverageScore: Score | null;
  /** Share of answered indicators, over all submitted audits, at or above benchmark. */
  atOrAboveBenchmark: Percent | null;
  /** Areas with the highest and lowest partnership mean. */
  strongestArea: BoardAreaScore | null;
  weakestArea: BoardAreaScore | null;
  /** Agencies whose overall score is red. */
  redAgencies: number;
  openChallenges: number;
  overdueActions: number;
}

export interface BoardAreaScore {
  code: string;
  title: string;
  score: Score;
}

/** How many agencies are in each state; `overdue` overlaps the first three. */
export interface BoardCompletion {
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  returned: number;
  accepted: number;
  /** Not started, in progress or returned, and past the due date. */
  overdue: number;
}

export interface BoardAgencyState {
  name: string;
  sector: Sector;
  status: AuditStatus;
}

export interface BoardOverdueAgency {
  name: string;
  sector: Sector;
  dueOn: IsoDate;
  status: AuditStatus;
  daysOverdue: number;
}

export interface BoardHeatMapRow {
  organisation: string;
  sector: Sector;
  status: AuditStatus;
  /** Keyed by area code; every code of `areas` is present. */
  areas: Record<string, ScoreCell>;
  overall: ScoreCell;
}

export interface BoardSectorRow {
  sector: Sector;
  /** Organisations of this sector in the cycle. */
  agencies: number;
  /** Of those, submitted or accepted (the ones scored here). */
  submitted: number;
  /** Mean area scores of the sector's submitted audits, keyed by area code. */
  areas: Record<string, ScoreCell>;
  overall: ScoreCell;
}

export interface BoardWeakIndicator {
  code: string;
  statement: string;
  /** Mean answered level across submitted audits, e.g. 1.8. */
  meanLevel: number;
  /** Label of the level the mean rounds down to, e.g. "Not in place". */
  meanLevelLabel: string;
  /** Share of answers below the benchmark, 0-100. */
  belowBenchmarkShare: Percent;
  /** How many audits answered it (not N/A). */
  answered: number;
}

export interface BoardTrendRow {
  areaCode: string;
  area: string;
  previous: Score | null;
  current: Score | null;
}

export interface BoardOpenChallenge {
  organisation: string;
  /** Null for a challenge on the audit as a whole. */
  indicatorCode: string | null;
  raisedBy: string;
  raisedAt: IsoDateTime;
  daysOpen: number;
  /** The first message (the board's question). */
  question: string;
  /** Whether the agency has replied since the last board message. */
  awaiting: 'agency' | 'board';
}

export interface BoardDoneAction {
  organisation: string;
  indicatorCode: string | null;
  description: string;
  owner: string;
  /** When it was marked done (the clock's London date). */
  doneOn: IsoDate;
  /** The note it was closed with, if any. */
  note: string | null;
}

export interface BoardOverdueAction {
  organisation: string;
  indicatorCode: string | null;
  description: string;
  owner: string;
  dueOn: IsoDate;
  status: ActionStatus;
  daysOverdue: number;
}

/** One agency's action plan in counts. */
export interface BoardAgencyActions {
  organisation: string;
  /** Neither done nor dropped. */
  open: number;
  done: number;
  dropped: number;
  /** Open and past the due date. */
  overdue: number;
  /** When the oldest open action was raised (London date); null with none open. */
  oldestOpenOn: IsoDate | null;
}

/** An open action as the appendix lists it. */
export interface BoardOpenAction {
  organisation: string;
  indicatorCode: string | null;
  description: string;
  owner: string;
  dueOn: IsoDate | null;
  status: ActionStatus;
  overdue: boolean;
  /** When it was raised (London date). */
  raisedOn: IsoDate;
}
