import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/button';
import { Radios } from '../../../components/choices';
import { ErrorSummary } from '../../../components/error-summary';
import { usePageTitle } from '../../../components/page-layout';
import { Tag } from '../../../components/tag';
import { formErrorsFrom, NO_ERRORS } from '../../../forms/form-errors';
import { Textarea } from '../../../components/textarea';
import { WarningText } from '../../../components/warning-text';
import { type AuditWithFramework, carryOf, type IndicatorEntry } from '../audit-data';
import { CarryTag } from '../audit-status-tag';
import { CarryForwardPanel } from './carry-forward-panel';
import { ActionsSection } from './actions-section';
import { ConflictPanel, AnswerSummary } from './conflict-panel';
import { EvidenceSection } from './evidence-section';
import { IndicatorGuidance } from './indicator-guidance';
import { IndicatorNav } from './indicator-nav';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';

/** An event whose default (following a link, submitting a form) the page takes over. */
export interface Cancelable {
  preventDefault(): void;
}

const FIELDS = {
  level: { id: 'level', label: 'Level' },
  notApplicable: { id: 'level', label: 'Level' },
  notApplicableReason: { id: 'na-reason', label: 'Why this does not apply' },
  commentary: { id: 'commentary', label: 'Commentary' },
};

export function IndicatorEditor({
  data: { audit, framework },
  entry,
  previous,
  next,
  editable,
  readOnlyReason,
  assigned,
  leaving,
  onFilesChanged,
  onLeave,
}: {
  data: AuditWithFramework;
  entry: IndicatorEntry;
  previous?: IndicatorEntry;
  next?: IndicatorEntry;
  editable: boolean;
  readOnlyReason?: string;
  assigned: boolean;
  leaving: boolean;
  onFilesChanged: () => void;
  onLeave: (flush: () => Promise<boolean>, to: string, event?: Cancelable) => Promise<boolean>;
}) {
  const { indicator } = entry;
  const code = indicator.code;
  const server = audit.responses.find((r) => r.indicatorCode === code);
  const [changedSinceLast, setChanged] = useState(server?.changedSinceLast ?? false);
  // Carried forward from the last audit and not yet confirmed; a save confirms it.
  const [carry, setCarry] = useState(carryOf(server));
  const saver = useAutosave(audit.id, code, server, editable, (saved) => {
    setChanged(saved.changedSinceLast);
    setCarry(carryOf(saved));
  });
  const [notSent, setNotSent] = useState(false);
  const { answer, state } = saver;
  const errors = useMemo(
    () => (state.kind === 'invalid' ? formErrorsFrom(state.error, FIELDS) : NO_ERRORS),
    [state],
  );
  const update = saver.update.bind(saver);
  // PageLayout sets the title once; this adds "Error: " while the API refuses the answer.
  usePageTitle(`${code}: ${entry.standardTitle}`, errors.summary.length > 0);
  // From check answers' "Change" links, the way back is to check answers.
  const [params] = useSearchParams();
  const fromCheck = params.get('from') === 'check-answers';
  const returnTo = `/audits/${audit.id}${fromCheck ? '/check-answers' : ''}`;
  const backTo = fromCheck ? 'check your answers' : 'task list';
  const leave = async (to: string, event?: Cancelable) => {
    const ok = await onLeave(() => saver.flush(), to, event);
    setNotSent(!ok);
  };

  return (
    <>
      <div className="app-indicator-head">
        <ErrorSummary
          takeFocus={false}
          errors={
            notSent && state.kind === 'retrying'
              ? [
                  {
                    text: 'Your answer has not been saved yet: the connection to PIES Audit failed. It is kept in this browser and will be sent when the connection is back.',
                  },
                ]
              : errors.summary
          }
        />
        {state.kind === 'conflict' && (
          <ConflictPanel
            framework={framework}
            theirs={state.theirs}
            yours={answer}
            onKeep={(keep) => saver.resolve(keep)}
          />
        )}
        <h1 className="govuk-heading-m">
          <span className="govuk-caption-m">
            {code} · {entry.areaTitle} · {entry.standardTitle}
          </span>
          {indicator.statement}
        </h1>
        {(assigned || carry) && (
          <p className="govuk-body app-tags">
            {assigned && <Tag colour="purple">Assigned to you</Tag>} <CarryTag state={carry} />
          </p>
        )}
        <CarryForwardPanel
          auditId={audit.id}
          code={code}
          state={carry}
          editable={editable}
          flush={() => saver.flush()}
          onConfirmed={(r) => setCarry(carryOf(r))}
        />
        {changedSinceLast && carry !== 'freshAnswer' && (
          <WarningText>
            Changed since your last audit: this indicator's wording has changed. Your last answer
            was copied here; check it still holds.
          </WarningText>
        )}
      </div>
      <div className="app-indicator-layout">
        <IndicatorGuidance indicator={indicator} />
        <div className="app-indicator-main" id="indicator-answer">
          {!readOnlyReason && <SaveStatus state={state} dirty={saver.dirty} />}
          {readOnlyReason ? (
            <>
              <div className="govuk-inset-text">{readOnlyReason}</div>
              <h2 className="govuk-heading-m">Answer</h2>
              <AnswerSummary framework={framework} answer={answer} />
            </>
          ) : (
            <form noValidate onSubmit={(e) => void leave(returnTo, e)}>
              <Radios
                name="level"
                legend="How well is this in place in your agency?"
                legendSize="m"
                hint="Choose the level your evidence shows."
                value={
                  answer.notApplicable ? 'na' : answer.level == null ? '' : String(answer.level)
                }
                onChange={(v) =>
                  update(
                    v === 'na'
                      ? { ...answer, notApplicable: true, level: null }
                      : { ...answer, notApplicable: false, level: Number(v) },
                  )
                }
                error={errors.byId.level}
                items={[
                  ...framework.scale.levels.map((l) => ({
                    value: String(l.value),
                    label: `${l.value}: ${l.label}`,
                    hint: indicator.descriptors[l.value],
                  })),
                  ...(indicator.allowNotApplicable
                    ? [
                        {
                          value: 'na',
                          label: 'Not applicable to our agency',
                          dividerBefore: 'or',
                          conditional: (
                            <Textarea
                              id="na-reason"
                              label="Why this does not apply to your agency"
                              value={answer.notApplicableReason}
                              onChange={(v) => update({ ...answer, notApplicableReason: v })}
                              error={errors.byId['na-reason']}
                              maxLength={5000}
                              rows={3}
                            />
                          ),
                        },
                      ]
                    : []),
                ]}
              />
              <Textarea
                id="commentary"
                label="Commentary"
                labelClassName="govuk-label--m"
                hint="What is in place, how you know, and what is still to do. A reviewer reads this beside your evidence."
                value={answer.commentary}
                onChange={(v) => update({ ...answer, commentary: v })}
                error={errors.byId.commentary}
                maxLength={20000}
                rows={8}
              />
            </form>
          )}

          <EvidenceSection
            auditId={audit.id}
            organisationId={audit.organisation.id}
            code={code}
            items={audit.evidence.filter((f) => f.indicatorCode === code)}
            onItemsChanged={onFilesChanged}
            editable={editable}
          />
          <ActionsSection
            auditId={audit.id}
            code={code}
            suggestions={indicator.improvementActions}
            editable={editable}
          />

          {editable ? (
            <ButtonGroup>
              <Button
                type="button"
                id="save-and-return"
                disabled={leaving}
                onClick={() => void leave(returnTo)}
              >
                Save and return to {backTo}
              </Button>
            </ButtonGroup>
          ) : (
            <p className="govuk-body">
              <Link className="govuk-link" to={returnTo}>
                Return to {fromCheck ? 'check your answers' : 'the task list'}
              </Link>
            </p>
          )}
          <IndicatorNav
            auditId={audit.id}
            previous={previous}
            next={next}
            onLeave={(e, to) => {
              if (editable) void leave(to, e);
            }}
          />
        </div>
      </div>
    </>
  );
}
