import { Fragment } from 'react';

/** The board: partnership and organisation dashboards, audit review, challenges, reports. Paths are relative to the signed-in root. */
export function boardRoutes() {
  return <Fragment></Fragment>;
}
