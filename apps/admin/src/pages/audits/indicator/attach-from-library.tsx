import {
  ApiError,
  type SchemaEvidenceFileDto,
  type SchemaEvidenceItemDto,
  unwrap,
} from '@pies/api-client';
import { t } from '@pies/i18n';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorMessage } from '../../../components/field';
import { evidenceSize } from '../../evidence/evidence-size';

/** How a library item is named in the choice of what to attach: a file with its size, a link. */
const itemLabel = (item: SchemaEvidenceItemDto) =>
  item.kind === 'link'
    ? t('evidenceLibrary.linkOption', { title: item.fileName })
    : `${item.fileName} (${evidenceSize(item.sizeBytes)})`;

/**
 * Attaching a file or link the organisation already has to an indicator: the library's items
 * not attached here yet (nothing is shown when there are none). `busy` is the evidence
 * section's, shared with its other buttons.
 */
export function AttachFromLibrary({
  auditId,
  organisationId,
  code,
  items,
  busy,
  setBusy,
  onAttached,
}: {
  auditId: string;
  organisationId: string;
  code: string;
  items: SchemaEvidenceFileDto[];
  busy: boolean;
  setBusy: (busy: boolean) => void;
  onAttached: () => void;
}) {
  const [library, setLibrary] = useState<SchemaEvidenceItemDto[]>([]);
  const [chosen, setChosen] = useState('');
  const [attachError, setAttachError] = useState<string>();
  const attachedIds = items.map((f) => f.id).join(',');
  useEffect(() => {
    let live = true;
    unwrap(
      api.GET('/api/organisations/{organisationId}/evidence', {
        params: { path: { organisationId } },
      }),
    )
      .then((items) => live && setLibrary(items))
      .catch(() => live && setLibrary([]));
    return () => {
      live = false;
    };
  }, [organisationId, attachedIds]);
  const attachable = library.filter((item) => !items.some((f) => f.id === item.id));

  async function attach() {
    if (!chosen) return setAttachError(t('evidenceLibrary.attachNothing'));
    setBusy(true);
    setAttachError(undefined);
    try {
      await unwrap(
        api.POST('/api/audits/{auditId}/evidence/attachments', {
          params: { path: { auditId } },
          body: { evidenceId: chosen, indicatorCode: code },
        }),
      );
      setChosen('');
      onAttached();
    } catch (error) {
      setAttachError(
        error instanceof ApiError && error.code === 'EVIDENCE_ALREADY_ATTACHED'
          ? t('evidenceLibrary.alreadyAttached')
          : t('evidenceLibrary.attachFailed'),
      );
    } finally {
      setBusy(false);
    }
  }

  if (attachable.length === 0) return null;
  return (
    <div
      className={attachError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}
      id="attach-from-library"
    >
      <h3 className="govuk-heading-s">{t('evidenceLibrary.attachHeading')}</h3>
      <label className="govuk-label" htmlFor="library-file">
        {t('evidenceLibrary.attachLabel')}
      </label>
      <div className="govuk-hint" id="library-file-hint">
        {t('evidenceLibrary.attachHint')}
      </div>
      {attachError && <ErrorMessage id="library-file-error">{attachError}</ErrorMessage>}
      <select
        className={attachError ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id="library-file"
        name="library-file"
        aria-describedby={
          attachError ? 'library-file-hint library-file-error' : 'library-file-hint'
        }
        value={chosen}
        onChange={(e) => {
          setChosen(e.target.value);
          setAttachError(undefined);
        }}
      >
        <option value="">{t('evidenceLibrary.choose')}</option>
        {attachable.map((item) => (
          <option key={item.id} value={item.id}>
            {itemLabel(item)}
          </option>
        ))}
      </select>
      <ButtonGroup>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void attach()}>
          {t('evidenceLibrary.attach')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
