import type { SchemaActionDto, SchemaAuditDto, SchemaChallengeDto } from '@pies/api-client';
import type { FrameworkDefinition, Indicator } from '@pies/framework';
import type { AuditScore, IndicatorScore } from '@pies/scoring';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { SummaryList, type SummaryRow, Tag } from '../../components';
import { evidenceSize } from '../evidence/evidence-size';
import { formatDate, formatScore } from '../format';
import { ragLabel, RagTag } from '../status-tags';
import { ScoreRag } from './rag';

type Response = SchemaAuditDto['responses'][number];
type Evidence = SchemaAuditDto['evidence'][number];

function LevelValue({
  response,
  score,
  definition,
}: {
  response: Response | undefined;
  score: IndicatorScore | undefined;
  definition: FrameworkDefinition;
}) {
  const levelLabel = (v: number) => definition.scale.levels.find((l) => l.value === v)?.label;
  if (response?.notApplicable)
    return (
      <>
        <Tag colour="grey">Not applicable</Tag>
        {response.notApplicableReason && (
          <span className="app-cell-secondary">{response.notApplicableReason}</span>
        )}
      </>
    );
  if (!score || score.level == null)
    return <span className="app-secondary-text">Not answered</span>;
  return (
    <>
      Level {score.level}: {levelLabel(score.level)} {score.rag && <RagTag rag={score.rag} />}
      <span className="app-cell-secondary">
        Score {formatScore(score.score)}.{' '}
        {score.benchmarkMet
          ? 'Meets the benchmark'
          : `Below the benchmark (level ${score.benchmark}: ${levelLabel(score.benchmark)})`}
      </span>
    </>
  );
}

function IndicatorCard({
  auditId,
  indicator,
  response,
  score,
  evidence,
  actions,
  challenges,
  definition,
  canChallenge,
  changed,
}: {
  auditId: string;
  indicator: Indicator;
  response: Response | undefined;
  score: IndicatorScore | undefined;
  evidence: Evidence[];
  actions: SchemaActionDto[];
  challenges: SchemaChallengeDto[];
  definition: FrameworkDefinition;
  canChallenge: boolean;
  /** Changed since the audit was returned: tagged, with a link to what changed. */
  changed: boolean;
}) {
  const links = evidence.filter((e) => e.kind === 'link');
  const files = evidence.filter((e) => e.kind === 'file');
  const open = challenges.filter((c) => c.status === 'open');
  const rows: SummaryRow[] = [
    {
      key: 'Level',
      value: <LevelValue response={response} score={score} definition={definition} />,
    },
    {
      key: 'Commentary',
      value: response?.commentary ? (
        <p className="govuk-body app-answer__commentary">{response.commentary}</p>
      ) : (
        <span className="app-secondary-text">None</span>
      ),
    },
    {
      key: 'Evidence',
      value:
        evidence.length === 0 ? (
          <span className="app-secondary-text">None</span>
        ) : (
          <ul className="govuk-list">
            {links.map((l) => (
              <li key={l.id}>
                <a
                  className="govuk-link app-break-words"
                  href={l.url ?? undefined}
                  rel="noreferrer noopener"
                >
                  {l.fileName}
                </a>
              </li>
            ))}
            {files.map((f) => (
              <li key={f.id}>
                <a className="govuk-link app-break-words" href={`/api/evidence/${f.id}`} download>
                  {f.fileName}
                </a>{' '}
                <span className="app-secondary-text">({evidenceSize(f.sizeBytes)})</span>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  if (actions.length > 0) rows.push({ key: 'Actions', value: <ActionLines actions={actions} /> });
  if (challenges.length > 0)
    rows.push({
      key: 'Challenges',
      value: (
        <Link className="govuk-link" to={`/audits/${auditId}/challenges`}>
          {open.length > 0 ? `${open.length} open` : `${challenges.length} resolved`}
          <span className="govuk-visually-hidden"> on {indicator.code}</span>
        </Link>
      ),
    });
  return (
    <div className="govuk-summary-card" id={`indicator-${indicator.code}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">
          {indicator.code} {indicator.statement}
        </h4>
        {changed && (
          <a className="govuk-link govuk-body-s" href={`#change-${indicator.code}`}>
            <Tag colour="yellow">{t('reviewChanges.tag')}</Tag>
            <span className="govuk-visually-hidden">: {t('reviewChanges.seeChanges')}</span>
          </a>
        )}
        {canChallenge && (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <Link
                className="govuk-link"
                to={`?challenge=${encodeURIComponent(indicator.code)}#raise-challenge`}
              >
                Challenge<span className="govuk-visually-hidden"> indicator {indicator.code}</span>
              </Link>
            </li>
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
      </div>
    </div>
  );
}

/** Actions as the review lists them: what will be done, the owner, due date and how it stands. */
function ActionLines({ actions }: { actions: SchemaActionDto[] }) {
  return (
    <ul className="govuk-list">
      {actions.map((a) => (
        <li key={a.id}>
          {a.description}
          <span className="app-cell-secondary">
            {a.owner}
            {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ''}
            {a.overdue ? ' (overdue)' : a.status === 'done' ? ' (done)' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Every answer, by PIES area and standard, with levels, scores, RAG, evidence and actions. */
export function ReviewAnswers({
  changed,
  audit,
  definition,
  score,
  actions,
  challenges,
  canChallenge,
}: {
  audit: SchemaAuditDto;
  definition: FrameworkDefinition;
  score: AuditScore;
  actions: SchemaActionDto[];
  challenges: SchemaChallengeDto[];
  canChallenge: boolean;
  /** Indicator codes changed since the audit was returned. */
  changed: ReadonlySet<string>;
}) {
  const responses = new Map(audit.responses.map((r) => [r.indicatorCode, r]));
  const scores = new Map(score.indicators.map((i) => [i.code, i]));
  const wholeAudit = actions.filter((a) => !a.indicatorCode);
  return (
    <>
      <section className="app-section" aria-labelledby="answers-heading">
        <h2 className="govuk-heading-m" id="answers-heading">
          Answers
        </h2>
        <p className="govuk-body">
          Every indicator with the agency's level, commentary, evidence and actions, by PIES area.
        </p>
        <ul className="govuk-list" aria-label="Areas">
          {definition.areas.map((area) => (
            <li key={area.code}>
              <a className="govuk-link" href={`#area-${area.code}`}>
                {area.code} {area.title}
              </a>
            </li>
          ))}
        </ul>
        {wholeAudit.length > 0 && (
          <div className="govuk-summary-card" id="whole-audit-actions">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">Actions on the audit as a whole</h3>
            </div>
            <div className="govuk-summary-card__content">
              <ActionLines actions={wholeAudit} />
            </div>
          </div>
        )}
      </section>
      {definition.areas.map((area) => {
        const areaScore = score.areas.find((a) => a.code === area.code);
        return (
          <section key={area.code} className="app-section" aria-labelledby={`area-${area.code}`}>
            <h2 className="govuk-heading-m" id={`area-${area.code}`} tabIndex={-1}>
              {area.code} {area.title}
            </h2>
            {areaScore && (
              <p className="govuk-body">
                Area score: <ScoreRag score={areaScore.score} rag={areaScore.rag} />.{' '}
                {areaScore.benchmarkMet} of {areaScore.answered} answered indicators meet the
                benchmark
                {areaScore.notApplicable > 0 ? `; ${areaScore.notApplicable} not applicable` : ''}.
              </p>
            )}
            {area.standards.map((standard) => {
              const standardScore = score.standards.find((s) => s.code === standard.code);
              return (
                <div key={standard.code}>
                  <h3 className="govuk-heading-s">
                    {standard.code} {standard.title}
                    {standardScore?.score != null && (
                      <span className="app-cell-secondary">
                        Standard score {formatScore(standardScore.score)}
                        {standardScore.rag ? ` (${ragLabel(standardScore.rag)})` : ''}
                      </span>
                    )}
                  </h3>
                  {standard.indicators.map((indicator) => (
                    <IndicatorCard
                      key={indicator.code}
                      auditId={audit.id}
                      indicator={indicator}
                      response={responses.get(indicator.code)}
                      score={scores.get(indicator.code)}
                      evidence={audit.evidence.filter((e) => e.indicatorCode === indicator.code)}
                      actions={actions.filter((a) => a.indicatorCode === indicator.code)}
                      challenges={challenges.filter((c) => c.indicatorCode === indicator.code)}
                      definition={definition}
                      canChallenge={canChallenge}
                      changed={changed.has(indicator.code)}
                    />
                  ))}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
