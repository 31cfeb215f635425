import { Fragment } from 'react';
import { Route } from 'react-router';
import { lazyPage, page } from '../../lazy-page';

const CyclesPage = page(() => import('./cycles-page'), 'CyclesPage');
const NewCyclePage = page(() => import('./new-cycle-page'), 'NewCyclePage');
const CyclePage = page(() => import('./cycle-page'), 'CyclePage');
const EditCyclePage = page(() => import('./edit-cycle-page'), 'EditCyclePage');
const OpenCyclePage = page(() => import('./change-status-page'), 'OpenCyclePage');
const CloseCyclePage = page(() => import('./change-status-page'), 'CloseCyclePage');
const ScheduleCyclePage = page(() => import('./change-status-page'), 'ScheduleCyclePage');
const UnscheduleCyclePage = page(() => import('./change-status-page'), 'UnscheduleCyclePage');

/** Partnership admin: audit cycles (create, schedule, open, close) and the audits in each. Paths are relative to the signed-in root. */
export function cycleRoutes() {
  return (
    <Fragment>
      <Route path="partnerships/:partnershipId/cycles" element={lazyPage(CyclesPage)} />
      <Route path="partnerships/:partnershipId/cycles/new" element={lazyPage(NewCyclePage)} />
      <Route path="cycles/:cycleId" element={lazyPage(CyclePage)} />
      <Route path="cycles/:cycleId/edit" element={lazyPage(EditCyclePage)} />
      <Route path="cycles/:cycleId/open" element={lazyPage(OpenCyclePage)} />
      <Route path="cycles/:cycleId/close" element={lazyPage(CloseCyclePage)} />
      <Route path="cycles/:cycleId/schedule" element={lazyPage(ScheduleCyclePage)} />
      <Route path="cycles/:cycleId/unschedule" element={lazyPage(UnscheduleCyclePage)} />
    </Fragment>
  );
}
