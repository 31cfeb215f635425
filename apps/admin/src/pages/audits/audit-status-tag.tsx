import type { CarryState } from '@pies/domain';
import { t } from '@pies/i18n';
import { Tag } from '../../components/tag';

export const INDICATOR_LABELS = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
} as const;

/** GOV.UK task list statuses: tags while there is something to do, plain text when done. */
export function IndicatorStatusTag({ status }: { status: keyof typeof INDICATOR_LABELS }) {
  if (status === 'completed') return <>{INDICATOR_LABELS.completed}</>;
  return (
    <Tag colour={status === 'not_started' ? 'blue' : 'light-blue'}>{INDICATOR_LABELS[status]}</Tag>
  );
}

/** "Carried forward: confirm" (or "Wording changed: answer again") on an answer copied from the last audit. */
export function CarryTag({ state }: { state: CarryState }) {
  if (!state) return null;
  return (
    <Tag colour={state === 'confirm' ? 'yellow' : 'orange'}>
      {t(state === 'confirm' ? 'carryForward.tag' : 'carryForward.tagFresh')}
    </Tag>
  );
}
