import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const PartnershipDashboardPage = page(
  () => import('./partnership-dashboard-page'),
  'PartnershipDashboardPage',
);
const OrganisationDashboardPage = page(
  () => import('./organisation-dashboard-page'),
  'OrganisationDashboardPage',
);
const AuditReviewPage = page(() => import('./audit-review-page'), 'AuditReviewPage');
const ChallengesPage = page(() => import('./challenges-page'), 'ChallengesPage');
const ReportsPage = page(() => import('./reports-page'), 'ReportsPage');
const HowScoresWorkPage = page(() => import('./how-scores-work-page'), 'HowScoresWorkPage');

/** The board: partnership and organisation dashboards, audit review, challenges, reports. Paths are relative to the signed-in root. */
export function boardRoutes() {
  return (
    <Fragment>
      <Route
        path="partnerships/:partnershipId/dashboard"
        element={lazyPage(PartnershipDashboardPage)}
      />
      <Route
        path="organisations/:organisationId/dashboard"
        element={lazyPage(OrganisationDashboardPage)}
      />
      <Route path="audits/:auditId/review" element={lazyPage(AuditReviewPage)} />
      <Route path="audits/:auditId/challenges" element={lazyPage(ChallengesPage)} />
      <Route path="cycles/:cycleId/reports" element={lazyPage(ReportsPage)} />
      <Route path="cycles/:cycleId/how-scores-work" element={lazyPage(HowScoresWorkPage)} />
    </Fragment>
  );
}
