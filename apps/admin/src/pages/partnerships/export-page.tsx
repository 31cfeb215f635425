import { unwrap } from '@pies/api-client';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BackLink, Loading, PageLayout } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { formatCount } from '../format';
import { JobFollower, type JobWords } from '../jobs/job-follower';

const WORDS: JobWords = {
  thing: 'export',
  progress: (job) =>
    `${job.done.toLocaleString('en-GB')} of about ${job.total.toLocaleString('en-GB')} rows and files done`,
  ready: (job) => formatCount(job.total, 'row and file', 'rows and files'),
  startLabel: 'Export the partnership’s data',
  downloadLabel: () => 'Download the export (ZIP)',
};

const read = (exportId: string) =>
  unwrap(api.GET('/api/partnership-exports/{exportId}', { params: { path: { exportId } } }));

/** A partnership admin exports the partnership's data: one ZIP to take elsewhere. */
export function ExportPage() {
  const { partnershipId = '' } = useParams();
  const { data, error } = useApiData(`partnership:${partnershipId}`, () =>
    unwrap(api.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } } })),
  );
  const start = useCallback(
    () =>
      unwrap(
        api.POST('/api/partnerships/{partnershipId}/export', {
          params: { path: { partnershipId } },
        }),
      ),
    [partnershipId],
  );
  if (error) return <ApiErrorPage error={error} />;
  if (!data) return <Loading title="Export the partnership’s data" />;
  return (
    <PageLayout title={`Export the partnership’s data – ${data.name}`}>
      <BackLink to={`/partnerships/${partnershipId}`}>{data.name}</BackLink>
      <span className="govuk-caption-l">{data.name}</span>
      <h1 className="govuk-heading-l">Export the partnership’s data</h1>
      <p className="govuk-body">
        One ZIP file with everything the partnership holds here: its organisations, people and
        roles, cycles, audits and answers, scores, actions, challenges, the audit trail, its
        frameworks, and every evidence file. The tables are JSON lines, described in the file’s
        manifest and in the documented export format, so the data can be taken to another system.
      </p>
      <p className="govuk-body">
        Passwords, sign-in sessions and other secrets are never included. Keep the file as safely as
        the data in it: it names people and holds agencies’ evidence.
      </p>
      <JobFollower start={start} read={read} words={WORDS} id="export" />
    </PageLayout>
  );
}
