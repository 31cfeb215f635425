import { type Problem, unwrap } from '@pies/api-client';
import type { FrameworkDefinition } from '@pies/framework';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { Button, ErrorSummary, Select, Textarea } from '../../components';
import { useApiForm } from '../../forms/use-api-form';
import { useReportErrors } from './use-form-errors';

const FIELDS = {
  indicatorCode: { id: 'challenge-indicator', label: 'What you are challenging' },
  question: {
    id: 'question',
    label: 'Your question',
    message: (p: Problem) =>
      p.code === 'isNotEmpty' || p.code === 'isString'
        ? 'Enter your question for the agency'
        : undefined,
  },
};

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** The board asks the agency about one indicator or the whole audit. */
export function RaiseChallengeForm({
  auditId,
  definition,
  initialIndicator,
  onRaised,
  onErrors,
}: {
  auditId: string;
  definition: FrameworkDefinition;
  initialIndicator: string;
  onRaised: () => void;
  onErrors?: (key: string, has: boolean) => void;
}) {
  const form = useApiForm(FIELDS);
  useReportErrors('raise-challenge', form.hasErrors, onErrors);
  const [indicatorCode, setIndicatorCode] = useState(initialIndicator);
  const [question, setQuestion] = useState('');
  useEffect(() => {
    // Arrived from an indicator's "Challenge" link (or "Raise another challenge"): go
    // straight to the form.
    if (!initialIndicator && window.location.hash !== '#raise-challenge') return;
    const field = document.getElementById(initialIndicator ? 'question' : 'challenge-indicator');
    field?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
  }, [initialIndicator]);
  const options = [
    { value: '', label: 'The whole audit' },
    ...definition.areas.flatMap((a) =>
      a.standards.flatMap((s) =>
        s.indicators.map((i) => ({ value: i.code, label: `${i.code} ${short(i.statement)}` })),
      ),
    ),
  ];
  const raise = (event: FormEvent) =>
    form.submit(event, async () => {
      await unwrap(
        api.POST('/api/audits/{auditId}/challenges', {
          params: { path: { auditId } },
          body: { question, ...(indicatorCode ? { indicatorCode } : {}) },
        }),
      );
      onRaised();
    });
  return (
    <form noValidate onSubmit={(e) => void raise(e)}>
      <ErrorSummary errors={form.errors.summary} />
      <Select
        id="challenge-indicator"
        label="What are you challenging?"
        labelClassName="govuk-label--s"
        options={options}
        value={indicatorCode}
        onChange={setIndicatorCode}
        error={form.error('challenge-indicator')}
        className="govuk-!-width-full"
      />
      <Textarea
        id="question"
        label="Your question for the agency"
        labelClassName="govuk-label--s"
        hint="For example, what evidence shows that filtering was tested this year?"
        error={form.error('question')}
        value={question}
        onChange={setQuestion}
      />
      <Button variant="secondary" disabled={form.busy}>
        Raise the challenge
      </Button>
    </form>
  );
}
