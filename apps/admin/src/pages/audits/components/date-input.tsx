import { cx } from '../../../components/class-names';
import { ErrorMessage, Hint } from '../../../components/field';
import { Fieldset } from '../../../components/fieldset';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function partsOf(iso: string | null | undefined): DateParts {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : EMPTY_DATE;
}

/** 'YYYY-MM-DD', null when left blank, or undefined when it is not a real date. */
export function isoOf(p: DateParts): string | null | undefined {
  if (!p.day.trim() && !p.month.trim() && !p.year.trim()) return null;
  const [d, m, y] = [p.day, p.month, p.year].map((s) => Number(s.trim()));
  if (![d, m, y].every(Number.isInteger) || y < 1000 || y > 9999) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** GOV.UK date input: day, month and year in three boxes. The first box has the id. */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const fields: { key: keyof DateParts; label: string; width: string }[] = [
    { key: 'day', label: 'Day', width: '2' },
    { key: 'month', label: 'Month', width: '2' },
    { key: 'year', label: 'Year', width: '4' },
  ];
  const describedBy = cx(hint && `${id}-hint`, error && `${id}-error`) || undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legend} legendSize="s" describedBy={describedBy}>
        {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="govuk-date-input" id={`${id}-group`}>
          {fields.map((f) => {
            const inputId = f.key === 'day' ? id : `${id}-${f.key}`;
            return (
              <div key={f.key} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {f.label}
                  </label>
                  <input
                    className={cx(
                      'govuk-input',
                      'govuk-date-input__input',
                      `govuk-input--width-${f.width}`,
                      error && 'govuk-input--error',
                    )}
                    id={inputId}
                    name={inputId}
                    type="text"
                    inputMode="numeric"
                    value={value[f.key]}
                    onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
