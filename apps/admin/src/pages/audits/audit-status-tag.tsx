import { Tag } from '../../components/tag';

const INDICATOR_LABELS = {
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
