import {
  ApiError,
  type SchemaEvidenceFileDto,
  type SchemaUploadEvidenceDto,
  unwrap,
} from '@pies/api-client';
import { t } from '@pies/i18n';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../../api/client';
import { problemText } from '../../../errors/error-text';
import { ErrorMessage } from '../../../components/field';
import { AddLinkForm } from './add-link-form';
import { AttachFromLibrary } from './attach-from-library';
import { evidenceSize } from '../../evidence/evidence-size';

/**
 * Evidence for one indicator: items of the organisation's library, links and files, attached
 * here (added, attached from the library and detached at once). Each is the library's, so the
 * same link or file can serve several indicators and the next cycle.
 */
export function EvidenceSection({
  auditId,
  organisationId,
  code,
  items,
  onItemsChanged,
  editable,
}: {
  auditId: string;
  organisationId: string;
  code: string;
  items: SchemaEvidenceFileDto[];
  onItemsChanged: () => void;
  editable: boolean;
}) {
  const links = items.filter((i) => i.kind === 'link');
  const files = items.filter((i) => i.kind === 'file');
  const [fileError, setFileError] = useState<string>();
  /** What happened to the last file chosen, announced politely (uploading, uploaded, refused). */
  const [fileStatus, setFileStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [fileInputKey, setFileInputKey] = useState(0);
  // The input is replaced after each upload (to clear it); keyboard focus stays on it.
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fileInputKey > 0) fileInput.current?.focus();
  }, [fileInputKey]);

  /** Choosing a file uploads it: one step, its progress and outcome announced. */
  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setFileError(undefined);
    setFileStatus(t('indicatorPage.uploading', { name: file.name }));
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
      setFileStatus(t('indicatorPage.uploaded', { name: file.name }));
      onItemsChanged();
    } catch (error) {
      const reason = uploadErrorText(error);
      setFileError(reason);
      setFileStatus(t('indicatorPage.uploadFailed', { name: file.name, reason }));
    } finally {
      setFileInputKey((k) => k + 1);
      setBusy(false);
    }
  }

  /** Confirms that a file or link carried from the last audit is still current here. */
  async function confirm(id: string) {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/evidence/confirm', {
          params: { path: { auditId } },
          body: { evidenceId: id, indicatorCode: code },
        }),
      );
      onItemsChanged();
    } catch {
      setFileError(t('evidenceLibrary.confirmFailed'));
    } finally {
      setBusy(false);
    }
  }

  /** Takes the file or link off this indicator; it stays in the organisation's library. */
  async function remove(id: string) {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/evidence/detach', {
          params: { path: { auditId } },
          body: { evidenceId: id, indicatorCode: code },
        }),
      );
      onItemsChanged();
    } catch {
      setFileError(t('evidenceLibrary.removeFailed'));
    } finally {
      setBusy(false);
    }
  }

  /** An item's "still current?" tag and its buttons: confirm it (when asked) and remove it here. */
  function itemButtons(item: SchemaEvidenceFileDto) {
    return (
      <>
        {item.stillCurrentAsked && (
          <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-2">
            {t('evidenceLibrary.stillCurrent')}
          </strong>
        )}
        {editable && item.stillCurrentAsked && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2 app-small-button"
            disabled={busy}
            onClick={() => void confirm(item.id)}
          >
            {t('evidenceLibrary.confirm')}
            <span className="govuk-visually-hidden"> ({item.fileName})</span>
          </button>
        )}
        {editable && (
          <button
            type="button"
            className="govuk-button govuk-button--warning govuk-!-margin-bottom-0 govuk-!-margin-left-2 app-small-button"
            disabled={busy}
            onClick={() => void remove(item.id)}
          >
            {t('evidenceLibrary.remove')}
            <span className="govuk-visually-hidden"> ({item.fileName})</span>
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="evidence-heading">
      <h2 className="govuk-heading-m" id="evidence-heading">
        Evidence
      </h2>
      <h3 className="govuk-heading-s">Links</h3>
      {links.length === 0 ? (
        <p className="govuk-body">No links yet.</p>
      ) : (
        <ul className="govuk-list" id="evidence-links">
          {links.map((l) => (
            <li key={l.id}>
              <a
                className="govuk-link app-break-words"
                href={l.url ?? undefined}
                rel="noreferrer noopener"
                target="_blank"
              >
                {l.fileName} (opens in new tab)
              </a>
              {itemButtons(l)}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <AddLinkForm
          auditId={auditId}
          code={code}
          busy={busy}
          setBusy={setBusy}
          onAdded={onItemsChanged}
        />
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
              <span className="govuk-hint govuk-!-display-inline">
                ({evidenceSize(f.sizeBytes)})
              </span>
              {itemButtons(f)}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div
          className={fileError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}
        >
          <label className="govuk-label" htmlFor="evidence-file">
            {t('indicatorPage.uploadLabel')}
          </label>
          <div className="govuk-hint" id="evidence-file-hint">
            {t('indicatorPage.uploadHint')}
          </div>
          {fileError && <ErrorMessage id="evidence-file-error">{fileError}</ErrorMessage>}
          <input
            key={fileInputKey}
            ref={fileInput}
            className={
              fileError ? 'govuk-file-upload govuk-file-upload--error' : 'govuk-file-upload'
            }
            id="evidence-file"
            name="evidence-file"
            type="file"
            disabled={busy}
            aria-describedby={
              fileError ? 'evidence-file-hint evidence-file-error' : 'evidence-file-hint'
            }
            onChange={(e) => void upload(e.target.files?.[0])}
          />
          <p
            className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0"
            id="evidence-file-status"
            role="status"
          >
            {fileStatus}
          </p>
        </div>
      )}
      {editable && (
        <AttachFromLibrary
          auditId={auditId}
          organisationId={organisationId}
          code={code}
          items={items}
          busy={busy}
          setBusy={setBusy}
          onAttached={onItemsChanged}
        />
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
