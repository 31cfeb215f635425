import { Link } from 'react-router';
import { Tag, type TagColour } from '../../components/tag';
import { formatCount, formatDate } from '../format';
import { type Action, statusLabel } from './action-form';

/** When an action is due, with an "Overdue" tag past it. */
export function ActionDue({ action }: { action: Action }) {
  if (!action.dueOn) return <>No date set</>;
  return (
    <>
      {formatDate(action.dueOn)} {action.overdue && <Tag colour="red">Overdue</Tag>}
    </>
  );
}

/** An action's owner, due date and status, as summary list rows. */
export const actionRows = (a: Action) => [
  { key: 'Owner', value: a.owner },
  { key: 'Due', value: <ActionDue action={a} /> },
  { key: 'Status', value: statusLabel(a.status) },
];

const STATUS_COLOURS: Record<Action['status'], TagColour> = {
  not_started: 'blue',
  in_progress: 'light-blue',
  done: 'green',
  dropped: 'grey',
};

/** An action's status as a tag: blue while there is something to do, green when done. */
export function ActionStatusTag({ status }: { status: Action['status'] }) {
  return <Tag colour={STATUS_COLOURS[status]}>{statusLabel(status)}</Tag>;
}

/** The way to an audit's action plan: its overdue actions when it has some. */
export function ActionPlanLink({ auditId, overdue }: { auditId: string; overdue: number }) {
  return (
    <Link
      className="govuk-link"
      to={`/audits/${auditId}/actions${overdue > 0 ? '?show=overdue' : ''}`}
    >
      {overdue > 0 ? formatCount(overdue, 'overdue action') : 'See the action plan'}
    </Link>
  );
}
