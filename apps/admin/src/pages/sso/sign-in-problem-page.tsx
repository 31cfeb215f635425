import { t } from '@pies/i18n';
import { Link, useSearchParams } from 'react-router';
import { PageLayout } from '../../components';

const REASONS = [
  'state',
  'nonce',
  'no-account',
  'disabled',
  'organisation',
  'not-configured',
  'provider',
] as const;
type Reason = (typeof REASONS)[number] | 'unknown';

/** Where a refused SSO sign-in lands: what went wrong, in words, and the way back. */
export function SignInProblemPage() {
  const [params] = useSearchParams();
  const given = params.get('reason') ?? '';
  const reason: Reason = (REASONS as readonly string[]).includes(given)
    ? (given as Reason)
    : 'unknown';
  return (
    <PageLayout title={t('sso.problem.title')}>
      <h1 className="govuk-heading-l">{t('sso.problem.title')}</h1>
      <p className="govuk-body" data-testid="sign-in-problem">
        {t(`sso.problem.reasons.${reason}`)}
      </p>
      <p className="govuk-body">{t('sso.problem.help')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          {t('sso.problem.tryAgain')}
        </Link>
      </p>
    </PageLayout>
  );
}
