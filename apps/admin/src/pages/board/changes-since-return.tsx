import type {
  SchemaChallengeDto,
  SchemaChangesSinceReturnDto,
  SchemaIndicatorChangesDto,
  SchemaLevelStateDto,
} from '@pies/api-client';
import type { ActionStatus } from '@pies/domain';
import type { FrameworkDefinition } from '@pies/framework';
import { t } from '@pies/i18n';
import { Link } from 'react-router';
import { SummaryList, type SummaryRow, Tag } from '../../components';
import { formatDate } from '../format';

type Change = SchemaIndicatorChangesDto;
type ActionChange = Change['actions'][number];

function levelText(s: SchemaLevelStateDto, definition: FrameworkDefinition): string {
  if (s.notApplicable)
    return t('reviewChanges.notApplicable', { reason: s.notApplicableReason ?? '' });
  if (s.level == null) return t('reviewChanges.notAnswered');
  const label = definition.scale.levels.find((l) => l.value === s.level)?.label ?? '';
  return t('reviewChanges.levelValue', { level: s.level, label });
}

/** Before and after, each labelled in words (never colour alone). */
function BeforeAfter({ before, after }: { before: React.ReactNode; after: React.ReactNode }) {
  return (
    <dl className="app-before-after">
      <div className="app-before-after__row">
        <dt className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
          {t('reviewChanges.before')}
        </dt>
        <dd className="app-before-after__before">{before}</dd>
      </div>
      <div className="app-before-after__row">
        <dt className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
          {t('reviewChanges.after')}
        </dt>
        <dd className="app-before-after__after">{after}</dd>
      </div>
    </dl>
  );
}

const text = (s: string | null | undefined) =>
  s ? (
    <p className="govuk-body app-answer__commentary">{s}</p>
  ) : (
    <p className="govuk-body app-secondary-text">{t('reviewChanges.none_value')}</p>
  );

function AddedRemoved({ added, removed }: { added: string[]; removed: string[] }) {
  return (
    <ul className="govuk-list">
      {added.map((a) => (
        <li key={`+${a}`}>
          <Tag colour="green">{t('reviewChanges.added')}</Tag>{' '}
          <span className="app-break-words">{a}</span>
        </li>
      ))}
      {removed.map((r) => (
        <li key={`-${r}`}>
          <Tag colour="red">{t('reviewChanges.removed')}</Tag>{' '}
          <del className="app-break-words">{r}</del>
        </li>
      ))}
    </ul>
  );
}

const fieldValue = (field: string, v: string | null | undefined) => {
  if (v == null || v === '') return t('reviewChanges.none_value');
  if (field === 'dueOn') return formatDate(v);
  if (field === 'status') return t(`liveActions.status.${v as ActionStatus}`, { defaultValue: v });
  return v;
};

function ActionChanges({ actions }: { actions: ActionChange[] }) {
  const tag = {
    added: <Tag colour="green">{t('reviewChanges.added')}</Tag>,
    changed: <Tag colour="yellow">{t('reviewChanges.changed')}</Tag>,
    removed: <Tag colour="red">{t('reviewChanges.removed')}</Tag>,
  };
  return (
    <ul className="govuk-list govuk-list--spaced">
      {actions.map((a) => (
        <li key={a.id}>
          {tag[a.change]} {a.change === 'removed' ? <del>{a.description}</del> : a.description}
          {a.fields.length > 0 && (
            <ul className="govuk-list govuk-body-s">
              {a.fields.map((f) => (
                <li key={f.field}>
                  {t('reviewChanges.actionFieldChange', {
                    field: t(`reviewChanges.actionField.${f.field}`),
                    before: fieldValue(f.field, f.before),
                    after: fieldValue(f.field, f.after),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The challenge threads on one indicator, read-only, beside its changes. */
function Threads({ auditId, challenges }: { auditId: string; challenges: SchemaChallengeDto[] }) {
  return (
    <aside className="app-change-threads" aria-label={t('reviewChanges.challenges')}>
      <h4 className="govuk-heading-s">{t('reviewChanges.challenges')}</h4>
      {challenges.length === 0 ? (
        <p className="govuk-body-s">{t('reviewChanges.noChallenges')}</p>
      ) : (
        challenges.map((c) => (
          <div key={c.id} className="app-change-thread">
            <Tag colour={c.status === 'open' ? 'blue' : 'grey'}>
              {c.status === 'open'
                ? t('reviewChanges.challengeOpen')
                : t('reviewChanges.challengeResolved')}
            </Tag>
            <ol className="govuk-list govuk-body-s">
              {c.messages.map((m) => (
                <li key={m.id}>
                  <span className="govuk-!-font-weight-bold">
                    {t('reviewChanges.messageBy', {
                      author:
                        m.authorName ??
                        (m.authorSide === 'board'
                          ? t('reviewChanges.board')
                          : t('reviewChanges.agency')),
                      date: formatDate(m.createdAt),
                    })}
                  </span>
                  <span className="app-cell-secondary app-answer__commentary">{m.body}</span>
                </li>
              ))}
            </ol>
            <Link
              className="govuk-link govuk-body-s"
              to={`/audits/${auditId}/challenges#challenge-${c.id}`}
            >
              {t('reviewChanges.openThread')}
            </Link>
          </div>
        ))
      )}
    </aside>
  );
}

function ChangeCard({
  auditId,
  change,
  title,
  definition,
  challenges,
}: {
  auditId: string;
  change: Change;
  title: string;
  definition: FrameworkDefinition;
  challenges: SchemaChallengeDto[];
}) {
  const rows: SummaryRow[] = [];
  if (change.level)
    rows.push({
      key: t('reviewChanges.level'),
      value: (
        <BeforeAfter
          before={levelText(change.level.before, definition)}
          after={levelText(change.level.after, definition)}
        />
      ),
    });
  if (change.commentary)
    rows.push({
      key: t('reviewChanges.commentary'),
      value: (
        <BeforeAfter
          before={text(change.commentary.before)}
          after={text(change.commentary.after)}
        />
      ),
    });
  if (change.evidence.added.length + change.evidence.removed.length > 0)
    rows.push({
      key: t('reviewChanges.evidence'),
      value: (
        <AddedRemoved
          added={change.evidence.added.map((f) => f.fileName)}
          removed={change.evidence.removed.map((f) => f.fileName)}
        />
      ),
    });
  if (change.links.added.length + change.links.removed.length > 0)
    rows.push({
      key: t('reviewChanges.links'),
      value: <AddedRemoved added={change.links.added} removed={change.links.removed} />,
    });
  if (change.actions.length > 0)
    rows.push({
      key: t('reviewChanges.actions'),
      value: <ActionChanges actions={change.actions} />,
    });
  const code = change.indicatorCode || 'audit';
  return (
    <div className="govuk-summary-card" id={`change-${code}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{title}</h3>
        <Tag colour="yellow">{t('reviewChanges.tag')}</Tag>
      </div>
      <div className="govuk-summary-card__content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds-from-desktop">
            <SummaryList rows={rows} />
          </div>
          {change.indicatorCode && (
            <div className="govuk-grid-column-one-third-from-desktop">
              <Threads auditId={auditId} challenges={challenges} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * A resubmitted audit: what the agency changed since the board returned it, indicator by
 * indicator in the framework's order, with the challenge threads on each beside its changes.
 */
export function ChangesSinceReturn({
  auditId,
  changes,
  definition,
  challenges,
}: {
  auditId: string;
  changes: SchemaChangesSinceReturnDto;
  definition: FrameworkDefinition;
  challenges: SchemaChallengeDto[];
}) {
  if (!changes.returnedSubmittedAt || !changes.resubmittedAt) return null;
  const indicators = definition.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators));
  const order = indicators.map((i) => i.code);
  const statements = new Map(indicators.map((i) => [i.code, i.statement]));
  const rank = (c: Change) => {
    const i = order.indexOf(c.indicatorCode);
    return i < 0 ? order.length : i;
  };
  const sorted = [...changes.changes].sort((a, b) => rank(a) - rank(b));
  return (
    <section className="app-section" aria-labelledby="changes-heading" id="changes-since-return">
      <h2 className="govuk-heading-m" id="changes-heading">
        {t('reviewChanges.heading')}
      </h2>
      <p className="govuk-body">
        {t('reviewChanges.intro', {
          resubmitted: formatDate(changes.resubmittedAt),
          returned: formatDate(changes.returnedSubmittedAt),
        })}{' '}
        {sorted.length === 0
          ? t('reviewChanges.none')
          : t('reviewChanges.count', { count: sorted.length })}
      </p>
      {sorted.map((c) => (
        <ChangeCard
          key={c.indicatorCode || 'audit'}
          auditId={auditId}
          change={c}
          title={
            c.indicatorCode
              ? `${c.indicatorCode} ${statements.get(c.indicatorCode) ?? ''}`.trim()
              : t('reviewChanges.wholeAudit')
          }
          definition={definition}
          challenges={challenges.filter((ch) => ch.indicatorCode === c.indicatorCode)}
        />
      ))}
    </section>
  );
}
