import { Fragment } from 'react';

/** The agency's audit: task list, indicator pages, contributors, check answers and submit. Paths are relative to the signed-in root. */
export function auditRoutes() {
  return <Fragment></Fragment>;
}
