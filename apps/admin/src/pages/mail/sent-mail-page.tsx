import { type SchemaSentMailDto, unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Details, Loading, PageLayout, SummaryCard, SummaryList, Tag } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { formatDateTime } from '../format';

const STATUS: Record<
  SchemaSentMailDto['status'],
  { text: string; colour: 'grey' | 'green' | 'red' }
> = {
  queued: { text: t('sentMail.statusQueued'), colour: 'grey' },
  sent: { text: t('sentMail.statusSent'), colour: 'green' },
  failed: { text: t('sentMail.statusFailed'), colour: 'red' },
};

/** The text of a mail with each web address made a link (the mail's one link back to the app). */
function Linked({ text }: { text: string }): ReactNode {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} className="govuk-link" href={part}>
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/**
 * "Sent mail": what the app would have sent, where no mail server is configured (outside
 * production only: elsewhere the API has no such route). A platform admin sees all mail, a
 * partnership admin their partnership's.
 */
export function SentMailPage() {
  const { partnershipId } = useParams();
  const mail = useApiData(`mail:${partnershipId ?? 'all'}`, () =>
    unwrap(
      partnershipId
        ? api.GET('/api/partnerships/{partnershipId}/mail', {
            params: { path: { partnershipId } },
          })
        : api.GET('/api/mail'),
    ),
  );
  const title = t('sentMail.title');
  if (mail.error) return <ApiErrorPage error={mail.error} />;
  if (!mail.data) return <Loading title={title} />;
  return (
    <PageLayout title={title}>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('sentMail.intro')}</p>
      {mail.data.length === 0 ? (
        <p className="govuk-body">{t('sentMail.empty')}</p>
      ) : (
        <p className="govuk-body">{t('sentMail.showing', { count: mail.data.length })}</p>
      )}
      {mail.data.map((m) => (
        <SummaryCard key={m.id} title={m.subject}>
          <SummaryList
            rows={[
              { key: t('sentMail.to'), value: m.to },
              {
                key: t('sentMail.status'),
                value: <Tag colour={STATUS[m.status].colour}>{STATUS[m.status].text}</Tag>,
              },
              { key: t('sentMail.createdAt'), value: formatDateTime(m.createdAt) },
              ...(m.sentAt ? [{ key: t('sentMail.sentAt'), value: formatDateTime(m.sentAt) }] : []),
              ...(m.lastError ? [{ key: t('sentMail.lastError'), value: m.lastError }] : []),
            ]}
          />
          <h2 className="govuk-heading-s">{t('sentMail.textBody')}</h2>
          <pre className="app-sent-mail__body">
            <Linked text={m.textBody} />
          </pre>
          <Details summary={t('sentMail.htmlBody')}>
            <pre className="app-sent-mail__body">{m.htmlBody}</pre>
          </Details>
        </SummaryCard>
      ))}
    </PageLayout>
  );
}
