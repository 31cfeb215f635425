import { Fragment, type ReactNode } from 'react';
import { cx } from './class-names';
import { describedBy as describe, ErrorMessage, Hint } from './field';
import { Fieldset, type LegendSize } from './fieldset';

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown below the item while it is selected (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** A divider ("or") above this item. */
  dividerBefore?: string;
}

interface ChoicesProps {
  /** Also the id prefix: items are `${name}`, `${name}-2`, ... (the first links from errors). */
  name: string;
  legend: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  small?: boolean;
  inline?: boolean;
}

const itemId = (name: string, i: number) => (i === 0 ? name : `${name}-${i + 1}`);

function Choices({
  kind,
  name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  small,
  inline,
  isChecked,
  onToggle,
}: ChoicesProps & {
  kind: 'radios' | 'checkboxes';
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset
        legend={legend}
        legendSize={legendSize}
        isPageHeading={isPageHeading}
        describedBy={describe(name, hint, error)}
      >
        {hint && <Hint id={hintId!}>{hint}</Hint>}
        {error && <ErrorMessage id={errorId!}>{error}</ErrorMessage>}
        <div
          className={cx(
            `govuk-${kind}`,
            small && `govuk-${kind}--small`,
            inline && `govuk-${kind}--inline`,
          )}
          data-module={`govuk-${kind}`}
        >
          {items.map((item, i) => {
            const id = itemId(name, i);
            const checked = isChecked(item.value);
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            return (
              <Fragment key={item.value}>
                {item.dividerBefore && (
                  <div className={`govuk-${kind}__divider`}>{item.dividerBefore}</div>
                )}
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={id}
                    name={name}
                    type={kind === 'radios' ? 'radio' : 'checkbox'}
                    value={item.value}
                    checked={checked}
                    onChange={(e) => onToggle(item.value, e.target.checked)}
                    aria-controls={conditionalId}
                    aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint && (
                    <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional && (
                  <div
                    className={cx(
                      `govuk-${kind}__conditional`,
                      !checked && `govuk-${kind}__conditional--hidden`,
                    )}
                    id={conditionalId}
                  >
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

/** GOV.UK radios: one choice. `value` is '' when nothing is chosen. */
export function Radios(props: ChoicesProps & { value: string; onChange: (value: string) => void }) {
  const { value, onChange, ...rest } = props;
  return (
    <Choices
      kind="radios"
      {...rest}
      isChecked={(v) => v === value}
      onToggle={(v, checked) => checked && onChange(v)}
    />
  );
}

/** GOV.UK checkboxes: any number of choices. */
export function Checkboxes(
  props: ChoicesProps & { values: string[]; onChange: (values: string[]) => void },
) {
  const { values, onChange, ...rest } = props;
  return (
    <Choices
      kind="checkboxes"
      {...rest}
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) =>
        onChange(checked ? [...values.filter((x) => x !== v), v] : values.filter((x) => x !== v))
      }
    />
  );
}
