import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { isPlatformAdmin, rolesInPartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  Button,
  ButtonLink,
  ErrorSummary,
  type ErrorItem,
  Loading,
  NotificationBanner,
  PageLayout,
  Table,
  Tag,
} from '../../components';
import { errorText } from '../../errors/error-text';
import { ApiErrorPage, ForbiddenPage } from '../error-pages';
import { FlashBanner } from '../flash';
import type { components } from '@pies/api-client';

type Configuration = components['schemas']['SsoConfigurationDto'];

/**
 * SSO configurations: every one for a platform admin (/sso), a partnership's own for its admins
 * (/partnerships/:partnershipId/sso), where they propose one. Platform admins approve and edit.
 */
export function SsoConfigurationsPage() {
  const { partnershipId } = useParams();
  const me = useMe();
  const platform = isPlatformAdmin(me);
  const allowed = partnershipId
    ? rolesInPartnership(me, partnershipId).has('partnership_admin')
    : platform;
  const { data, error, reload } = useApiData(`sso:${partnershipId ?? 'all'}`, () =>
    partnershipId
      ? unwrap(
          api.GET('/api/partnerships/{partnershipId}/sso-configurations', {
            params: { path: { partnershipId } },
          }),
        )
      : unwrap(api.GET('/api/sso-configurations')),
  );
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [approved, setApproved] = useState('');
  if (!allowed) return <ForbiddenPage />;
  if (error) return <ApiErrorPage error={error} />;
  if (!data) return <Loading title={t('sso.admin.title')} />;

  async function approve(c: Configuration) {
    setErrors([]);
    setApproved('');
    try {
      await unwrap(
        api.POST('/api/sso-configurations/{ssoConfigurationId}/approve', {
          params: { path: { ssoConfigurationId: c.id } },
        }),
      );
      setApproved(t('sso.admin.approved', { name: c.name }));
      reload();
    } catch (e) {
      setErrors([{ text: errorText(e as never) }]);
    }
  }

  return (
    <PageLayout title={t('sso.admin.title')} hasError={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <FlashBanner />
      {approved && <NotificationBanner type="success" heading={approved} />}
      <h1 className="govuk-heading-l">{t('sso.admin.title')}</h1>
      <p className="govuk-body">
        {partnershipId && !platform ? t('sso.admin.partnershipIntro') : t('sso.admin.intro')}
      </p>
      {partnershipId && (
        <ButtonLink to={`/partnerships/${partnershipId}/sso/new`} variant="secondary">
          {t('sso.admin.newTitle')}
        </ButtonLink>
      )}
      {data.length === 0 ? (
        <p className="govuk-body">{t('sso.admin.empty')}</p>
      ) : (
        <Table<Configuration>
          caption={t('sso.admin.caption')}
          rows={data}
          rowKey={(c) => c.id}
          columns={[
            { key: 'name', header: t('sso.admin.name'), cell: (c) => c.name },
            ...(partnershipId
              ? []
              : [
                  {
                    key: 'partnership',
                    header: t('sso.admin.partnership'),
                    cell: (c: Configuration) => c.partnershipName,
                  },
                ]),
            {
              key: 'domains',
              header: t('sso.admin.domains'),
              cell: (c) => c.domains.join(', '),
            },
            { key: 'issuer', header: t('sso.admin.issuer'), cell: (c) => c.issuer },
            {
              key: 'ssoOnly',
              header: t('sso.admin.ssoOnly'),
              cell: (c) => (c.ssoOnly ? t('sso.admin.yes') : t('sso.admin.no')),
            },
            {
              key: 'status',
              header: t('sso.admin.status'),
              cell: (c) =>
                c.status === 'approved' ? (
                  <Tag colour="green">{t('sso.admin.statusApproved')}</Tag>
                ) : (
                  <Tag colour="yellow">{t('sso.admin.statusProposed')}</Tag>
                ),
            },
            ...(platform
              ? [
                  {
                    key: 'actions',
                    header: <span className="govuk-visually-hidden">Actions</span>,
                    cell: (c: Configuration) => (
                      <>
                        {c.status === 'proposed' && (
                          <Button
                            variant="secondary"
                            className="govuk-!-margin-bottom-1"
                            onClick={() => void approve(c)}
                            aria-label={`${t('sso.admin.approve')} ${c.name}`}
                          >
                            {t('sso.admin.approve')}
                          </Button>
                        )}{' '}
                        <Link className="govuk-link" to={`/sso/${c.id}/edit`}>
                          {t('sso.admin.edit')}
                          <span className="govuk-visually-hidden"> {c.name}</span>
                        </Link>
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </PageLayout>
  );
}
