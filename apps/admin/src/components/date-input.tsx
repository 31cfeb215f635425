import type { ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy, ErrorMessage, Hint } from './field';
import { Fieldset } from './fieldset';

/** The three boxes of a GOV.UK date input, as typed (not yet a date). */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** '2025-09-01' (or the date of '2025-09-01T10:00:00Z') → { day: '1', month: '9', year: '2025' } */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : NO_DATE;
}

/**
 * What the boxes say as YYYY-MM-DD, for the API to check: '' when all are empty; otherwise the
 * parts as typed (padded), so a wrong date ("31 2 2025") comes back from the API as wrong.
 */
export function typedDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export const isBlank = (parts: DateParts) => typedDate(parts) === '';

/** A real calendar date in YYYY-MM-DD (a year of four figures from 1000), or null. */
export function realDate(parts: DateParts): string | null {
  const iso = typedDate(parts);
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** The same day `years` on (29 February → 1 March in a year that has none, as the API does). */
export function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * The message for a date that is not right, in GOV.UK's words: what is missing, or that it is not
 * a real date.
 */
export function dateMessage(label: string, parts: DateParts): string {
  if (isBlank(parts)) return `Enter ${label.toLowerCase()}`;
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k].trim());
  if (missing.length > 0) return `${label} must include a ${missing.join(' and ')}`;
  if (!/^\d{4}$/.test(parts.year.trim())) return 'Year must include 4 numbers';
  return `${label} must be a real date`;
}

/**
 * GOV.UK date input: day, month and year boxes in a fieldset. The group has the id; the boxes
 * are `${id}-day`, `${id}-month` and `${id}-year`, and the error summary links to the day box.
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const boxes = [
    { key: 'day', label: 'Day', width: 2 },
    { key: 'month', label: 'Month', width: 2 },
    { key: 'year', label: 'Year', width: 4 },
  ] as const;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legend} legendSize="s" describedBy={describedBy(id, hint, error)}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={id}>
          {boxes.map((box) => (
            <div key={box.key} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${box.key}`}>
                  {box.label}
                </label>
                <input
                  className={cx(
                    'govuk-input govuk-date-input__input',
                    `govuk-input--width-${box.width}`,
                    error && 'govuk-input--error',
                  )}
                  id={`${id}-${box.key}`}
                  name={`${id}-${box.key}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[box.key]}
                  onChange={(e) => onChange({ ...value, [box.key]: e.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}
