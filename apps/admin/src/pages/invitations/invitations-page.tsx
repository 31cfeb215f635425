import { type SchemaInvitationDto, unwrap } from '@pies/api-client';
import { ROLE_LABELS } from '@pies/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { landingPath } from '../../auth/access';
import { useMe, useSession } from '../../auth/session';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  NotificationBanner,
  PageLayout,
  SummaryCard,
  SummaryList,
} from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatDate, formatList } from '../format';

type Answer = 'accept' | 'decline';

/** Roles the person has been offered: each is theirs only once they accept it. */
export function InvitationsPage() {
  const me = useMe();
  const { refresh } = useSession();
  const invitations = useApiData('invitations', () => unwrap(api.GET('/api/invitations')));
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (invitations.error) return <ApiErrorPage error={invitations.error} />;
  // While the list reloads after an answer, the previous one stays on screen.
  const list = invitations.data ?? invitations.previous;
  if (!list) return <Loading title="Your invitations" />;

  async function answer(invitation: SchemaInvitationDto, how: Answer) {
    setBusy(true);
    setFailed(false);
    try {
      const params = { path: { invitationId: invitation.id } };
      await unwrap(
        how === 'accept'
          ? api.POST('/api/invitations/{invitationId}/accept', { params })
          : api.POST('/api/invitations/{invitationId}/decline', { params }),
      );
      const what = `${ROLE_LABELS[invitation.role].toLowerCase()} role`;
      setDone(how === 'accept' ? `You have accepted the ${what}` : `You have declined the ${what}`);
      if (how === 'accept') await refresh();
      invitations.reload();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout title="Your invitations" hasError={failed}>
      <ErrorSummary
        errors={
          failed
            ? [
                {
                  text: 'That did not work: the invitation may have been answered already. Try again.',
                },
              ]
            : []
        }
      />
      {done ? <NotificationBanner type="success" heading={done} /> : <FlashBanner />}
      <span className="govuk-caption-l">{me.name}</span>
      <h1 className="govuk-heading-l">Your invitations</h1>
      {list.length === 0 ? (
        <p className="govuk-body">You have no invitations waiting for an answer.</p>
      ) : (
        <p className="govuk-body">
          You have been offered {list.length === 1 ? 'a role' : 'these roles'}. You hold a role only
          once you accept it. If you do not know why you were offered it, decline it.
        </p>
      )}
      {list.map((i) => (
        <SummaryCard key={i.id} title={ROLE_LABELS[i.role]}>
          <SummaryList
            rows={[
              { key: 'Partnership', value: formatList(i.partnershipNames) },
              ...(i.organisationName ? [{ key: 'Organisation', value: i.organisationName }] : []),
              { key: 'Invited by', value: i.invitedByName ?? 'Not known' },
              { key: 'Sent', value: formatDate(i.invitedAt) },
            ]}
          />
          <ButtonGroup>
            <Button type="button" disabled={busy} onClick={() => void answer(i, 'accept')}>
              Accept<span className="govuk-visually-hidden"> {ROLE_LABELS[i.role]}</span>
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={busy}
              onClick={() => void answer(i, 'decline')}
            >
              Decline<span className="govuk-visually-hidden"> {ROLE_LABELS[i.role]}</span>
            </Button>
          </ButtonGroup>
        </SummaryCard>
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to={landingPath(me)}>
          {list.length === 0 ? 'Continue' : 'Answer later and continue'}
        </Link>
      </p>
    </PageLayout>
  );
}
