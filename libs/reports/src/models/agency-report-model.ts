import type { ActionStatus } from '@pies/domain';
import type {
  AuditStatus,
  CycleRef,
  FrameworkRef,
  IsoDate,
  IsoDateTime,
  PartnershipRef,
  Rag,
  Score,
  Sector,
} from './common';

/**
 * Everything the agency report shows: one organisation's audit in one cycle, as submitted.
 * All text is user or framework text and is escaped by the templates.
 */
export interface AgencyReportModel {
  /** Printed in the header and footer of every page, e.g. "OFFICIAL-SENSITIVE". */
  protectiveMarking: string;
  generatedAt: IsoDateTime;
  partnership: PartnershipRef;
  organisation: { name: string; sector: Sector };
  cycle: CycleRef;
  audit: AgencyAuditInfo;
  framework: FrameworkRef;
  /** The organisation's previous submitted audit, which "previous" scores refer to. */
  previousAudit: { cycleName: string; submittedAt: IsoDateTime | null } | null;
  summary: AgencySummary;
  /** In framework order; every indicator of the framework appears once. */
  areas: AgencyAreaDetail[];
  /** Improvement actions, in the order to print (e.g. by due date). */
  actions: AgencyAction[];
  /** Board challenges on this audit, oldest first. */
  challenges: AgencyChallenge[];
}

export interface AgencyAuditInfo {
  status: AuditStatus;
  submittedAt: IsoDateTime | null;
  acceptedAt: IsoDateTime | null;
  /** Content hash of the submission snapshot (hex), printed so a copy can be checked. */
  submissionHash: string | null;
  signOff: AgencySignOff | null;
}

export interface AgencySignOff {
  /** Who signed the audit off for the organisation. */
  name: string;
  /** e.g. "Headteacher" or "Director of Nursing". */
  role: string;
  signedAt: IsoDateTime;
  /** The declaration they made, e.g. "I confirm this self-assessment ...". */
  statement: string | null;
}

export interface AgencySummary {
  overall: AgencyOverallSummary;
  /** In framework order. */
  areas: AgencyAreaSummary[];
}

export interface AgencyOverallSummary {
  score: Score | null;
  rag: Rag | null;
  /** The same organisation's overall score in its previous audit. */
  previousScore: Score | null;
  /** Answered indicators at or above their benchmark level. */
  benchmarkMet: number;
  total: number;
  answered: number;
  notApplicable: number;
  unanswered: number;
}

export interface AgencyAreaSummary {
  /** e.g. "P". */
  code: string;
  /** e.g. "Policies and practices". */
  title: string;
  score: Score | null;
  rag: Rag | null;
  /** Mean area score of the partnership's submitted audits in this cycle. */
  partnershipAverage: Score | null;
  /** The area score an audit would get with every indicator exactly at its benchmark. */
  benchmarkScore: Score | null;
  /** Answered indicators in the area at or above their benchmark level. */
  benchmarkMet: number;
  total: number;
  answered: number;
  notApplicable: number;
  /** The same organisation's area score in its previous audit. */
  previousScore: Score | null;
}

export interface AgencyAreaDetail {
  code: string;
  title: string;
  description: string;
  standards: AgencyStandardDetail[];
}

export interface AgencyStandardDetail {
  /** e.g. "P1". */
  code: string;
  title: string;
  indicators: AgencyIndicatorDetail[];
}

export interface AgencyIndicatorDetail {
  /** e.g. "P1.3". */
  code: string;
  statement: string;
  /** Answered level value; null when not applicable or unanswered. */
  level: number | null;
  /** The level's label, e.g. "Established"; null with the level. */
  levelLabel: string | null;
  /** The framework's descriptor for the answered level; null with the level. */
  descriptor: string | null;
  /** The answered level's RAG colour from the scale; null with the level. */
  rag: Rag | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  commentary: string | null;
  evidence: AgencyEvidence[];
  /** Pre-filled from the previous audit and the indicator's wording has changed since. */
  changedSinceLast: boolean;
  /** The level answered in the previous audit, if there was one. */
  previousLevel: number | null;
  /** Benchmark level value and its label. */
  benchmark: number;
  benchmarkLabel: string;
  /** level >= benchmark; null unless answered. */
  benchmarkMet: boolean | null;
}

export interface AgencyEvidence {
  kind: 'file' | 'link';
  /** File name or link title. */
  name: string;
  /** The link's address (printed as text, never fetched); null for files. */
  url: string | null;
}

export interface AgencyAction {
  /** The indicator the action improves; null for an audit-wide action. */
  indicatorCode: string | null;
  description: string;
  /** Person or role responsible. */
  owner: string;
  dueOn: IsoDate | null;
  status: ActionStatus;
  /** Not done and past its due date when the report was generated. */
  overdue: boolean;
}

export interface AgencyChallenge {
  /** Null when the challenge is about the audit as a whole. */
  indicatorCode: string | null;
  status: 'open' | 'resolved';
  raisedBy: string;
  raisedAt: IsoDateTime;
  resolvedAt: IsoDateTime | null;
  /** The question first, then replies, oldest first. */
  messages: AgencyChallengeMessage[];
}

export interface AgencyChallengeMessage {
  author: string;
  /** e.g. "Board member" or the organisation name. */
  authorRole: string | null;
  at: IsoDateTime;
  body: string;
}
