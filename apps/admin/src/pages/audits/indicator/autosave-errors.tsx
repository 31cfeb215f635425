import type { MouseEvent } from 'react';
import type { ErrorItem } from '../../../components/error-summary';

/**
 * The GOV.UK error summary for answers the API refused while saving as the user types. Unlike
 * a form's summary it does not take focus (that would pull the user out of the box they are
 * typing in); it is announced instead, and each error links to its field.
 */
export function AutosaveErrors({ errors }: { errors: ErrorItem[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
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
        </div>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
