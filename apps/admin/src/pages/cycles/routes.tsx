import { Fragment } from 'react';

/** Partnership admin: audit cycles (create, open, close) and the audits in each. Paths are relative to the signed-in root. */
export function cycleRoutes() {
  return <Fragment></Fragment>;
}
