import { ApiError, type SchemaUnsubscribeDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Button, Loading, PageLayout } from '../../components';
import { ServiceErrorPage } from '../error-pages';
import { kindWhen } from './kinds';

/** The API's answer to a link that is not one it sent: a 400 naming `token`. */
const isBadLink = (error: unknown) => error instanceof ApiError && error.status === 400;

function KindList({ kinds }: { kinds: SchemaUnsubscribeDto['kinds'] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {kinds.map((kind) => (
        <li key={kind}>{kindWhen(kind)}</li>
      ))}
    </ul>
  );
}

function SettingsLine({ lead }: { lead: string }) {
  return (
    <p className="govuk-body">
      {lead}{' '}
      <Link className="govuk-link" to="/account/notifications">
        {t('unsubscribe.settingsLink')}
      </Link>
      .
    </p>
  );
}

function LinkNotWorking() {
  const title = t('unsubscribe.notWorkingTitle');
  return (
    <PageLayout title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('unsubscribe.notWorking')}</p>
      <SettingsLine lead={t('unsubscribe.notWorkingSettings')} />
    </PageLayout>
  );
}

/** What the unsubscribe has done (or had done before this click). */
function Done({ result }: { result: SchemaUnsubscribeDto }) {
  const title = result.alreadyUnsubscribed
    ? t('unsubscribe.alreadyTitle')
    : t('unsubscribe.doneTitle');
  return (
    <PageLayout title={title}>
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">{title}</h1>
      </div>
      <p className="govuk-body">
        {result.alreadyUnsubscribed ? t('unsubscribe.already') : t('unsubscribe.done')}
      </p>
      <KindList kinds={result.kinds} />
      <p className="govuk-body">{t('unsubscribe.doneInApp')}</p>
      <SettingsLine lead={t('unsubscribe.settings')} />
    </PageLayout>
  );
}

/**
 * The page a notification mail's unsubscribe link opens, signed in or not: what the link turns
 * off, and a button that does it (the same POST a mail client's one-click unsubscribe sends; the
 * link is the credential, so it needs no CSRF token).
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const link = useApiData(`unsubscribe:${token}`, () =>
    unwrap(api.GET('/api/unsubscribe/{token}', { params: { path: { token } } })),
  );
  const [result, setResult] = useState<SchemaUnsubscribeDto>();
  const [failed, setFailed] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const title = t('unsubscribe.title');

  const error = link.error ?? failed;
  if (error) return isBadLink(error) ? <LinkNotWorking /> : <ServiceErrorPage />;
  if (result) return <Done result={result} />;
  if (!link.data) return <Loading title={title} />;
  if (link.data.alreadyUnsubscribed) return <Done result={link.data} />;

  async function unsubscribe() {
    setBusy(true);
    try {
      setResult(
        await unwrap(api.POST('/api/unsubscribe/{token}', { params: { path: { token } } })),
      );
    } catch (e) {
      setFailed(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageLayout title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('unsubscribe.intro')}</p>
      <KindList kinds={link.data.kinds} />
      <p className="govuk-body">{t('unsubscribe.keepInApp')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void unsubscribe();
        }}
      >
        <Button disabled={busy}>{t('unsubscribe.submit')}</Button>
      </form>
    </PageLayout>
  );
}
