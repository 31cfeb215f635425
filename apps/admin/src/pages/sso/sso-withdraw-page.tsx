import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { isPlatformAdmin } from '../../auth/access';
import { useMe } from '../../auth/session';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  Loading,
  PageLayout,
  WarningText,
} from '../../components';
import { ApiErrorPage, ForbiddenPage, NotFoundPage } from '../error-pages';
import { withFlash } from '../flash';
import { useSsoConfiguration } from './use-sso-configuration';

/**
 * A platform admin withdraws an SSO configuration (/sso/:ssoConfigurationId/withdraw), after
 * reading what it does to its people: passwords again, sessions carry on.
 */
export function SsoWithdrawPage() {
  const { ssoConfigurationId = '' } = useParams();
  const me = useMe();
  const platform = isPlatformAdmin(me);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const found = useSsoConfiguration(ssoConfigurationId, platform);
  if (!platform) return <ForbiddenPage />;
  if (found.error) return <ApiErrorPage error={found.error} />;
  if (found.data === undefined) return <Loading title={t('sso.admin.withdrawHeading')} />;
  const c = found.data;
  if (!c) return <NotFoundPage />;

  async function withdraw() {
    setBusy(true);
    setFailed(false);
    try {
      await unwrap(
        api.DELETE('/api/sso-configurations/{ssoConfigurationId}', {
          params: { path: { ssoConfigurationId } },
        }),
      );
      navigate('/sso', withFlash({ heading: t('sso.admin.withdrawn', { name: c!.name }) }));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  const title = t('sso.admin.withdrawTitle', { name: c.name });
  return (
    <PageLayout
      title={title}
      hasError={failed}
      backLink={<BackLink to={`/sso/${ssoConfigurationId}/edit`} />}
    >
      <ErrorSummary errors={failed ? [{ text: t('sso.admin.withdrawFailed') }] : []} />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        {t('sso.admin.withdrawIntro', { domains: c.domains.join(', ') })}
      </p>
      <WarningText>{t('sso.admin.withdrawWarning')}</WarningText>
      <ButtonGroup>
        <Button variant="warning" disabled={busy} onClick={() => void withdraw()}>
          {t('sso.admin.withdrawButton')}
        </Button>
        <Link className="govuk-link" to="/sso">
          Cancel
        </Link>
      </ButtonGroup>
    </PageLayout>
  );
}
