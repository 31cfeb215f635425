import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { PageLayout } from '../../components';

/** A link from a mail that does not work: one page whatever the reason (the API gives one). */
export function LinkNotWorkingPage({ kind }: { kind: 'invitation' | 'reset' }) {
  const title = t('accountLinks.notWorking.title');
  return (
    <PageLayout title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('accountLinks.notWorking.why')}</p>
      {kind === 'invitation' ? (
        <p className="govuk-body">{t('accountLinks.notWorking.invitation')}</p>
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to="/forgot-password">
            {t('accountLinks.notWorking.resetAgain')}
          </Link>
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          {t('accountLinks.notWorking.signIn')}
        </Link>
      </p>
    </PageLayout>
  );
}
