import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { rolesInPartnership } from '../../auth/access';
import { useMe } from '../../auth/session';
import { Loading, PageLayout, SummaryList } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { FlashBanner } from '../flash';
import { formatCount, formatDate } from '../format';
import { BoardLanding } from './board-landing';

export function PartnershipPage() {
  const { partnershipId = '' } = useParams();
  const me = useMe();
  const { data, error } = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  // Mail kept in the app (no mail server, outside production) has its Sent mail page.
  const health = useApiData('health', () => unwrap(api.GET('/api/health')));
  if (error) return <ApiErrorPage error={error} />;
  if (!data) return <Loading title="Partnership" />;
  const roles = rolesInPartnership(me, partnershipId);
  const isAdmin = roles.has('partnership_admin');
  const isBoard = isAdmin || roles.has('board_member');
  const base = `/partnerships/${partnershipId}`;
  return (
    <PageLayout title={data.name}>
      <FlashBanner />
      <span className="govuk-caption-l">Partnership</span>
      <h1 className="govuk-heading-l">{data.name}</h1>
      {isBoard && <BoardLanding partnershipId={partnershipId} />}
      <h2 className="govuk-heading-m">About the partnership</h2>
      <SummaryList
        rows={[
          { key: 'Area', value: data.area || 'Not given' },
          { key: 'Organisations', value: formatCount(data.organisationCount, 'organisation') },
          { key: 'Set up on', value: formatDate(data.createdAt) },
        ]}
      />
      <h2 className="govuk-heading-m">Manage the partnership</h2>
      <ul className="govuk-list app-link-list">
        <li>
          <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/organisations`}>
            Organisations
          </Link>
          <p className="govuk-body-s app-secondary-text">
            {isAdmin
              ? 'Find, add and change the agencies that audit their online safeguarding.'
              : 'Find the agencies of the partnership.'}
          </p>
        </li>
        {isAdmin && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/people`}>
              People and roles
            </Link>
            <p className="govuk-body-s app-secondary-text">
              Add board members, administrators and agency leads, and see who holds which role.
            </p>
          </li>
        )}
        <li>
          <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/cycles`}>
            Audit cycles
          </Link>
          <p className="govuk-body-s app-secondary-text">
            {isAdmin
              ? 'Create, open and close rounds of audits, and follow every organisation’s audit.'
              : 'The rounds of audits and how far each organisation has got.'}
          </p>
        </li>
        {isBoard && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/dashboard`}>
              Dashboard
            </Link>
            <p className="govuk-body-s app-secondary-text">
              Completion, scores by PIES area against the benchmark, and agencies to follow up.
            </p>
          </li>
        )}
        <li>
          <Link className="govuk-link govuk-link--no-visited-state" to="/frameworks">
            Audit frameworks
          </Link>
          <p className="govuk-body-s app-secondary-text">
            {isAdmin
              ? 'The indicators audits answer: browse versions, compare them and import a new one.'
              : 'The indicators audits answer, version by version.'}
          </p>
        </li>
        {isAdmin && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/security`}>
              {t('mfa.policy.link')}
            </Link>
            <p className="govuk-body-s app-secondary-text">{t('mfa.policy.linkHelp')}</p>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/sso`}>
              {t('sso.admin.nav')}
            </Link>
            <p className="govuk-body-s app-secondary-text">{t('sso.admin.linkHelp')}</p>
          </li>
        )}
        {isAdmin && health.data?.mailKeptLocally && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/mail`}>
              {t('sentMail.nav')}
            </Link>
            <p className="govuk-body-s app-secondary-text">{t('sentMail.linkHelp')}</p>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link className="govuk-link govuk-link--no-visited-state" to={`${base}/export`}>
              Export the partnership’s data
            </Link>
            <p className="govuk-body-s app-secondary-text">
              Everything the partnership holds here, with its evidence files, in one documented ZIP
              file to take elsewhere.
            </p>
          </li>
        )}
      </ul>
    </PageLayout>
  );
}
