import type { ReactNode } from 'react';
import { cx } from './class-names';

export type TagColour =
  | 'grey'
  | 'green'
  | 'teal'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** GOV.UK tag: a status ("Submitted", "In progress"). Default colour is blue. */
export function Tag({
  colour,
  children,
  className,
}: {
  colour?: TagColour;
  children: ReactNode;
  className?: string;
}) {
  return (
    <strong className={cx('govuk-tag', colour && `govuk-tag--${colour}`, className)}>
      {children}
    </strong>
  );
}
