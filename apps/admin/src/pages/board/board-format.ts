import type { AuditStatus, ComplianceStatus } from '@pies/domain';
import type { Rag } from '@pies/scoring';
import type { TagColour } from '../../components';

export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
export const RAG_TAG: Record<Rag, TagColour> = { red: 'red', amber: 'orange', green: 'green' };

export const STATUS_TAG: Record<AuditStatus, TagColour> = {
  not_started: 'grey',
  in_progress: 'light-blue',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = {
  compliant: 'Compliant',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  never_audited: 'Never audited',
};
export const COMPLIANCE_TAG: Record<ComplianceStatus, TagColour> = {
  compliant: 'green',
  due_soon: 'yellow',
  overdue: 'red',
  never_audited: 'grey',
};

/** "62.5" (one decimal at most), or "No score". */
export function formatScore(score: number | null | undefined): string {
  return score == null ? 'No score' : score.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "+4.2", "−3.1" (a true minus sign), "No change", or "" when there is nothing to compare. */
export function formatChange(change: number | null | undefined): string {
  if (change == null) return '';
  if (change === 0) return 'No change';
  const abs = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return change > 0 ? `+${abs}` : `\u2212${abs}`;
}

/** "up 4.2", "down 3.1": words for screen readers and sentences. */
export function describeChange(change: number | null | undefined): string {
  if (change == null) return 'no earlier figure';
  if (change === 0) return 'no change';
  const abs = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return change > 0 ? `up ${abs}` : `down ${abs}`;
}

/** "45%" */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
