import { ApiError, unwrap } from '@pies/api-client';
import { ROLE_LABELS, type Role } from '@pies/domain';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { canManagePartnership, isPlatformAdmin } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ErrorSummary,
  Loading,
  NotificationBanner,
  PageLayout,
  SummaryList,
  Table,
} from '../../components';
import { errorText } from '../../errors/error-text';
import { ApiErrorPage, ForbiddenPage, NotFoundPage } from '../error-pages';
import { withFlash } from '../flash';
import { formatDate } from '../format';

/** The other role of a role's kind: what "change" turns it into. */
const OTHER_ROLE: Partial<Record<Role, Exclude<Role, 'platform_admin'>>> = {
  partnership_admin: 'board_member',
  board_member: 'partnership_admin',
  agency_lead: 'agency_contributor',
  agency_contributor: 'agency_lead',
};

/** One person in a partnership: their roles here (change, remove) and their account. */
export function PersonPage() {
  const { partnershipId = '', userId = '' } = useParams();
  const me = useMe();
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const partnership = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const people = useApiData(`people:${partnershipId}`, () =>
    unwrap(
      api.GET('/api/partnerships/{partnershipId}/users', { params: { path: { partnershipId } } }),
    ),
  );
  if (!canManagePartnership(me, partnershipId)) return <ForbiddenPage />;
  const error = partnership.error ?? people.error;
  if (error) return <ApiErrorPage error={error} />;
  const list = people.data ?? people.previous;
  if (!partnership.data || !list) return <Loading title="Person" />;
  const peoplePath = `/partnerships/${partnershipId}/people`;
  const person = list.find((u) => u.id === userId);
  if (!person) {
    // Their last role here was just removed: back to the list, saying so.
    return done ? (
      <Navigate to={peoplePath} state={withFlash({ heading: done }).state} />
    ) : (
      <NotFoundPage />
    );
  }

  async function act(action: () => Promise<unknown>, success: string) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      setDone(success);
      people.reload();
    } catch (e) {
      setDone(null);
      setFailure(e instanceof ApiError ? errorText(e) : 'That did not work: try again');
    } finally {
      setBusy(false);
    }
  }

  const canDeactivate = person.id !== me.id && (person.accountInPartnership || isPlatformAdmin(me));

  return (
    <PageLayout title={person.name} hasError={!!failure} backLink={<BackLink to={peoplePath} />}>
      <ErrorSummary errors={failure ? [{ text: failure }] : []} />
      {done && <NotificationBanner type="success" heading={done} />}
      <span className="govuk-caption-l">{partnership.data.name}</span>
      <h1 className="govuk-heading-l">{person.name}</h1>
      <SummaryList
        rows={[
          { key: 'Email address', value: person.email },
          {
            key: 'Last signed in',
            value: person.lastSignInAt ? formatDate(person.lastSignInAt) : 'Never',
          },
          {
            key: 'Account',
            value: person.deactivatedAt
              ? `Deactivated on ${formatDate(person.deactivatedAt)}`
              : 'Active',
          },
        ]}
      />
      <h2 className="govuk-heading-m">Roles in this partnership</h2>
      <Table
        caption={`${person.name}'s roles`}
        captionHidden
        rows={person.memberships}
        rowKey={(m) => m.id}
        columns={[
          { key: 'role', header: 'Role', cell: (m) => ROLE_LABELS[m.role] },
          {
            key: 'where',
            header: 'Organisation',
            cell: (m) => m.organisationName ?? 'The partnership',
          },
          {
            key: 'actions',
            header: 'Actions',
            cell: (m) => {
              const other = OTHER_ROLE[m.role];
              const what = `${ROLE_LABELS[m.role]}${m.organisationName ? `, ${m.organisationName}` : ''}`;
              const params = { path: { membershipId: m.id } };
              return (
                <div className="govuk-button-group">
                  {other && (
                    <Button
                      type="button"
                      variant="secondary"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          () =>
                            unwrap(
                              api.PATCH('/api/memberships/{membershipId}', {
                                params,
                                body: { role: other },
                              }),
                            ),
                          `${person.name} is now ${ROLE_LABELS[other].toLowerCase()}`,
                        )
                      }
                    >
                      Make {ROLE_LABELS[other].toLowerCase()}
                      <span className="govuk-visually-hidden"> instead of {what}</span>
                    </Button>
                  )}
                  <Button
                    type="button"
                    variant="warning"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        () => unwrap(api.DELETE('/api/memberships/{membershipId}', { params })),
                        `The ${ROLE_LABELS[m.role].toLowerCase()} role has been removed from ${person.name}`,
                      )
                    }
                  >
                    Remove<span className="govuk-visually-hidden"> role: {what}</span>
                  </Button>
                </div>
              );
            },
          },
        ]}
      />
      <h2 className="govuk-heading-m">Account</h2>
      {person.deactivatedAt ? (
        <>
          <p className="govuk-body">
            The account is deactivated: {person.name} cannot sign in. Their roles are kept.
          </p>
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() =>
              void act(
                () =>
                  unwrap(
                    api.POST('/api/accounts/{accountId}/reactivate', {
                      params: { path: { accountId: person.id } },
                    }),
                  ),
                `${person.name}'s account has been reactivated`,
              )
            }
          >
            Reactivate account
          </Button>
        </>
      ) : canDeactivate ? (
        <>
          <p className="govuk-body">
            Deactivate the account of someone who has left: they are signed out at once and cannot
            sign in. Their roles are kept, so reactivating it restores them.
          </p>
          <Button
            type="button"
            variant="warning"
            disabled={busy}
            onClick={() =>
              void act(
                () =>
                  unwrap(
                    api.POST('/api/accounts/{accountId}/deactivate', {
                      params: { path: { accountId: person.id } },
                    }),
                  ),
                `${person.name}'s account has been deactivated`,
              )
            }
          >
            Deactivate account
          </Button>
        </>
      ) : (
        <p className="govuk-body">
          {person.id === me.id
            ? 'You cannot deactivate your own account.'
            : `${person.name} also has roles outside this partnership: a platform administrator can deactivate their account.`}
        </p>
      )}
    </PageLayout>
  );
}
