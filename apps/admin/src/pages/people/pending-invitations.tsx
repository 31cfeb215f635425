import { ApiError, unwrap } from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Button, ButtonGroup, ErrorSummary, NotificationBanner, Table } from '../../components';
import { errorText } from '../../errors/error-text';
import { formatDate } from '../format';

/**
 * Roles offered in the partnership and not yet answered: each can be sent again (a new link for
 * someone new) or revoked.
 */
export function PendingInvitations({ partnershipId }: { partnershipId: string }) {
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = useApiData(`invitations:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/invitations', {
        params: { path: { partnershipId } },
      }),
    ),
  );
  const list = pending.data ?? pending.previous;
  if (pending.error || !list) return null;

  async function act(how: 'resend' | 'revoke', id: string, what: string) {
    setBusy(true);
    setFailure(null);
    try {
      const params = { path: { membershipId: id } };
      if (how === 'resend') {
        await unwrap(api.POST('/api/memberships/{membershipId}/resend-invitation', { params }));
        setDone(t('people.invitations.resent', { email: what }));
      } else {
        await unwrap(api.DELETE('/api/memberships/{membershipId}', { params }));
        setDone(t('people.invitations.revoked', { email: what }));
      }
      pending.reload();
    } catch (e) {
      setDone(null);
      setFailure(e instanceof ApiError ? errorText(e) : t('people.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">{t('people.invitations.title')}</h2>
      <ErrorSummary errors={failure ? [{ text: failure }] : []} />
      {done && <NotificationBanner type="success" heading={done} />}
      {list.length === 0 ? (
        <p className="govuk-body">{t('people.invitations.none')}</p>
      ) : (
        <Table
          caption={t('people.invitations.title')}
          captionHidden
          rows={list}
          rowKey={(i) => i.id}
          columns={[
            { key: 'email', header: t('people.invitations.email'), cell: (i) => i.email },
            {
              key: 'role',
              header: t('people.invitations.role'),
              cell: (i) =>
                i.organisationName
                  ? t('people.invitations.roleAt', {
                      role: ROLE_LABELS[i.role],
                      organisation: i.organisationName,
                    })
                  : ROLE_LABELS[i.role],
            },
            {
              key: 'sent',
              header: t('people.invitations.sent'),
              cell: (i) =>
                i.invitedByName
                  ? t('people.invitations.sentBy', {
                      date: formatDate(i.invitedAt),
                      name: i.invitedByName,
                    })
                  : formatDate(i.invitedAt),
            },
            {
              key: 'actions',
              header: t('people.invitations.actions'),
              cell: (i) => (
                <ButtonGroup>
                  <Button
                    type="button"
                    variant="secondary"
                    disabled={busy}
                    className="govuk-!-margin-bottom-0"
                    onClick={() => void act('resend', i.id, i.email)}
                  >
                    {t('people.invitations.resend')}
                    <span className="govuk-visually-hidden">
                      {' '}
                      {t('people.invitations.to', { email: i.email })}
                    </span>
                  </Button>
                  <Button
                    type="button"
                    variant="warning"
                    disabled={busy}
                    className="govuk-!-margin-bottom-0"
                    onClick={() => void act('revoke', i.id, i.email)}
                  >
                    {t('people.invitations.revoke')}
                    <span className="govuk-visually-hidden">
                      {' '}
                      {t('people.invitations.to', { email: i.email })}
                    </span>
                  </Button>
                </ButtonGroup>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
