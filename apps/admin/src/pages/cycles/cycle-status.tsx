import type { SchemaAuditSummaryDto, SchemaCycleDto } from '@pies/api-client';
import type { CycleStatus } from '@pies/domain';
import { Tag, type TagColour } from '../../components';

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
};

const CYCLE_COLOURS: Record<CycleStatus, TagColour> = {
  draft: 'grey',
  open: 'green',
  closed: 'blue',
};

export function CycleStatusTag({ status }: { status: CycleStatus }) {
  return <Tag colour={CYCLE_COLOURS[status]}>{CYCLE_STATUS_LABELS[status]}</Tag>;
}

/** Today in the user's time zone, YYYY-MM-DD (dates in the API are calendar dates). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** With the agency and past the cycle's due date: not submitted, or returned and not resubmitted. */
export function isOverdue(audit: SchemaAuditSummaryDto, now = today()): boolean {
  const withAgency = audit.status !== 'submitted' && audit.status !== 'accepted';
  return withAgency && audit.cycle.dueOn < now;
}

/** Audits in the cycle, all states together. */
export function auditTotal(cycle: SchemaCycleDto): number {
  const a = cycle.audits;
  return a.not_started + a.in_progress + a.submitted + a.returned + a.accepted;
}

/** With the board: submitted, or submitted and accepted (a returned one is back with the agency). */
export function auditsSubmitted(cycle: SchemaCycleDto): number {
  return cycle.audits.submitted + cycle.audits.accepted;
}
