import { AUDIT_STATUS_LABELS, type AuditStatus, type ComplianceStatus } from '@pies/domain';
import { t } from '@pies/i18n';
import type { Rag } from '@pies/scoring';
import { cx } from '../components/class-names';
import { Tag, type TagColour } from '../components/tag';

const AUDIT_STATUS_COLOURS: Record<AuditStatus, TagColour> = {
  not_started: 'grey',
  in_progress: 'light-blue',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

/** An audit's state ("Submitted", "Returned"), the same colour on every page. */
export function AuditStatusTag({ status }: { status: AuditStatus }) {
  return <Tag colour={AUDIT_STATUS_COLOURS[status]}>{AUDIT_STATUS_LABELS[status]}</Tag>;
}

/** "Amber": a RAG band in words. */
export const ragLabel = (rag: Rag) => t(`rag.${rag}`);
/** A RAG band in words ("Amber"), in the band's colours: colour is never the only cue. */
export function RagTag({ rag, className }: { rag: Rag; className?: string }) {
  return <Tag className={cx(`app-rag-tag--${rag}`, className)}>{ragLabel(rag)}</Tag>;
}

const COMPLIANCE: Record<ComplianceStatus, { label: string; colour: TagColour }> = {
  compliant: { label: 'Compliant', colour: 'green' },
  due_soon: { label: 'Due soon', colour: 'yellow' },
  overdue: { label: 'Overdue', colour: 'red' },
  never_audited: { label: 'Not yet audited', colour: 'grey' },
};

/** Two-yearly audit compliance ("Due soon"), worded the same for the agency and the board. */
export function ComplianceTag({ status }: { status: ComplianceStatus }) {
  const c = COMPLIANCE[status];
  return <Tag colour={c.colour}>{c.label}</Tag>;
}
