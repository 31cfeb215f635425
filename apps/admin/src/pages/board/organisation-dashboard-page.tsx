import { AUDIT_STATUS_LABELS } from '@pies/domain';
import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { Chart } from '../../charts/chart';
import { Loading, PageLayout, SummaryList, Table, Tag } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { formatDate, formatScore } from '../format';
import { AuditStatusTag, ComplianceTag } from '../status-tags';
import { sectorLabel } from '../organisations/sectors';
import type { OrganisationDashboard } from '../../api/dashboard-types';
import { ScoreRag } from './rag';
import './board.scss';

/** One agency: its scores against the partnership and benchmark, history, compliance, open items. */
export function OrganisationDashboardPage() {
  const { organisationId = '' } = useParams();
  const data = useApiData(`org-dashboard:${organisationId}`, async () =>
    unwrap(
      api.GET('/api/organisations/{organisationId}/dashboard', {
        params: { path: { organisationId } },
      }),
    ),
  );
  const partnerships = useApiData('partnerships', () => unwrap(api.GET('/api/partnerships')));
  if (data.error) return <ApiErrorPage error={data.error} />;
  const d = data.data;
  if (!d) return <Loading title="Organisation dashboard" />;
  const partnershipName = (id: string) =>
    partnerships.data?.find((p) => p.id === id)?.name ?? 'Partnership';
  const radar = d.radar;
  const history = [...d.history].reverse(); // oldest first, for the chart

  return (
    <PageLayout title={`${d.organisation.name}: dashboard`} width="full">
      <span className="govuk-caption-l">{sectorLabel(d.organisation.sector)}</span>
      <h1 className="govuk-heading-l">{d.organisation.name}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/organisations/${d.organisation.id}`}>
          Organisation details and people
        </Link>
      </p>

      <h2 className="govuk-heading-m">Compliance</h2>
      {d.compliance.length === 0 ? (
        <p className="govuk-body">This organisation is not in a partnership.</p>
      ) : (
        <SummaryList
          rows={d.compliance.map((c) => ({
            key: partnershipName(c.partnershipId),
            value: (
              <>
                <ComplianceTag status={c.status} />
                <span className="app-cell-secondary">
                  {c.lastAcceptedAt
                    ? `Last audit accepted ${formatDate(c.lastAcceptedAt)}${c.expiresOn ? `, valid until ${formatDate(c.expiresOn)}` : ''}.`
                    : 'No audit accepted yet.'}
                  {c.nextDueOn ? ` Current cycle due ${formatDate(c.nextDueOn)}.` : ''}
                </span>
              </>
            ),
          }))}
        />
      )}

      <section className="app-section" aria-labelledby="org-scores-heading">
        <h2 className="govuk-heading-m" id="org-scores-heading">
          Scores{radar ? `, ${radar.cycle.name}` : ''}
        </h2>
        {!radar ? (
          <p className="govuk-body">
            {d.includesDrafts
              ? 'No audit has been started yet.'
              : 'No audit has been submitted to the board yet.'}
          </p>
        ) : (
          <>
            <p className="govuk-body">
              The {AUDIT_STATUS_LABELS[radar.status].toLowerCase()} audit for {radar.cycle.name}
              {radar.status === 'in_progress'
                ? ' (not yet submitted: scores may change)'
                : ''}.{' '}
              <Link
                className="govuk-link"
                to={
                  d.includesDrafts ? `/audits/${radar.auditId}` : `/audits/${radar.auditId}/review`
                }
              >
                Open the audit
              </Link>
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/cycles/${radar.cycle.id}/how-scores-work`}>
                {t('howScoresWork.link')}
              </Link>
            </p>
            <Chart
              title="Scores by PIES area against the partnership average and the benchmark"
              description={radar.areas
                .map(
                  (a) =>
                    `${a.title}: ${formatScore(a.score)} (partnership ${formatScore(a.partnershipAverage)}, benchmark ${formatScore(a.benchmark)})`,
                )
                .join('; ')}
              height={380}
              tableMode="below"
              spec={{
                kind: 'radar',
                max: 100,
                categories: radar.areas.map((a) => `${a.code} ${a.title}`),
                series: [
                  {
                    name: d.organisation.name,
                    values: radar.areas.map((a) => a.score),
                    colour: 'blue',
                    filled: true,
                  },
                  {
                    name: 'Partnership average',
                    values: radar.areas.map((a) => a.partnershipAverage),
                    colour: 'purple',
                    style: 'dotted',
                  },
                  {
                    name: 'Benchmark',
                    values: radar.areas.map((a) => a.benchmark),
                    colour: 'black',
                    style: 'dashed',
                  },
                ],
              }}
              table={
                <Table
                  caption="Scores by PIES area"
                  captionSize="s"
                  className="app-table--org-areas"
                  rows={radar.areas}
                  rowKey={(a) => a.code}
                  columns={[
                    { key: 'area', header: 'Area', cell: (a) => `${a.code} ${a.title}` },
                    {
                      key: 'score',
                      header: 'Score',
                      cell: (a) => <ScoreRag score={a.score} rag={a.rag} />,
                    },
                    {
                      key: 'avg',
                      header: 'Partnership average',
                      numeric: true,
                      cell: (a) => formatScore(a.partnershipAverage),
                    },
                    {
                      key: 'benchmark',
                      header: 'Benchmark',
                      numeric: true,
                      cell: (a) => formatScore(a.benchmark),
                    },
                  ]}
                />
              }
            />
          </>
        )}
      </section>

      {d.history.length > 0 && (
        <section className="app-section" aria-labelledby="history-heading">
          <h2 className="govuk-heading-m" id="history-heading">
            History across cycles
          </h2>
          <Chart
            title="Overall score by audit cycle"
            description={history
              .map((h) => `${h.cycle.name}: ${formatScore(h.overall.score)}`)
              .join(', ')}
            height={280}
            spec={{
              kind: 'line',
              max: 100,
              categories: history.map((h) => h.cycle.name),
              series: [
                {
                  name: 'Overall score',
                  values: history.map((h) => h.overall.score),
                  colour: 'blue',
                },
              ],
            }}
            table={
              <Table
                caption="Scores by cycle"
                captionSize="s"
                className="app-table--history"
                rows={d.history}
                rowKey={(h) => h.auditId}
                columns={[
                  { key: 'cycle', header: 'Cycle', cell: (h) => h.cycle.name },
                  {
                    key: 'status',
                    header: 'Status',
                    cell: (h) => <AuditStatusTag status={h.status} />,
                  },
                  {
                    key: 'overall',
                    header: 'Overall',
                    cell: (h) => <ScoreRag score={h.overall.score} rag={h.overall.rag} />,
                  },
                  ...Object.keys(d.history[0].areas).map((code) => ({
                    key: code,
                    header: code,
                    numeric: true,
                    cell: (h: OrganisationDashboard['history'][number]) =>
                      formatScore(h.areas[code]),
                  })),
                ]}
              />
            }
          />
        </section>
      )}

      <section className="app-section" aria-labelledby="open-items-heading">
        <h2 className="govuk-heading-m" id="open-items-heading">
          Open challenges and actions
        </h2>
        <h3 className="govuk-heading-s">Open challenges ({d.openChallenges.length})</h3>
        {d.openChallenges.length === 0 ? (
          <p className="govuk-body">No challenge is open.</p>
        ) : (
          <ul className="govuk-list govuk-list--spaced">
            {d.openChallenges.map((c) => (
              <li key={c.id}>
                <Link
                  className="govuk-link"
                  to={`/audits/${c.auditId}/challenges#challenge-${c.id}`}
                >
                  {c.indicatorCode ? `Indicator ${c.indicatorCode}` : 'The whole audit'}
                </Link>
                <span className="app-cell-secondary">
                  Raised {formatDate(c.raisedAt)}
                  {c.question ? `: ${c.question}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="govuk-heading-s">Open improvement actions ({d.openActions.length})</h3>
        {d.openActions.length === 0 ? (
          <p className="govuk-body">No improvement action is open.</p>
        ) : (
          <Table
            caption="Open improvement actions"
            captionHidden
            rows={d.openActions}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'action',
                header: 'Action',
                cell: (a) => (
                  <>
                    {a.indicatorCode && <strong>{a.indicatorCode} </strong>}
                    {a.description}
                  </>
                ),
              },
              { key: 'owner', header: 'Owner', cell: (a) => a.owner },
              {
                key: 'due',
                header: 'Due',
                cell: (a) => (
                  <>
                    {a.dueOn ? formatDate(a.dueOn) : 'No date'}
                    {a.overdue && (
                      <>
                        {' '}
                        <Tag colour="red">Overdue</Tag>
                      </>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
    </PageLayout>
  );
}
