import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../components';

/** A confirmation carried to the next page in the router's state. */
export interface Flash {
  heading: string;
  link?: { to: string; text: string };
}

export const withFlash = (flash: Flash) => ({ state: { flash } });

/** The success banner for what the user just did on the previous page, if anything. */
export function FlashBanner() {
  const location = useLocation();
  const flash = (location.state as { flash?: Flash } | null)?.flash;
  if (!flash) return null;
  return (
    <NotificationBanner key={location.key} type="success" heading={flash.heading}>
      {flash.link && (
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to={flash.link.to}>
            {flash.link.text}
          </Link>
        </p>
      )}
    </NotificationBanner>
  );
}
