import { ApiError, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useState } from 'react';
import { api } from '../../../api/client';
import { Button } from '../../../components/button';
import { TextInput } from '../../../components/text-input';
import { problemText } from '../../../errors/error-text';

/**
 * Adding a link on an indicator's page: its web address and what it is, added to the
 * organisation's library and attached to the indicator. `busy` is the evidence section's, shared
 * with its other buttons.
 */
export function AddLinkForm({
  auditId,
  code,
  busy,
  setBusy,
  onAdded,
}: {
  auditId: string;
  code: string;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onAdded: () => void;
}) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [urlError, setUrlError] = useState<string>();
  const [titleError, setTitleError] = useState<string>();
  const [linkStatus, setLinkStatus] = useState('');

  /** Adds the link to the library and attaches it here (checked here first, then by the API). */
  async function addLink() {
    const trimmed = url.trim();
    setTitleError(undefined);
    if (!/^https?:\/\/\S+\.\S+/.test(trimmed)) {
      setUrlError(t('evidenceLibrary.linkFormat'));
      return;
    }
    setUrlError(undefined);
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/evidence/links', {
          params: { path: { auditId } },
          body: {
            indicatorCode: code,
            url: trimmed,
            ...(title.trim() ? { title: title.trim() } : {}),
          },
        }),
      );
      setLinkStatus(t('evidenceLibrary.linkAdded', { title: title.trim() || trimmed }));
      setUrl('');
      setTitle('');
      onAdded();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EVIDENCE_ALREADY_ATTACHED')
        setUrlError(t('evidenceLibrary.linkAlreadyAttached'));
      else if (error instanceof ApiError && error.fieldProblems.length > 0) {
        for (const f of error.fieldProblems) {
          const problem = f.problems[0];
          if (!problem) continue;
          if (f.field === 'title') setTitleError(problemText(problem, 'What it is', 'title'));
          else setUrlError(problemText(problem, 'The web address', 'url'));
        }
      } else setUrlError(t('evidenceLibrary.linkFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-inset-text" id="add-link">
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
        error={titleError}
        autoComplete="off"
      />
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void addLink()}>
        Add link
      </Button>
      <p className="govuk-body-s govuk-!-margin-bottom-0" id="evidence-link-status" role="status">
        {linkStatus}
      </p>
    </div>
  );
}
