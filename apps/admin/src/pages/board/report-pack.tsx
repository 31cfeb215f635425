import { unwrap } from '@pies/api-client';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { JobFollower, type JobWords } from '../jobs/job-follower';

const WORDS: JobWords = {
  thing: 'pack',
  progress: (job) => `${job.done} of ${job.total} reports done`,
  ready: (job) => `${job.total} reports`,
  startLabel: 'Build the report pack',
  downloadLabel: (job) => `Download the report pack (ZIP, ${job.total} reports)`,
};

const read = (jobId: string) =>
  unwrap(api.GET('/api/jobs/{jobId}', { params: { path: { jobId } } }));

/** Starts the bulk report pack (a ZIP of every submitted agency's report) and follows it. */
export function ReportPack({ cycleId }: { cycleId: string }) {
  const start = useCallback(
    () => unwrap(api.POST('/api/cycles/{cycleId}/report-pack', { params: { path: { cycleId } } })),
    [cycleId],
  );
  return <JobFollower start={start} read={read} words={WORDS} id="pack" />;
}
