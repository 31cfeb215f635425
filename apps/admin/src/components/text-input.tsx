import type { InputHTMLAttributes } from 'react';
import { cx } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field';

export type InputWidth =
  | '2'
  | '3'
  | '4'
  | '5'
  | '10'
  | '20'
  | '30'
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third';

export interface TextInputProps
  extends
    FieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value' | 'width'> {
  value: string;
  onChange: (value: string) => void;
  width?: InputWidth;
}

const widthClass = (width?: InputWidth) =>
  !width
    ? undefined
    : /^\d+$/.test(width)
      ? `govuk-input--width-${width}`
      : `govuk-!-width-${width}`;

/** GOV.UK text input with its label, optional hint and error message. */
export function TextInput({
  id,
  label,
  hint,
  error,
  isPageHeading,
  labelClassName,
  value,
  onChange,
  width,
  className,
  type = 'text',
  name,
  ...rest
}: TextInputProps) {
  return (
    <FormGroup
      id={id}
      label={label}
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      labelClassName={labelClassName}
    >
      <input
        id={id}
        name={name ?? id}
        type={type}
        className={cx('govuk-input', widthClass(width), error && 'govuk-input--error', className)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </FormGroup>
  );
}
