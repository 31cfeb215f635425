import { ApiError, unwrap } from '@pies/api-client';
import { ROLE_LABELS, type Role } from '@pies/domain';
import { t } from '@pies/i18n';
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
  if (!partnership.data || !list) return <Loading title={t('people.person.loading')} />;
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
      setFailure(e instanceof ApiError ? errorText(e) : t('people.failed'));
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
          { key: t('people.person.email'), value: person.email },
          {
            key: t('people.person.lastSignIn'),
            value: person.lastSignInAt ? formatDate(person.lastSignInAt) : t('people.person.never'),
          },
          {
            key: t('people.person.account'),
            value: person.deactivatedAt
              ? t('people.person.deactivatedOn', { date: formatDate(person.deactivatedAt) })
              : t('people.person.active'),
          },
        ]}
      />
      <h2 className="govuk-heading-m">{t('people.person.roles')}</h2>
      <Table
        caption={t('people.person.rolesCaption', { name: person.name })}
        captionHidden
        rows={person.memberships}
        rowKey={(m) => m.id}
        columns={[
          { key: 'role', header: t('people.person.role'), cell: (m) => ROLE_LABELS[m.role] },
          {
            key: 'where',
            header: t('people.person.organisation'),
            cell: (m) => m.organisationName ?? t('people.person.wholePartnership'),
          },
          {
            key: 'actions',
            header: t('people.person.actions'),
            cell: (m) => {
              const other = OTHER_ROLE[m.role];
              const what = m.organisationName
                ? t('people.person.roleAt', {
                    role: ROLE_LABELS[m.role],
                    organisation: m.organisationName,
                  })
                : ROLE_LABELS[m.role];
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
                          t('people.person.roleChanged', {
                            name: person.name,
                            role: ROLE_LABELS[other].toLowerCase(),
                          }),
                        )
                      }
                    >
                      {t('people.person.makeRole', { role: ROLE_LABELS[other].toLowerCase() })}
                      <span className="govuk-visually-hidden">
                        {' '}
                        {t('people.person.makeRoleInstead', { what })}
                      </span>
                    </Button>
                  )}
                  <Button
                    type="button"
                    variant="warning"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        () => unwrap(api.DELETE('/api/memberships/{membershipId}', { params })),
                        t('people.person.roleRemoved', {
                          role: ROLE_LABELS[m.role].toLowerCase(),
                          name: person.name,
                        }),
                      )
                    }
                  >
                    {t('people.person.remove')}
                    <span className="govuk-visually-hidden">
                      {' '}
                      {t('people.person.removeWhat', { what })}
                    </span>
                  </Button>
                </div>
              );
            },
          },
        ]}
      />
      <h2 className="govuk-heading-m">{t('people.person.accountHeading')}</h2>
      {person.deactivatedAt ? (
        <>
          <p className="govuk-body">{t('people.person.isDeactivated', { name: person.name })}</p>
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
                t('people.person.reactivated', { name: person.name }),
              )
            }
          >
            {t('people.person.reactivate')}
          </Button>
        </>
      ) : canDeactivate ? (
        <>
          <p className="govuk-body">{t('people.person.deactivateIntro')}</p>
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
                t('people.person.deactivated', { name: person.name }),
              )
            }
          >
            {t('people.person.deactivate')}
          </Button>
        </>
      ) : (
        <p className="govuk-body">
          {person.id === me.id
            ? t('people.person.cannotDeactivateSelf')
            : t('people.person.cannotDeactivateHere', { name: person.name })}
        </p>
      )}
      {isPlatformAdmin(me) && person.id !== me.id && (
        <>
          <h2 className="govuk-heading-m">{t('mfa.reset.heading')}</h2>
          <p className="govuk-body">{t('mfa.reset.intro', { name: person.name })}</p>
          <Button
            type="button"
            variant="warning"
            disabled={busy}
            onClick={() =>
              void act(
                () =>
                  unwrap(
                    api.DELETE('/api/accounts/{accountId}/mfa', {
                      params: { path: { accountId: person.id } },
                    }),
                  ),
                t('mfa.reset.done', { name: person.name }),
              )
            }
          >
            {t('mfa.reset.button')}
          </Button>
        </>
      )}
    </PageLayout>
  );
}
