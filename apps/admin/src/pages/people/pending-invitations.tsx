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
      setFailure(e instanceof ApiError ? errorText(e) : 'That did not work: try again');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h2 className="govuk-heading-m">Invitations not yet accepted</h2>
      <ErrorSummary errors={failure ? [{ text: failure }] : []} />
      {done && <NotificationBanner type="success" heading={done} />}
      {list.length === 0 ? (
        <p className="govuk-body">There are no invitations waiting for an answer.</p>
      ) : (
        <Table
          caption="Invitations not yet accepted"
          captionHidden
          rows={list}
          rowKey={(i) => i.id}
          columns={[
            { key: 'email', header: 'Email address', cell: (i) => i.email },
            {
              key: 'role',
              header: 'Role',
              cell: (i) =>
                `${ROLE_LABELS[i.role]}${i.organisationName ? `, ${i.organisationName}` : ''}`,
            },
            {
              key: 'sent',
              header: 'Sent',
              cell: (i) =>
                `${formatDate(i.invitedAt)}${i.invitedByName ? ` by ${i.invitedByName}` : ''}`,
            },
            {
              key: 'actions',
              header: 'Actions',
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
