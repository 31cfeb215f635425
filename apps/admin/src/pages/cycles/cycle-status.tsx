import type { SchemaCycleDto } from '@pies/api-client';
import type { CycleStatus } from '@pies/domain';
import { Tag, type TagColour } from '../../components';

export const CYCLE_STATUS_LABELS: Record<CycleStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  open: 'Open',
  closed: 'Closed',
};

const CYCLE_COLOURS: Record<CycleStatus, TagColour> = {
  draft: 'grey',
  scheduled: 'light-blue',
  open: 'green',
  closed: 'blue',
};

export function CycleStatusTag({ status }: { status: CycleStatus }) {
  return <Tag colour={CYCLE_COLOURS[status]}>{CYCLE_STATUS_LABELS[status]}</Tag>;
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
