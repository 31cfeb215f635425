import { ApiError, type SchemaJobDto } from '@pies/api-client';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary } from '../../components';
import { errorText, lowerFirst } from '../../errors/error-text';

const POLL_MS = 1000;

/** What a job's page says: its thing's name and how its progress reads. */
export interface JobWords {
  /** "pack", "export": the thing built. */
  thing: string;
  /** Progress while running, e.g. "3 of 10 reports done". */
  progress: (job: SchemaJobDto) => string;
  /** What is ready, e.g. "10 reports". */
  ready: (job: SchemaJobDto) => string;
  startLabel: string;
  downloadLabel: (job: SchemaJobDto) => string;
}

function statusText(job: SchemaJobDto, w: JobWords): string {
  switch (job.status) {
    case 'queued':
      return `Waiting to start building the ${w.thing}.`;
    case 'running':
      return `Building the ${w.thing}: ${w.progress(job)}.`;
    case 'done':
      return `The ${w.thing} is ready: ${w.ready(job)}.`;
    default:
      return `The ${w.thing} could not be built${job.error ? `: ${job.error}` : ''}. Try again.`;
  }
}

/**
 * Starts a job that builds a download (a report pack, a partnership's export) and follows it:
 * a progress bar with its figures in words, announced politely, and the download when done.
 * The job's id is kept in the address, so reloading the page keeps following it.
 */
export function JobFollower({
  start,
  read,
  words,
  id,
}: {
  start: () => Promise<SchemaJobDto>;
  read: (jobId: string) => Promise<SchemaJobDto>;
  words: JobWords;
  /** Prefix of the elements' ids. */
  id: string;
}) {
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
        const next = await read(jobId);
        if (stopped) return;
        setJob(next);
        if (next.status === 'queued' || next.status === 'running')
          timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (!stopped)
          setError(
            e instanceof ApiError && e.code === 'RESOURCE_NOT_FOUND'
              ? `That ${words.thing} is no longer available. Start a new one.`
              : `The progress of the ${words.thing} could not be read. Reload the page to try again.`,
          );
      }
    };
    void poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [jobId, read, words.thing]);

  async function onStart(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    setStarting(true);
    setError(null);
    try {
      const started = await start();
      setJob(started);
      setParams({ job: started.id }, { replace: false });
    } catch (e) {
      setError(
        e instanceof ApiError
          ? `The ${words.thing} could not be started: ${lowerFirst(errorText(e))}`
          : `The ${words.thing} could not be started. Try again later.`,
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
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-progress`}>
            Progress of the {words.thing}
          </label>
          <progress
            id={`${id}-progress`}
            className="app-progress"
            max={Math.max(1, current?.total ?? 1)}
            value={
              current ? (current.status === 'done' ? Math.max(1, current.total) : current.done) : 0
            }
            aria-describedby={`${id}-status`}
          />
          <p className="govuk-body" id={`${id}-status`} role="status" aria-live="polite">
            {current ? statusText(current, words) : `Checking the ${words.thing}…`}
          </p>
          {current?.status === 'done' && current.downloadUrl && (
            <p className="govuk-body">
              <a
                className="govuk-link govuk-!-font-weight-bold"
                href={current.downloadUrl}
                download
                id={`${id}-download`}
              >
                {words.downloadLabel(current)}
              </a>
            </p>
          )}
        </div>
      )}
      <form noValidate onSubmit={(e) => void onStart(e)}>
        <Button variant={jobId ? 'secondary' : 'primary'} disabled={starting || busy}>
          {jobId ? `Build a new ${words.thing}` : words.startLabel}
        </Button>
      </form>
    </>
  );
}
