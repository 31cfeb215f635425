import type { ComplianceStatus } from '@pies/domain';
import type { TagColour } from '../../components';

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
