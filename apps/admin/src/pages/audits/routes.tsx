import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const AuditTaskListPage = page(() => import('./audit-task-list-page'), 'AuditTaskListPage');
const IndicatorPage = page(() => import('./indicator/indicator-page'), 'IndicatorPage');
const ContributorsPage = page(() => import('./contributors-page'), 'ContributorsPage');
const CheckAnswersPage = page(() => import('./check-answers-page'), 'CheckAnswersPage');
const MyWorkPage = page(() => import('./my-work-page'), 'MyWorkPage');
const StandardConfirmPage = page(() => import('./standard-confirm-page'), 'StandardConfirmPage');
const EvidenceLibraryPage = page(
  () => import('../evidence/evidence-library-page'),
  'EvidenceLibraryPage',
);

/** The agency's audit: task list, indicator pages, contributors, check answers and submit. Paths are relative to the signed-in root. */
export function auditRoutes() {
  return (
    <Fragment>
      <Route path="my-work" element={lazyPage(MyWorkPage)} />
      <Route path="audits/:auditId" element={lazyPage(AuditTaskListPage)} />
      <Route path="audits/:auditId/indicators/:code" element={lazyPage(IndicatorPage)} />
      <Route path="audits/:auditId/contributors" element={lazyPage(ContributorsPage)} />
      <Route path="audits/:auditId/check-answers" element={lazyPage(CheckAnswersPage)} />
      <Route
        path="audits/:auditId/standards/:standardCode"
        element={lazyPage(StandardConfirmPage)}
      />
      <Route
        path="organisations/:organisationId/evidence"
        element={lazyPage(EvidenceLibraryPage)}
      />
    </Fragment>
  );
}
