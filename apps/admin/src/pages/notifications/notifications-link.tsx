import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { subscribeUnreadChanged, unreadVersion } from './unread-count';

/**
 * The header's "Notifications" link with the unread count: shown as a number, and read out as
 * "Notifications, 3 unread". Counted again on each page change and after "Mark all as read".
 */
export function NotificationsLink({ className }: { className: string }) {
  const { pathname } = useLocation();
  const version = useSyncExternalStore(subscribeUnreadChanged, unreadVersion, unreadVersion);
  const list = useApiData(`notifications-unread:${version}:${pathname}`, () =>
    unwrap(api.GET('/api/account/notifications')),
  );
  // While counting again, keep the last count rather than flicker; none if it cannot be read.
  const unread = (list.data ?? list.previous)?.unread ?? 0;
  return (
    <Link className={className} to="/notifications">
      {t('notificationsPage.nav')}
      {unread > 0 && (
        <>
          <span className="app-header__count" aria-hidden="true">
            {unread}
          </span>
          <span className="govuk-visually-hidden">
            , {t('notificationsPage.navUnread', { count: unread })}
          </span>
        </>
      )}
    </Link>
  );
}
