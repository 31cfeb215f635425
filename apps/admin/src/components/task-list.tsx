import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './class-names';

export interface TaskItem {
  id: string;
  title: ReactNode;
  /** Leave out when the task cannot be started yet. */
  to?: string;
  hint?: ReactNode;
  /** A Tag for incomplete states, plain text for "Completed". */
  status: ReactNode;
}

/**
 * GOV.UK task list: the audit's areas and indicators with their status. Each task's status is
 * tied to its link for screen readers.
 */
export function TaskList({ items, idPrefix = 'task' }: { items: TaskItem[]; idPrefix?: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const hintId = item.hint ? `${idPrefix}-${item.id}-hint` : undefined;
        const statusId = `${idPrefix}-${item.id}-status`;
        return (
          <li
            key={item.id}
            className={cx('govuk-task-list__item', item.to && 'govuk-task-list__item--with-link')}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.to ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  to={item.to}
                  aria-describedby={cx(hintId, statusId)}
                >
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
