import { cx } from '../../components/class-names';
import { describedBy, type FieldProps, FormGroup } from '../../components/field';

/** GOV.UK textarea with its label, hint and error message. */
export function Textarea({
  id,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  rows = 5,
}: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={cx('govuk-textarea', error && 'govuk-textarea--error')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
