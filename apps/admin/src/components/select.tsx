import type { SelectHTMLAttributes } from 'react';
import { cx } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps
  extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
}

/** GOV.UK select. Use radios instead when there are only a few options. */
export function Select({
  id,
  label,
  hint,
  error,
  isPageHeading,
  labelClassName,
  options,
  value,
  onChange,
  className,
  name,
  ...rest
}: SelectProps) {
  return (
    <FormGroup
      id={id}
      label={label}
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      labelClassName={labelClassName}
    >
      <select
        id={id}
        name={name ?? id}
        className={cx('govuk-select', error && 'govuk-select--error', className)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
