import type { AuditStatus, ComplianceStatus, Sector } from '@pies/domain';
import type { Rag } from '@pies/scoring';

// openapi.json does not describe the dashboards' bodies yet (the API declares no response
// type for them), so their shape is written here from the API's dashboard services. When the
// spec gains them, replace these with the generated Schema* types.

export interface ScoreCell {
  score: number | null;
  rag: Rag | null;
}

export interface AreaFigure extends ScoreCell {
  code: string;
  title: string;
  benchmark: number | null;
  previous: number | null;
  change: number | null;
}

export interface HeatMapRow {
  auditId: string;
  organisationId: string;
  organisation: string;
  sector: Sector;
  status: AuditStatus;
  overall: ScoreCell;
  areas: Record<string, ScoreCell>;
  previousOverall: number | null;
  change: number | null;
}

export interface IndicatorFigure {
  code: string;
  areaCode: string;
  statement: string;
  meanLevel: number;
  belowBenchmarkShare: number;
  responses: number;
}

export interface PartnershipDashboard {
  cycle: { id: string; name: string; opensOn: string; dueOn: string; status: string };
  previousCycle: { id: string; name: string } | null;
  countedStates: AuditStatus[];
  filters: { sector: Sector | null; state: AuditStatus | null };
  completion: Record<AuditStatus | 'overdue' | 'total', number>;
  partnership: {
    agenciesCounted: number;
    overall: ScoreCell & { previous: number | null; change: number | null };
    areas: AreaFigure[];
  };
  heatMap: { total: number; page: number; pageSize: number; sort: string; items: HeatMapRow[] };
  sectors: {
    sector: Sector;
    agencies: number;
    overall: ScoreCell;
    areas: Record<string, ScoreCell>;
  }[];
  weakestIndicators: IndicatorFigure[];
  strongestIndicators: IndicatorFigure[];
  overdueAgencies: {
    organisationId: string;
    organisation: string;
    sector: Sector;
    lastAcceptedAt: string | null;
    nextDueOn: string | null;
  }[];
  openChallenges: {
    total: number;
    items: {
      id: string;
      auditId: string;
      organisation: string;
      indicatorCode: string | null;
      raisedAt: string;
      question: string | null;
    }[];
  };
  overdueActions: {
    total: number;
    items: {
      id: string;
      auditId: string;
      organisation: string;
      indicatorCode: string | null;
      description: string;
      owner: string;
      dueOn: string | null;
      status: string;
    }[];
  };
}

export interface OrganisationDashboard {
  organisation: { id: string; name: string; sector: Sector };
  compliance: {
    partnershipId: string;
    status: ComplianceStatus;
    lastAcceptedAt: string | null;
    expiresOn: string | null;
    nextDueOn: string | null;
  }[];
  includesDrafts: boolean;
  radar: {
    auditId: string;
    cycle: { id: string; name: string; dueOn: string };
    status: AuditStatus;
    areas: {
      code: string;
      title: string;
      score: number | null;
      rag: Rag | null;
      partnershipAverage: number | null;
      benchmark: number | null;
    }[];
  } | null;
  history: {
    auditId: string;
    cycle: { id: string; name: string; dueOn: string };
    status: AuditStatus;
    overall: ScoreCell;
    areas: Record<string, number | null>;
  }[];
  openActions: {
    id: string;
    auditId: string;
    indicatorCode: string | null;
    description: string;
    owner: string;
    dueOn: string | null;
    status: string;
    overdue: boolean | null;
  }[];
  openChallenges: {
    id: string;
    auditId: string;
    indicatorCode: string | null;
    raisedAt: string;
    question: string | null;
  }[];
}
