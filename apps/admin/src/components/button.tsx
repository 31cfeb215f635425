import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { cx } from './class-names';

type Variant = 'primary' | 'secondary' | 'warning' | 'inverse';

const variantClass = (variant: Variant) =>
  variant === 'primary' ? undefined : `govuk-button--${variant}`;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** A call to action that starts a journey (adds the arrow). */
  start?: boolean;
  children: ReactNode;
}

/** GOV.UK button. Submits its form unless `type` says otherwise. */
export function Button({
  variant = 'primary',
  start,
  className,
  type = 'submit',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'govuk-button',
        variantClass(variant),
        start && 'govuk-button--start',
        className,
      )}
      data-module="govuk-button"
      {...rest}
    >
      {children}
      {start && <StartArrow />}
    </button>
  );
}

/** A link that looks like a button (to a page, e.g. "Add an organisation"). */
export function ButtonLink({
  to,
  variant = 'primary',
  start,
  className,
  children,
}: {
  to: string;
  variant?: Variant;
  start?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={cx(
        'govuk-button',
        variantClass(variant),
        start && 'govuk-button--start',
        className,
      )}
      data-module="govuk-button"
    >
      {children}
      {start && <StartArrow />}
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}

function StartArrow() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}
