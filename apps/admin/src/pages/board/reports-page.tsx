import { receivedSentence } from '@pies/domain';
import { unwrap } from '@pies/api-client';
import { t } from '@pies/i18n';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiData } from '../../api/use-api-data';
import { BackLink, Loading, PageLayout } from '../../components';
import { ApiErrorPage } from '../error-pages';
import { formatDate } from '../format';
import { ReportPack } from './report-pack';
import './board.scss';

/** The board's downloads for a cycle: board report, spreadsheet, CSV, and the bulk pack. */
export function ReportsPage() {
  const { cycleId = '' } = useParams();
  const cycle = useApiData(`cycle:${cycleId}`, () =>
    unwrap(api.GET('/api/cycles/{cycleId}', { params: { path: { cycleId } } })),
  );
  if (cycle.error) return <ApiErrorPage error={cycle.error} />;
  const c = cycle.data;
  if (!c) return <Loading title="Reports" />;
  const base = `/api/cycles/${c.id}`;
  return (
    <PageLayout
      title={`Reports, ${c.name}`}
      backLink={
        <BackLink to={`/partnerships/${c.partnershipId}/dashboard?cycleId=${c.id}`}>
          Dashboard
        </BackLink>
      }
    >
      <span className="govuk-caption-l">Audit cycle {c.name}</span>
      <h1 className="govuk-heading-l">Reports and downloads</h1>
      <p className="govuk-body">
        {t(c.dueDatePassed ? 'reports.receivedWasDue' : 'reports.receivedIsDue', {
          received: receivedSentence(c.audits),
          date: formatDate(c.dueOn),
        })}{' '}
        Reports count submitted, returned and accepted audits only.
      </p>

      <h2 className="govuk-heading-m">Download</h2>
      <ul className="govuk-list app-link-list" id="downloads">
        <li>
          <a className="govuk-link" href={`${base}/report.pdf`} download id="download-pdf">
            Board report (PDF)
          </a>
          <p className="govuk-body-s">
            The cycle for the board meeting: completion, partnership scores against the benchmark,
            the heat map, sectors, weakest indicators and what needs attention.
          </p>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/export.xlsx`} download id="download-xlsx">
            Spreadsheet (Excel workbook)
          </a>
          <p className="govuk-body-s">A summary per agency, every response and every action.</p>
        </li>
        <li>
          <a className="govuk-link" href={`${base}/export.csv`} download id="download-csv">
            Responses (CSV)
          </a>
          <p className="govuk-body-s">One row per agency and indicator, for your own analysis.</p>
        </li>
      </ul>

      <h2 className="govuk-heading-m">Every agency's report</h2>
      <p className="govuk-body">
        Build a ZIP with the audit report of every agency that has submitted. It takes about a
        second per report; you can leave this page and come back.
      </p>
      <ReportPack cycleId={c.id} />
    </PageLayout>
  );
}
