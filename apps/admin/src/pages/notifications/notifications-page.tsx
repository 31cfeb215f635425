import { type SchemaNotificationDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Button, Loading, NotificationBanner, PageLayout, Tag } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { formatDateTime } from '../format';
import { FlashBanner } from '../flash';
import { unreadChanged } from './unread-count';

function Notice({ notice }: { notice: SchemaNotificationDto }) {
  const unread = notice.readAt === null;
  return (
    <li className="app-notice">
      <h2 className="govuk-heading-s app-notice__title">
        <Link className="govuk-link" to={notice.path}>
          {notice.title}
        </Link>
        {unread && (
          <>
            {' '}
            <Tag colour="blue">{t('notificationsPage.new')}</Tag>
          </>
        )}
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-1">{notice.detail}</p>
      <p className="govuk-body-s app-notice__time">
        <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
      </p>
    </li>
  );
}

/** Your notices of the last 90 days, newest first, the unread ones marked "New". */
export function NotificationsPage() {
  const list = useApiData('notifications', () => unwrap(api.GET('/api/account/notifications')));
  const [busy, setBusy] = useState(false);
  const [markedRead, setMarkedRead] = useState(false);
  const [failed, setFailed] = useState<unknown>();
  const title = t('notificationsPage.title');
  if (list.error || failed) return <ApiErrorPage error={list.error ?? failed} />;
  const data = list.data ?? list.previous;
  if (!data) return <Loading title={title} />;

  async function markAllRead() {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/account/notifications/read'));
      setMarkedRead(true);
      list.reload();
      unreadChanged();
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout title={title}>
      {markedRead ? (
        <NotificationBanner type="success" heading={t('notificationsPage.markedRead')} />
      ) : (
        <FlashBanner />
      )}
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('notificationsPage.intro')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account/notifications">
          {t('notificationsPage.settingsLink')}
        </Link>
      </p>
      {data.items.length === 0 ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">{t('notificationsPage.empty')}</p>
          <p className="govuk-body">{t('notificationsPage.emptyHelp')}</p>
        </>
      ) : (
        <>
          {data.unread > 0 && (
            <>
              <p className="govuk-body">{t('notificationsPage.unread', { count: data.unread })}</p>
              <Button
                type="button"
                variant="secondary"
                disabled={busy}
                onClick={() => void markAllRead()}
              >
                {t('notificationsPage.markAllRead')}
              </Button>
            </>
          )}
          <ul className="govuk-list app-notices">
            {data.items.map((notice) => (
              <Notice key={notice.id} notice={notice} />
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
