import type { FrameworkDefinition } from '@pies/framework';
import { useEffect, useRef } from 'react';
import { Button, ButtonGroup } from '../../../components/button';
import { SummaryList } from '../../../components/summary-list';
import { type AuditResponse, levelLabel } from '../audit-data';
import { type Answer, answerOf } from './answer';

const time = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'long',
  });

/**
 * A save found the answer changed by someone else since it was loaded: both versions side by
 * side, and the user chooses which to keep. Takes focus so the choice is not missed.
 */
export function ConflictPanel({
  framework,
  theirs,
  yours,
  onKeep,
}: {
  framework: FrameworkDefinition;
  theirs: AuditResponse;
  yours: Answer;
  onKeep: (keep: 'mine' | 'theirs') => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className="govuk-error-summary app-conflict"
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-title"
    >
      <h2 className="govuk-error-summary__title" id="conflict-title">
        {theirs.updatedBy ?? 'Someone else'} changed this answer while you were editing it
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body">
          Your changes have not been saved. Choose which answer to keep. The other one will be
          replaced.
        </p>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half" id="conflict-theirs">
            <h3 className="govuk-heading-s">
              Their answer{' '}
              <span className="govuk-caption-m">
                saved {time(theirs.updatedAt)}
                {theirs.updatedBy ? ` by ${theirs.updatedBy}` : ''}
              </span>
            </h3>
            <AnswerSummary framework={framework} answer={answerOf(theirs)} stacked />
          </div>
          <div className="govuk-grid-column-one-half" id="conflict-yours">
            <h3 className="govuk-heading-s">
              Your answer <span className="govuk-caption-m">not saved</span>
            </h3>
            <AnswerSummary framework={framework} answer={yours} stacked />
          </div>
        </div>
        <ButtonGroup>
          <Button type="button" onClick={() => onKeep('mine')}>
            Keep your answer
          </Button>
          <Button type="button" variant="secondary" onClick={() => onKeep('theirs')}>
            Keep their answer
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}

export function AnswerSummary({
  framework,
  answer,
  stacked,
}: {
  framework: FrameworkDefinition;
  answer: Answer;
  /** Keys above values, for a narrow column. */
  stacked?: boolean;
}) {
  const rows = [
    {
      key: 'Level',
      value: answer.notApplicable
        ? 'Not applicable'
        : (levelLabel(framework, answer.level) ?? 'Not answered'),
    },
    ...(answer.notApplicable
      ? [{ key: 'Why not applicable', value: answer.notApplicableReason || 'Not given' }]
      : []),
    {
      key: 'Commentary',
      value: answer.commentary ? <span className="app-pre-line">{answer.commentary}</span> : 'None',
    },
  ];
  if (!stacked) return <SummaryList rows={rows} />;
  return (
    <dl className="app-stacked-list">
      {rows.map((r) => (
        <div key={r.key}>
          <dt className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{r.key}</dt>
          <dd className="govuk-body">{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
