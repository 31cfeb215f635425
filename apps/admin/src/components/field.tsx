import type { ReactNode } from 'react';
import { cx } from './class-names';

/** A field's label, hint and error message, as GOV.UK form groups lay them out. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Render the label as the page's h1 (one-question pages). */
  isPageHeading?: boolean;
  labelClassName?: string;
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return cx(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined) || undefined;
}

export function Label({
  htmlFor,
  children,
  isPageHeading,
  className,
}: {
  htmlFor: string;
  children: ReactNode;
  isPageHeading?: boolean;
  className?: string;
}) {
  const label = (
    <label
      className={cx('govuk-label', isPageHeading && !className && 'govuk-label--l', className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

/** Label, hint and error message around one control. */
export function FormGroup({
  id,
  label,
  hint,
  error,
  isPageHeading,
  labelClassName,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Label htmlFor={id} isPageHeading={isPageHeading} className={labelClassName}>
        {label}
      </Label>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      {children}
    </div>
  );
}
