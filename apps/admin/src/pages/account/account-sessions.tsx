import { type SchemaSessionDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Button, Table, Tag } from '../../components';
import { formatDate, formatDateTime } from '../format';
import { browserName } from './browser-name';

/**
 * Where the person is signed in: each browser with when it signed in and was last used; they
 * sign out of one, or of every one but this. `onSignedOut` takes the banner to show.
 */
export function AccountSessions({ onSignedOut }: { onSignedOut: (banner: string) => void }) {
  const sessions = useApiData('account-sessions', () => unwrap(api.GET('/api/account/sessions')));
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut(end: () => Promise<unknown>, banner: string) {
    setBusy(true);
    setFailed(false);
    try {
      await end();
      sessions.reload();
      onSignedOut(banner);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const list = sessions.data ?? sessions.previous;
  return (
    <section aria-labelledby="sessions-heading" id="account-sessions">
      <h2 className="govuk-heading-m" id="sessions-heading">
        {t('sessions.heading')}
      </h2>
      <p className="govuk-body">{t('sessions.intro')}</p>
      {failed && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {t('sessions.failed')}
        </p>
      )}
      {sessions.error ? (
        <p className="govuk-body">{t('sessions.loadFailed')}</p>
      ) : !list ? null : (
        <>
          <Table<SchemaSessionDto>
            caption={t('sessions.heading')}
            captionHidden
            className="app-one-line-tags"
            rows={list}
            rowKey={(s) => s.id}
            scrollLabel={t('sessions.heading')}
            columns={[
              {
                key: 'browser',
                header: t('sessions.browser'),
                cell: (s) => (
                  <>
                    {browserName(s.userAgent)}
                    {s.ip && <span className="app-cell-secondary">{s.ip}</span>}
                  </>
                ),
              },
              {
                key: 'signed-in',
                header: t('sessions.signedIn'),
                cell: (s) => formatDateTime(s.createdAt),
              },
              {
                key: 'last-used',
                header: t('sessions.lastUsed'),
                cell: (s) => formatDateTime(s.lastSeenAt),
              },
              {
                key: 'action',
                header: <span className="govuk-visually-hidden">{t('sessions.signOut')}</span>,
                cell: (s) =>
                  s.current ? (
                    <Tag colour="green">{t('sessions.thisOne')}</Tag>
                  ) : (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-small-button"
                      disabled={busy}
                      onClick={() =>
                        void signOut(
                          () =>
                            unwrap(
                              api.DELETE('/api/account/sessions/{sessionId}', {
                                params: { path: { sessionId: s.id } },
                              }),
                            ),
                          t('sessions.signedOut'),
                        )
                      }
                    >
                      {t('sessions.signOut')}
                      <span className="govuk-visually-hidden">
                        {' '}
                        (
                        {t('sessions.signOutHidden', {
                          browser: browserName(s.userAgent),
                          date: formatDate(s.createdAt),
                        })}
                        )
                      </span>
                    </button>
                  ),
              },
            ]}
          />
          {list.length > 1 && (
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() =>
                void signOut(
                  () => unwrap(api.POST('/api/account/sessions/end-others')),
                  t('sessions.signedOutOthers'),
                )
              }
            >
              {t('sessions.signOutOthers')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
