import type { SchemaCycleDto } from '@pies/api-client';
import { countAudits, type CycleStatus, receivedSentence } from '@pies/domain';
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
  return countAudits(cycle.audits).total;
}

/** "7 of 15 audits received by the board", as every page and report counts them. */
export function auditsReceived(cycle: SchemaCycleDto): string {
  return receivedSentence(cycle.audits);
}
