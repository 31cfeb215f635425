import { unwrap } from '@pies/api-client';
import { Navigate } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { useMe } from '../../auth/session';
import { Loading } from '../../components/page-layout';
import { ApiErrorPage } from '../error-pages';

/**
 * Where a contributor lands after signing in: the audit with their assigned work still to do
 * (the API's attention list, earliest due first), on its task list showing only theirs. With
 * nothing left to answer, their organisation's page.
 */
export function MyWorkPage() {
  const me = useMe();
  const attention = useApiData('attention', () => unwrap(api.GET('/api/account/attention')));
  if (attention.error) return <ApiErrorPage error={attention.error} />;
  if (!attention.data) return <Loading title="Your work" />;
  const next = attention.data.contributor.flatMap((s) => s.assigned.items)[0];
  if (next) return <Navigate to={`/audits/${next.auditId}?assigned=me`} replace />;
  const organisationId = me.memberships.find((m) => m.organisationId)?.organisationId;
  return <Navigate to={organisationId ? `/organisations/${organisationId}` : '/'} replace />;
}
