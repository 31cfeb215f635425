import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';

export interface ErrorItem {
  /** The id of the input to link to (the first input of a group of radios or checkboxes). */
  href?: string;
  text: string;
}

/**
 * GOV.UK error summary: shown at the top of the page when a form has errors; it takes focus so
 * screen reader users hear it, and each error links to (and focuses) its field. With
 * `takeFocus={false}` (errors found while the user types, as autosave does) it is only announced,
 * so the user is not pulled out of the box they are typing in.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  description,
  takeFocus = true,
}: {
  errors: ErrorItem[];
  title?: string;
  description?: ReactNode;
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [errors, takeFocus]);
  if (errors.length === 0 && !description) return null;
  return (
    <div
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      ref={ref}
      tabIndex={takeFocus ? -1 : undefined}
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((e, i) => (
                <li key={`${e.href ?? ''}-${i}`}>
                  {e.href ? (
                    <a href={`#${e.href}`} onClick={(ev) => focusField(ev, e.href!)}>
                      {e.text}
                    </a>
                  ) : (
                    e.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** Focuses the field and scrolls its label or legend into view, as govuk-frontend does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
