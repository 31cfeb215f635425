import { ApiError, type SchemaJobDto, unwrap } from '@pies/api-client';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Button, ErrorSummary } from '../../components';
import { errorText, lowerFirst } from '../../errors/error-text';

const POLL_MS = 1000;

function statusText(job: SchemaJobDto | null): string {
  if (!job) return '';
  switch (job.status) {
    case 'queued':
      return 'Waiting to start building the pack.';
    case 'running':
      return `Building the pack: ${job.done} of ${job.total} reports done.`;
    case 'done':
      return `The pack is ready: ${job.total} reports.`;
    default:
      return `The pack could not be built${job.error ? `: ${job.error}` : ''}. Try again.`;
  }
}

/**
 * Starts the bulk report pack (a ZIP of every submitted agency's report) and follows its job:
 * a progress bar with its figures in words, announced politely, and the download when done.
 * The job's id is kept in the address, so reloading the page keeps following it.
 */
export function ReportPack({ cycleId }: { cycleId: string }) {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [job, setJob] = useState<SchemaJobDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const current = job && job.id === jobId ? job : null;

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      try {
        const next = await unwrap(api.GET('/api/jobs/{jobId}', { params: { path: { jobId } } }));
        if (stopped) return;
        setJob(next);
        if (next.status === 'queued' || next.status === 'running')
          timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (!stopped)
          setError(
            e instanceof ApiError && e.code === 'RESOURCE_NOT_FOUND'
              ? 'That pack is no longer available. Start a new one.'
              : 'The progress of the pack could not be read. Reload the page to try again.',
          );
      }
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId]);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const started = await unwrap(
        api.POST('/api/cycles/{cycleId}/report-pack', { params: { path: { cycleId } } }),
      );
      setJob(started);
      setParams({ job: started.id }, { replace: false });
    } catch (e) {
      setError(
        e instanceof ApiError
          ? `The pack could not be started: ${lowerFirst(errorText(e))}`
          : 'The pack could not be started. Try again later.',
      );
    } finally {
      setStarting(false);
    }
  }

  const busy = current?.status === 'queued' || current?.status === 'running';
  return (
    <>
      {error && <ErrorSummary errors={[{ text: error }]} />}
      {jobId && (
        <div className="govuk-!-margin-bottom-6">
          <label className="govuk-label govuk-label--s" htmlFor="pack-progress">
            Progress of the pack
          </label>
          <progress
            id="pack-progress"
            className="app-progress"
            max={Math.max(1, current?.total ?? 1)}
            value={
              current ? (current.status === 'done' ? Math.max(1, current.total) : current.done) : 0
            }
            aria-describedby="pack-status"
          />
          <p className="govuk-body" id="pack-status" role="status" aria-live="polite">
            {current ? statusText(current) : 'Checking the pack…'}
          </p>
          {current?.status === 'done' && current.downloadUrl && (
            <p className="govuk-body">
              <a
                className="govuk-link govuk-!-font-weight-bold"
                href={current.downloadUrl}
                download
                id="pack-download"
              >
                Download the report pack (ZIP, {current.total} reports)
              </a>
            </p>
          )}
        </div>
      )}
      <form noValidate onSubmit={(e) => void start(e)}>
        <Button variant={jobId ? 'secondary' : 'primary'} disabled={starting || busy}>
          {jobId ? 'Build a new pack' : 'Build the report pack'}
        </Button>
      </form>
    </>
  );
}
