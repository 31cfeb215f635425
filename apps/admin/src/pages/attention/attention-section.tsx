import {
  type SchemaAdminAttentionDto,
  type SchemaAgencyAttentionDto,
  type SchemaAttentionDto,
  type SchemaBoardAttentionDto,
  type SchemaContributorAttentionDto,
  unwrap,
} from '@pies/api-client';
import { t } from '@pies/i18n';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { Tag } from '../../components/tag';
import { useMe } from '../../auth/session';
import { formatDate } from '../format';
import { AssignToMe, onBoardOf } from '../board/reviewer';

interface Listed {
  count: number;
  items: unknown[];
}

/** One list: a heading with its count, the first items, and a note when there are more. */
function AttentionList({
  id,
  caption,
  heading,
  list,
  rows,
  children,
  all,
}: {
  id: string;
  caption: string;
  heading: string;
  list: Listed;
  rows: SummaryRow[];
  children?: ReactNode;
  /** Where to see all of them, when only the first are listed. */
  all?: ReactNode;
}) {
  if (list.count === 0) return null;
  return (
    <section aria-labelledby={id} className="app-attention-list">
      <span className="govuk-caption-m">{caption}</span>
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      {children}
      <SummaryList rows={rows} />
      {list.count > list.items.length && (
        <>
          <p className="govuk-body govuk-hint">
            {t('attention.more', { shown: list.items.length, count: list.count })}
          </p>
          {all}
        </>
      )}
    </section>
  );
}

/** A board section: audits awaiting a decision (the review queue), then replies to challenges. */
export function BoardAttention({
  s,
  onChanged,
}: {
  s: SchemaBoardAttentionDto;
  onChanged: () => void;
}) {
  const me = useMe();
  const caption = t('attention.asBoard', { name: s.partnershipName });
  const canTake = onBoardOf(me, s.partnershipId);
  return (
    <>
      <AttentionList
        id={`attention-decision-${s.partnershipId}`}
        caption={caption}
        heading={t('attention.awaitingDecision', { count: s.awaitingDecision.count })}
        list={s.awaitingDecision}
        rows={s.awaitingDecision.items.map((a) => ({
          key: a.organisationName,
          // Who has each audit; a board member can take one that is not theirs.
          value: (
            <>
              {t('attention.submittedOn', { cycle: a.cycleName, date: formatDate(a.submittedAt) })}
              <span className="app-cell-secondary">
                <span data-reviewer={a.auditId}>
                  {a.reviewerName
                    ? t('reviewer.queueReviewer', {
                        name:
                          a.reviewerId === me.id
                            ? t('reviewer.you', { name: a.reviewerName })
                            : a.reviewerName,
                      })
                    : t('reviewer.queueNobody')}
                </span>
                {canTake && a.reviewerId !== me.id && (
                  <>
                    {' · '}
                    <AssignToMe
                      auditId={a.auditId}
                      userId={me.id}
                      organisation={a.organisationName}
                      onDone={onChanged}
                      asLink
                    />
                  </>
                )}
              </span>
            </>
          ),
          actions: [
            {
              to: `/audits/${a.auditId}/review`,
              text: t('attention.review'),
              visuallyHiddenText: a.organisationName,
            },
          ],
        }))}
        all={
          <ul className="govuk-list" id={`attention-decision-all-${s.partnershipId}`}>
            {s.awaitingDecision.cycles.map((c) => (
              <li key={c.cycleId}>
                <Link className="govuk-link" to={`/cycles/${c.cycleId}?state=submitted`}>
                  {t('attention.allAwaiting', { count: c.count, cycle: c.cycleName })}
                </Link>
              </li>
            ))}
          </ul>
        }
      />
      <AttentionList
        id={`attention-replies-${s.partnershipId}`}
        caption={caption}
        heading={t('attention.challengeReplies', { count: s.challengeReplies.count })}
        list={s.challengeReplies}
        rows={s.challengeReplies.items.map((c) => ({
          key: t('attention.about', {
            organisation: c.organisationName,
            subject: c.indicatorCode ?? t('attention.wholeAudit'),
          }),
          value: t('attention.replies', { count: c.replies, date: formatDate(c.firstReplyAt) }),
          actions: [
            {
              to: `/audits/${c.auditId}/challenges`,
              text: t('attention.readReplies'),
              visuallyHiddenText: c.organisationName,
            },
          ],
        }))}
      />
    </>
  );
}

function Agency({ s }: { s: SchemaAgencyAttentionDto }) {
  return (
    <>
      <AttentionList
        id={`attention-audits-${s.organisationId}`}
        caption={s.organisationName}
        heading={t('attention.audits', { count: s.audits.count })}
        list={s.audits}
        rows={s.audits.items.map((a) => ({
          key: t('attention.cycle', { cycle: a.cycleName }),
          value: (
            <>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {a.partnershipName}
                <span className="app-cell-secondary">
                  {t('attention.dueOn', { date: formatDate(a.dueOn) })}{' '}
                  {a.overdue && <Tag colour="red">{t('attention.overdue')}</Tag>}
                  {a.dueSoon && <Tag colour="yellow">{t('attention.dueSoon')}</Tag>}
                  {a.status === 'returned' && <Tag colour="purple">{t('attention.returned')}</Tag>}
                </span>
              </p>
              {a.returnReason && (
                <p className="govuk-body govuk-!-margin-bottom-1">
                  {t('attention.returnedBecause', { reason: a.returnReason })}
                </p>
              )}
              {a.openChallenges > 0 && (
                <p className="govuk-body govuk-!-margin-bottom-0">
                  {t('attention.openChallenges', { count: a.openChallenges })}
                </p>
              )}
            </>
          ),
          actions: [
            {
              to: `/audits/${a.auditId}`,
              text: t('attention.goToAudit'),
              visuallyHiddenText: a.cycleName,
            },
            ...(a.openChallenges > 0
              ? [
                  {
                    to: `/audits/${a.auditId}/challenges`,
                    text: t('attention.answerChallenges'),
                    visuallyHiddenText: a.cycleName,
                  },
                ]
              : []),
          ],
        }))}
      />
      <AttentionList
        id={`attention-actions-${s.organisationId}`}
        caption={s.organisationName}
        heading={t('attention.actionsDue', { count: s.actionsDue.count })}
        list={s.actionsDue}
        rows={s.actionsDue.items.map((a) => ({
          key: a.indicatorCode ?? t('attention.wholeAudit'),
          value: (
            <>
              {a.description}
              <span className="app-cell-secondary">
                {t('attention.actionDue', { date: formatDate(a.dueOn), owner: a.owner })}{' '}
                {a.overdue && <Tag colour="red">{t('attention.overdue')}</Tag>}
              </span>
            </>
          ),
          actions: [
            {
              to: `/audits/${a.auditId}/actions/${a.actionId}`,
              text: t('attention.viewAction'),
              visuallyHiddenText: a.description,
            },
          ],
        }))}
      />
    </>
  );
}

function Contributor({ s }: { s: SchemaContributorAttentionDto }) {
  return (
    <AttentionList
      id={`attention-assigned-${s.organisationId}`}
      caption={s.organisationName}
      heading={t('attention.assigned', { count: s.assigned.count })}
      list={s.assigned}
      rows={s.assigned.items.map((a) => ({
        key: t('attention.cycle', { cycle: a.cycleName }),
        value: (
          <>
            {a.partnershipName}
            <span className="app-cell-secondary">
              {t('attention.unanswered', { count: a.unanswered, date: formatDate(a.dueOn) })}
            </span>
          </>
        ),
        actions: [
          {
            to: `/audits/${a.auditId}`,
            text: t('attention.answer'),
            visuallyHiddenText: a.cycleName,
          },
        ],
      }))}
    />
  );
}

function Admin({ s }: { s: SchemaAdminAttentionDto }) {
  const caption = t('attention.asAdmin', { name: s.partnershipName });
  return (
    <>
      <AttentionList
        id={`attention-not-started-${s.partnershipId}`}
        caption={caption}
        heading={t('attention.notStarted', { count: s.notStarted.count })}
        list={s.notStarted}
        rows={s.notStarted.items.map((a) => ({
          key: a.organisationName,
          value: (
            <>
              {t('attention.cycleDue', { cycle: a.cycleName, date: formatDate(a.dueOn) })}{' '}
              {a.overdue && <Tag colour="red">{t('attention.overdue')}</Tag>}
            </>
          ),
          actions: [
            {
              to: `/organisations/${a.organisationId}`,
              text: t('attention.viewOrganisation'),
              visuallyHiddenText: a.organisationName,
            },
          ],
        }))}
      />
      <AttentionList
        id={`attention-mail-${s.partnershipId}`}
        caption={caption}
        heading={t('attention.failedMail', { count: s.failedMail.count })}
        list={s.failedMail}
        rows={s.failedMail.items.map((m) => ({
          key: m.to,
          value: t('attention.sentOn', { subject: m.subject, date: formatDate(m.createdAt) }),
        }))}
      >
        <p className="govuk-body">{t('attention.failedMailHint')}</p>
        {s.failedMail.sentMailPage && (
          <p className="govuk-body">
            <Link className="govuk-link" to={`/partnerships/${s.partnershipId}/mail`}>
              {t('attention.sentMailLink')}
            </Link>
          </p>
        )}
      </AttentionList>
    </>
  );
}

const anything = (a: SchemaAttentionDto) =>
  a.board.some((s) => s.awaitingDecision.count + s.challengeReplies.count > 0) ||
  a.agency.some((s) => s.audits.count + s.actionsDue.count > 0) ||
  a.contributor.some((s) => s.assigned.count > 0) ||
  a.admin.some((s) => s.notStarted.count + s.failedMail.count > 0);

/** The top of the home page: what needs the person now, as the API lists it (see its README). */
export function AttentionSection() {
  const attention = useApiData('attention', () => unwrap(api.GET('/api/account/attention')));
  const a = attention.data;
  return (
    <div className="app-attention" aria-busy={attention.loading}>
      <h1 className="govuk-heading-l">{t('attention.heading')}</h1>
      {attention.error ? (
        <p className="govuk-body">{t('attention.loadFailed')}</p>
      ) : !a ? null : !anything(a) ? (
        <p className="govuk-body" id="attention-nothing">
          {t('attention.nothing')}
        </p>
      ) : (
        <>
          {a.board.map((s) => (
            <BoardAttention key={s.partnershipId} s={s} onChanged={attention.reload} />
          ))}
          {a.admin.map((s) => (
            <Admin key={s.partnershipId} s={s} />
          ))}
          {a.agency.map((s) => (
            <Agency key={s.organisationId} s={s} />
          ))}
          {a.contributor.map((s) => (
            <Contributor key={s.organisationId} s={s} />
          ))}
        </>
      )}
    </div>
  );
}
