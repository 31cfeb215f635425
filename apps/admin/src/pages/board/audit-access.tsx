import { ApiError } from '@pies/api-client';
import { Link } from 'react-router';
import { PageLayout } from '../../components';
import { ApiErrorPage } from '../error-pages';

/**
 * The page for an audit the API would not show: a draft (403 for board roles: the board sees an
 * audit once it is submitted) gets its own explanation; anything else the general pages.
 */
export function AuditErrorPage({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.code === 'AUDIT_NOT_SUBMITTED_YET')
    return (
      <PageLayout title="This audit has not been submitted yet">
        <h1 className="govuk-heading-l">This audit has not been submitted yet</h1>
        <p className="govuk-body">
          The board sees an agency's audit once the agency submits it. Until then its answers are
          the agency's working draft.
        </p>
        <p className="govuk-body">
          The dashboard shows which agencies have not submitted and which are overdue.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to your home page
          </Link>
        </p>
      </PageLayout>
    );
  return <ApiErrorPage error={error} />;
}
