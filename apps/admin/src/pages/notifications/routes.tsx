import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const NotificationsPage = page(() => import('./notifications-page'), 'NotificationsPage');
const NotificationSettingsPage = page(
  () => import('./notification-settings-page'),
  'NotificationSettingsPage',
);
const ReminderSettingsPage = page(() => import('./reminder-settings-page'), 'ReminderSettingsPage');
const UnsubscribePage = page(() => import('./unsubscribe-page'), 'UnsubscribePage');

/** Anyone signed in: their notices and how they get them. Paths are relative to the signed-in root. */
export function notificationRoutes() {
  return (
    <Fragment>
      <Route path="notifications" element={lazyPage(NotificationsPage)} />
      <Route path="account/notifications" element={lazyPage(NotificationSettingsPage)} />
      <Route
        path="partnerships/:partnershipId/reminders"
        element={lazyPage(ReminderSettingsPage)}
      />
    </Fragment>
  );
}

/** Signed out: the page a notification mail's unsubscribe link opens. */
export function unsubscribeRoutes() {
  return <Route path="unsubscribe/:token" element={lazyPage(UnsubscribePage)} />;
}
