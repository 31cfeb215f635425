import { type ReactNode, useEffect, useRef } from 'react';
import { cx } from './class-names';

/**
 * GOV.UK notification banner. `success` confirms what the user just did: it is announced and
 * takes focus. The neutral one tells about something that is not the result of an action.
 */
export function NotificationBanner({
  type,
  title,
  heading,
  children,
}: {
  type?: 'success';
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const success = type === 'success';
  useEffect(() => {
    if (success) ref.current?.focus();
  }, [success]);
  return (
    <div
      ref={ref}
      className={cx('govuk-notification-banner', success && 'govuk-notification-banner--success')}
      role={success ? 'alert' : 'region'}
      aria-labelledby="govuk-notification-banner-title"
      tabIndex={success ? -1 : undefined}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="govuk-notification-banner-title">
          {title ?? (success ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
