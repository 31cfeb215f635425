import { type SchemaChallengeDto, unwrap } from '@pies/api-client';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { Button, ButtonGroup, ErrorSummary, Tag, Textarea } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { formatDateTime } from '../format';
import { useReportErrors } from './use-form-errors';

/** One challenge: the question and replies in order, a reply form while open, and resolve for the board. */
export function ChallengeThread({
  challenge,
  title,
  statement,
  canReply,
  canResolve,
  onChanged,
  onErrors,
}: {
  challenge: SchemaChallengeDto;
  title: string;
  /** The indicator's statement, under the heading. */
  statement?: string;
  canReply: boolean;
  canResolve: boolean;
  onChanged: (heading: string) => void;
  onErrors?: (key: string, has: boolean) => void;
}) {
  const replyId = `reply-${challenge.id}`;
  const form = useApiForm({
    body: {
      id: replyId,
      label: 'Your reply',
      message: (p) =>
        p.code === 'isNotEmpty' || p.code === 'isString' ? 'Enter your reply' : undefined,
    },
  });
  useReportErrors(challenge.id, form.hasErrors, onErrors);
  const [body, setBody] = useState('');
  const [resolving, setResolving] = useState(false);
  const isOpen = challenge.status === 'open';

  const reply = (event: FormEvent) =>
    form.submit(event, async () => {
      await unwrap(
        api.POST('/api/challenges/{challengeId}/replies', {
          params: { path: { challengeId: challenge.id } },
          body: { body },
        }),
      );
      setBody('');
      onChanged('Your reply has been added');
    });
  const resolve = (event: FormEvent) =>
    form.submit(event, async () => {
      setResolving(true);
      try {
        await unwrap(
          api.POST('/api/challenges/{challengeId}/resolve', {
            params: { path: { challengeId: challenge.id } },
          }),
        );
        onChanged('The challenge is resolved');
      } finally {
        setResolving(false);
      }
    });

  return (
    <section
      className="app-section"
      id={`challenge-${challenge.id}`}
      aria-labelledby={`challenge-${challenge.id}-title`}
    >
      <h2 className="govuk-heading-m" id={`challenge-${challenge.id}-title`} tabIndex={-1}>
        {title} <Tag colour={isOpen ? 'orange' : 'green'}>{isOpen ? 'Open' : 'Resolved'}</Tag>
      </h2>
      {statement && <p className="govuk-body">{statement}</p>}
      <p className="govuk-body-s app-secondary-text">
        Raised {formatDateTime(challenge.raisedAt)}
        {challenge.raisedBy ? ` by ${challenge.raisedBy}` : ''}
        {challenge.resolvedAt ? `. Resolved ${formatDateTime(challenge.resolvedAt)}.` : ''}
      </p>
      <ol className="app-thread" aria-label={`Messages about ${title}`}>
        {challenge.messages.map((m, i) => (
          <li
            key={m.id}
            className={`app-thread__message${m.authorSide === 'agency' ? ' app-thread__message--agency' : ''}`}
          >
            <p className="govuk-body-s app-thread__meta">
              <strong>
                {i === 0 ? 'Question' : 'Reply'} from{' '}
                {m.authorSide === 'agency' ? 'the agency' : 'the board'}
              </strong>
              {m.authorName ? `, ${m.authorName}` : ''}, {formatDateTime(m.createdAt)}
            </p>
            <p className="govuk-body app-thread__body">{m.body}</p>
          </li>
        ))}
      </ol>
      {isOpen && (canReply || canResolve) && (
        <>
          <ErrorSummary errors={form.errors.summary} />
          {canReply && (
            <form noValidate onSubmit={(e) => void reply(e)}>
              <Textarea
                id={replyId}
                label="Your reply"
                labelClassName="govuk-label--s"
                error={form.error(replyId)}
                value={body}
                onChange={setBody}
                rows={4}
              />
              <ButtonGroup>
                <Button variant="secondary" disabled={form.busy}>
                  Send reply
                </Button>
              </ButtonGroup>
            </form>
          )}
          {canResolve && (
            <form noValidate onSubmit={(e) => void resolve(e)}>
              <Button variant="secondary" disabled={form.busy || resolving}>
                Mark as resolved<span className="govuk-visually-hidden">: {title}</span>
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
