import { useDeferredValue } from 'react';
import { cx } from '../../../components/class-names';
import { describedBy, FormGroup } from '../../../components/field';

/**
 * GOV.UK textarea with a character count: the visible count under the box, and a polite status
 * for screen readers that updates once typing pauses (the deferred value).
 */
export function CharacterCount({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  rows = 5,
  labelClassName,
  disabled,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  rows?: number;
  labelClassName?: string;
  disabled?: boolean;
}) {
  const remaining = maxLength - value.length;
  const shown = useDeferredValue(remaining);
  const over = remaining < 0;
  const message = (n: number) =>
    n < 0
      ? `You have ${(-n).toLocaleString('en-GB')} character${n === -1 ? '' : 's'} too many`
      : `You have ${n.toLocaleString('en-GB')} character${n === 1 ? '' : 's'} remaining`;
  return (
    <div className="govuk-character-count" data-module="govuk-character-count">
      <FormGroup id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
        <textarea
          id={id}
          name={id}
          rows={rows}
          className={cx(
            'govuk-textarea',
            'govuk-js-character-count',
            (error || over) && 'govuk-textarea--error',
          )}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={cx(describedBy(id, hint, error), `${id}-info`)}
          aria-invalid={error || over ? true : undefined}
          disabled={disabled}
        />
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
          {message(remaining)}
        </div>
        <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite">
          {message(shown)}
        </div>
      </FormGroup>
    </div>
  );
}
