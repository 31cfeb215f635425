import { type SchemaEvidenceItemDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Loading, PageLayout } from '../../components/page-layout';
import { Table } from '../../components/table';
import { Tag } from '../../components/tag';
import { ApiErrorPage } from '../error-pages';
import { evidenceSize } from './evidence-size';

/** The organisation's evidence library: every file, and the indicators it is attached to. */
export function EvidenceLibraryPage() {
  const { organisationId = '' } = useParams();
  const library = useApiData(`evidence-library:${organisationId}`, () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}/evidence', {
        params: { path: { organisationId } },
      }),
    ),
  );
  const title = t('evidenceLibrary.pageTitle');
  if (library.error) return <ApiErrorPage error={library.error} />;
  if (!library.data) return <Loading title={title} />;
  return (
    <PageLayout title={title} width="full">
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('evidenceLibrary.pageIntro')}</p>
      {library.data.length === 0 ? (
        <p className="govuk-body">{t('evidenceLibrary.empty')}</p>
      ) : (
        <Table<SchemaEvidenceItemDto>
          caption={title}
          captionHidden
          rows={library.data}
          rowKey={(item) => item.id}
          columns={[
            {
              key: 'file',
              header: t('evidenceLibrary.file'),
              width: 'one-third',
              cell: (item) => (
                <>
                  {item.kind === 'link' ? (
                    <>
                      <a
                        className="govuk-link app-break-words"
                        href={item.url ?? undefined}
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        {item.fileName} (opens in new tab)
                      </a>{' '}
                      <span className="govuk-hint govuk-!-display-inline">(link)</span>
                    </>
                  ) : (
                    <>
                      <a
                        className="govuk-link app-break-words"
                        href={`/api/evidence/${item.id}`}
                        download={item.fileName}
                      >
                        {item.fileName}
                      </a>{' '}
                      <span className="govuk-hint govuk-!-display-inline">
                        ({evidenceSize(item.sizeBytes)})
                      </span>
                    </>
                  )}
                  {item.inSubmission && (
                    <>
                      <br />
                      <Tag colour="blue">{t('evidenceLibrary.inSubmission')}</Tag>
                    </>
                  )}
                </>
              ),
            },
            {
              key: 'uses',
              header: t('evidenceLibrary.usedFor'),
              cell: (item) =>
                item.attachments.length === 0 ? (
                  t('evidenceLibrary.notAttached')
                ) : (
                  <ul className="govuk-list">
                    {item.attachments.map((a) => (
                      <li key={`${a.auditId}-${a.indicatorCode}`}>
                        <Link
                          className="govuk-link"
                          to={`/audits/${a.auditId}/indicators/${a.indicatorCode}`}
                        >
                          {t('evidenceLibrary.use', { cycle: a.cycle, code: a.indicatorCode })}
                        </Link>
                        {a.stillCurrentAsked && (
                          <>
                            {' '}
                            <Tag colour="yellow">{t('evidenceLibrary.stillCurrent')}</Tag>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      )}
    </PageLayout>
  );
}
