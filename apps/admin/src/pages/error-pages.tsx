import { ApiError } from '@pies/api-client';
import { Link } from 'react-router';
import { PageLayout } from '../components';
import { useSession } from '../auth/session';

export function NotFoundPage() {
  return (
    <PageLayout title="Page not found">
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        If you pasted the web address, check you copied the entire address.
      </p>
      <p className="govuk-body">
        The page may also belong to a partnership or organisation you do not work with.{' '}
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
        .
      </p>
    </PageLayout>
  );
}

export function ForbiddenPage() {
  const { state } = useSession();
  return (
    <PageLayout title="You do not have access to this page">
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      {state.status === 'signed-in' && (
        <p className="govuk-body">
          You are signed in as {state.me.name} ({state.me.email}). Your roles do not include this
          page.
        </p>
      )}
      <p className="govuk-body">
        If you think you should have access, contact your partnership's business unit and ask them
        to add the role you need.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to your home page
        </Link>
      </p>
    </PageLayout>
  );
}

export function ServiceErrorPage() {
  return (
    <PageLayout title="Sorry, there is a problem with the service">
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
      <p className="govuk-body">
        Anything you saved before this happened has been kept. Anything you had not saved has not.
      </p>
    </PageLayout>
  );
}

/** The page for an error that stopped a page loading its data. */
export function ApiErrorPage({ error }: { error: unknown }) {
  if (error instanceof ApiError) {
    if (error.status === 404) return <NotFoundPage />;
    if (error.status === 403) return <ForbiddenPage />;
    // 401: the session has ended; RequireSignIn is already sending the user to sign in.
    if (error.status === 401) return null;
  }
  return <ServiceErrorPage />;
}
