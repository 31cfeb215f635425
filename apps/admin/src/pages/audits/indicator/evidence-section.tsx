import {
  ApiError,
  type SchemaEvidenceFileDto,
  type SchemaUploadEvidenceDto,
  unwrap,
} from '@pies/api-client';
import { useState } from 'react';
import { api } from '../../../api/client';
import { Button, ButtonGroup } from '../../../components/button';
import { problemText } from '../../../errors/error-text';
import { ErrorMessage } from '../../../components/field';
import { TextInput } from '../../../components/text-input';
import type { Answer } from './answer';

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Evidence for one indicator: links (part of the answer, so they autosave with it) and files
 * (uploaded and removed at once). Problems go to the page's error summary through `onErrors`.
 */
export function EvidenceSection({
  auditId,
  code,
  answer,
  onAnswer,
  files,
  onFilesChanged,
  editable,
  linkError,
}: {
  auditId: string;
  code: string;
  answer: Answer;
  onAnswer: (next: Answer) => void;
  files: SchemaEvidenceFileDto[];
  onFilesChanged: () => void;
  editable: boolean;
  linkError?: string;
}) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [urlError, setUrlError] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [fileInputKey, setFileInputKey] = useState(0);

  function addLink() {
    const trimmed = url.trim();
    if (!/^https?:\/\/\S+\.\S+/.test(trimmed)) {
      setUrlError(
        'Enter a web address in the correct format, like https://intranet.example/policy',
      );
      return;
    }
    setUrlError(undefined);
    onAnswer({
      ...answer,
      evidenceLinks: [
        ...answer.evidenceLinks,
        title.trim() ? { url: trimmed, title: title.trim() } : { url: trimmed },
      ],
    });
    setUrl('');
    setTitle('');
  }

  async function upload() {
    if (!file) return setFileError('Select a file to upload');
    setBusy(true);
    setFileError(undefined);
    const form = new FormData();
    form.append('indicatorCode', code);
    form.append('file', file);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/evidence', {
          params: { path: { auditId } },
          body: form as unknown as SchemaUploadEvidenceDto,
        }),
      );
      setFile(null);
      setFileInputKey((k) => k + 1);
      onFilesChanged();
    } catch (error) {
      setFileError(uploadErrorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    setBusy(true);
    try {
      await unwrap(
        api.DELETE('/api/evidence/{evidenceId}', { params: { path: { evidenceId: id } } }),
      );
      onFilesChanged();
    } catch {
      setFileError('The file could not be removed. Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">
        Evidence
      </h2>
      <h3 className="govuk-heading-s">Links</h3>
      {linkError && <ErrorMessage id="evidence-links-error">{linkError}</ErrorMessage>}
      {answer.evidenceLinks.length === 0 ? (
        <p className="govuk-body">No links yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet" id="evidence-links">
          {answer.evidenceLinks.map((l, i) => (
            <li key={`${l.url}-${i}`}>
              <a
                className="govuk-link app-break-words"
                href={l.url}
                rel="noreferrer noopener"
                target="_blank"
              >
                {l.title || l.url} (opens in new tab)
              </a>
              {editable && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2 app-small-button"
                    onClick={() =>
                      onAnswer({
                        ...answer,
                        evidenceLinks: answer.evidenceLinks.filter((_, j) => j !== i),
                      })
                    }
                  >
                    Remove<span className="govuk-visually-hidden"> link {l.title || l.url}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="govuk-inset-text">
          <TextInput
            id="evidence-url"
            label="Web address"
            hint="Where the document is kept, for example on your intranet"
            value={url}
            onChange={setUrl}
            error={urlError}
            type="url"
            spellCheck={false}
            autoComplete="off"
          />
          <TextInput
            id="evidence-title"
            label="What it is (optional)"
            value={title}
            onChange={setTitle}
            autoComplete="off"
          />
          <Button type="button" variant="secondary" onClick={addLink}>
            Add link
          </Button>
        </div>
      )}

      <h3 className="govuk-heading-s">Files</h3>
      {files.length === 0 ? (
        <p className="govuk-body">No files yet.</p>
      ) : (
        <ul className="govuk-list" id="evidence-files">
          {files.map((f) => (
            <li key={f.id}>
              <a
                className="govuk-link app-break-words"
                href={`/api/evidence/${f.id}`}
                download={f.fileName}
              >
                {f.fileName}
              </a>{' '}
              <span className="govuk-hint govuk-!-display-inline">({size(f.sizeBytes)})</span>
              {editable && (
                <button
                  type="button"
                  className="govuk-button govuk-button--warning govuk-!-margin-bottom-0 govuk-!-margin-left-2 app-small-button"
                  disabled={busy}
                  onClick={() => void remove(f.id)}
                >
                  Remove<span className="govuk-visually-hidden"> file {f.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div
          className={fileError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}
        >
          <label className="govuk-label" htmlFor="evidence-file">
            Upload a file
          </label>
          <div className="govuk-hint" id="evidence-file-hint">
            A PDF, Word, Excel or PowerPoint document, an image or a text file.
          </div>
          {fileError && <ErrorMessage id="evidence-file-error">{fileError}</ErrorMessage>}
          <input
            key={fileInputKey}
            className={
              fileError ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'
            }
            id="evidence-file"
            name="evidence-file"
            type="file"
            aria-describedby={
              fileError ? 'evidence-file-hint evidence-file-error' : 'evidence-file-hint'
            }
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <ButtonGroup>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => void upload()}>
              Upload file
            </Button>
          </ButtonGroup>
        </div>
      )}
    </section>
  );
}

/** Why an upload failed, in words, from the API's code and the file's problem. */
function uploadErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The file could not be uploaded. Try again.';
  if (error.code === 'PAYLOAD_TOO_LARGE')
    return 'The file is too large: upload a smaller one, or add a link to where it is kept';
  const problem = error.fieldProblems.find((p) => p.field === 'file')?.problems[0];
  if (problem) return problemText(problem, 'The file', 'file');
  if (error.code === 'UNSUPPORTED_MEDIA_TYPE' || error.code === 'VALIDATION_FAILED')
    return 'The file cannot be used: upload a PDF, Office document, image or text file';
  return 'The file could not be uploaded. Try again.';
}
