import { useDeferredValue } from 'react';
import { cx } from './class-names';
import { describedBy, type FieldProps, FormGroup } from './field';

/**
 * GOV.UK textarea with its label, hint and error message. With `maxLength` it is GOV.UK's
 * character count: the visible count under the box, and a polite status for screen readers that
 * updates once typing pauses (the deferred value). The API, not the box, enforces the limit.
 */
export function Textarea({
  id,
  label,
  hint,
  error,
  labelClassName,
  value,
  onChange,
  rows = 5,
  maxLength,
  disabled,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  disabled?: boolean;
}) {
  const remaining = maxLength === undefined ? 0 : maxLength - value.length;
  const shown = useDeferredValue(remaining);
  const over = remaining < 0;
  const counted = maxLength !== undefined;
  const group = (
    <FormGroup id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={cx(
          'govuk-textarea',
          counted && 'govuk-js-character-count',
          (error || over) && 'govuk-textarea--error',
        )}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={
          counted ? cx(describedBy(id, hint, error), `${id}-info`) : describedBy(id, hint, error)
        }
        aria-invalid={error || over ? true : undefined}
        disabled={disabled}
      />
      {counted && (
        <>
          <div id={`${id}-info`} className="govuk-visually-hidden">
            You can enter up to {maxLength.toLocaleString('en-GB')} characters
          </div>
          <div
            className={cx(
              'govuk-hint',
              'govuk-character-count__message',
              over && 'govuk-error-message',
            )}
            aria-hidden="true"
          >
            {remainingMessage(remaining)}
          </div>
          <div
            className="govuk-character-count__sr-status govuk-visually-hidden"
            aria-live="polite"
          >
            {remainingMessage(shown)}
          </div>
        </>
      )}
    </FormGroup>
  );
  return counted ? (
    <div className="govuk-character-count" data-module="govuk-character-count">
      {group}
    </div>
  ) : (
    group
  );
}

/** "You have 12 characters remaining", "You have 1 character too many" */
function remainingMessage(n: number): string {
  return n < 0
    ? `You have ${(-n).toLocaleString('en-GB')} character${n === -1 ? '' : 's'} too many`
    : `You have ${n.toLocaleString('en-GB')} character${n === 1 ? '' : 's'} remaining`;
}
