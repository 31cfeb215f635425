import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const ActionPlanPage = page(() => import('./action-plan-page'), 'ActionPlanPage');
const ActionPage = page(() => import('./action-page'), 'ActionPage');

/** An audit's action plan and each action's page. Paths are relative to the signed-in root. */
export function actionRoutes() {
  return (
    <Fragment>
      <Route path="audits/:auditId/actions" element={lazyPage(ActionPlanPage)} />
      <Route path="audits/:auditId/actions/:actionId" element={lazyPage(ActionPage)} />
    </Fragment>
  );
}
